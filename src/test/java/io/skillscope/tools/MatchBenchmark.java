package io.skillscope.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Level;
import io.skillscope.extraction.OpenNlpModels;
import io.skillscope.extraction.SkillExtractor;
import io.skillscope.matching.CandidateProfile;
import io.skillscope.matching.CandidateStore;
import io.skillscope.matching.MatchService;
import io.skillscope.posting.Posting;
import io.skillscope.posting.PostingQuery;
import io.skillscope.posting.PostingStore;
import io.skillscope.taxonomy.Skill;
import io.skillscope.taxonomy.Taxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The ranking benchmark ({@code ./mvnw -Pbench-match test-compile exec:exec}, {@code
 * -Dbench.postings=N}, default 100,000): stores N postings (copies of the extracted corpus postings
 * under new ids) through the postings store, then ranks them for résumé-like candidates built from
 * real postings' required skills, as {@code POST /api/v1/match} does (Lucene retrieval of 200,
 * exact rescoring), and reports p50/p99 per ranking after a warm-up.
 */
public final class MatchBenchmark {

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.postings", 100_000);
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Taxonomy taxonomy = Corpus.taxonomy();
    SkillExtractor extractor = SkillExtractor.create(taxonomy, OpenNlpModels.load());
    List<Corpus.Posting> corpus = Corpus.postings();
    List<List<ExtractedSkill>> skills =
        corpus.stream().map(p -> extractor.extract(p.description()).skills()).toList();
    Path dir = Files.createTempDirectory("skillscope-match-bench");
    try (PostingStore postings = PostingStore.open(dir.resolve("postings"), json);
        CandidateStore candidates = CandidateStore.open(dir.resolve("candidates"), json)) {
      long t0 = System.nanoTime();
      long last = -1;
      for (int i = 0; i < n; i++) {
        Corpus.Posting p = corpus.get(i % corpus.size());
        last =
            postings.write(
                new Posting(
                    "b" + i,
                    "b" + i,
                    p.title(),
                    p.company() + " #" + (i / corpus.size()),
                    p.location(),
                    null,
                    null,
                    p.description(),
                    taxonomy.version(),
                    skills.get(i % corpus.size()),
                    Instant.now(),
                    null));
      }
      postings.awaitDurable(last);
      double buildSeconds = (System.nanoTime() - t0) / 1e9;
      MatchService matching =
          new MatchService(
              postings,
              candidates,
              extractor,
              taxonomy,
              new io.skillscope.demand.DemandService(
                  postings, taxonomy, io.skillscope.demand.DemandConfig.defaults()));
      Random random = new Random(42);
      List<CandidateProfile> profiles = new ArrayList<>();
      while (profiles.size() < 100) {
        List<ExtractedSkill> s = skills.get(random.nextInt(skills.size()));
        List<String> required =
            s.stream()
                .filter(x -> x.level() == Level.REQUIRED)
                .map(x -> taxonomy.skill(x.id()).map(Skill::name).orElse(x.id()))
                .toList();
        if (required.size() >= 2) {
          profiles.add(
              matching.profile("Experienced in " + String.join(", ", required) + ".", List.of()));
        }
      }
      PostingQuery all = new PostingQuery(List.of(), null, null, null, null, null, null, 0, 1);
      for (int i = 0; i < 200; i++) {
        matching.rank(profiles.get(i % profiles.size()), all, 10);
      }
      long[] nanos = new long[1_000];
      for (int i = 0; i < nanos.length; i++) {
        long s0 = System.nanoTime();
        matching.rank(profiles.get(i % profiles.size()), all, 10);
        nanos[i] = System.nanoTime() - s0;
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "Postings stored: %,d (built in %.1f s); candidates: %d résumés from real postings%n",
          n,
          buildSeconds,
          profiles.size());
      System.out.printf(
          Locale.ROOT,
          "| rankings | p50 ms | p90 ms | p99 ms |%n|---:|---:|---:|---:|%n| %d | %.1f | %.1f | %.1f |%n",
          nanos.length,
          nanos[nanos.length / 2] / 1e6,
          nanos[nanos.length * 9 / 10] / 1e6,
          nanos[nanos.length * 99 / 100] / 1e6);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
