package io.skillscope.tools;

/** What {@code exec:exec} runs without a tool profile: the list of tools and their commands. */
public final class Tools {

  private Tools() {}

  public static void main(String[] args) {
    System.out.println(
        """
        Choose a tool with its profile (README, "Quality and speed"):
          ./mvnw -Peval test-compile exec:exec          quality on shared/eval/dev.jsonl
          ./mvnw -Pbench test-compile exec:exec         extraction throughput and latency
          ./mvnw -Pbench-demand test-compile exec:exec  demand queries on a large index
          ./mvnw -Pbench-match test-compile exec:exec   ranking against stored postings
          ./mvnw -Ptrain-levels test-compile exec:exec  retrain models/level-doccat.bin
        against the packaged jar (./mvnw -DskipTests package first):
          ./mvnw -Pbench-ingest exec:exec               durable HTTP ingest
          ./mvnw -Pstream-memory test-compile exec:exec a 1 GB stream in a small heap
          ./mvnw -Pload test-compile exec:exec          mixed HTTP load""");
  }
}
