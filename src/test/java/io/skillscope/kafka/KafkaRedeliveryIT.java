package io.skillscope.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillscope.testing.KafkaBroker;
import io.skillscope.testing.KafkaTopics;
import io.skillscope.tools.Corpus;
import io.skillscope.tools.PackagedService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At least once, never twice, end to end: the packaged service consumes real postings from a real
 * broker and is killed with SIGKILL in the middle, so that records it had stored were not
 * committed. Restarted on the same store, it reads them again: every posting is then stored exactly
 * once, and the extracted topic announces each (the ones read twice as {@code unchanged}).
 */
class KafkaRedeliveryIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int POSTINGS = 800;
  private static final int ANNOUNCED_BEFORE_KILL = 200;
  private static final Duration WAIT = Duration.ofMinutes(4);

  @TempDir Path dir;

  @Test
  void everyPostingIsStoredExactlyOnceAfterTheConsumerIsKilledBeforeItsCommit() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start()) {
      broker.createTopic("postings", 4);
      broker.createTopic("extracted", 2);
      broker.createTopic("rejected", 1);
      List<String> properties =
          List.of(
              "-Dskillscope.kafka.enabled=true",
              "-Dkafka.bootstrap.servers=" + broker.bootstrap(),
              "-Dskillscope.kafka.topic=postings",
              "-Dskillscope.kafka.extracted-topic=extracted",
              "-Dskillscope.kafka.rejected-topic=rejected",
              "-Dskillscope.kafka.group=redelivery",
              "-Dskillscope.store.path=" + dir.resolve("store"));

      try (KafkaTopics.Tail extracted = new KafkaTopics.Tail(broker.bootstrap(), "extracted")) {
        try (PackagedService first = PackagedService.start("kafka-1", heap(), properties)) {
          // Sent once the consumer runs, so that most are still to come when it is killed.
          KafkaTopics.send(broker.bootstrap(), "postings", corpus());
          int before = extracted.readUntil(r -> r.size() >= ANNOUNCED_BEFORE_KILL, WAIT).size();
          assertThat(before)
              .as("announced before the kill")
              .isGreaterThanOrEqualTo(ANNOUNCED_BEFORE_KILL);
          first.kill();
        }
        try (PackagedService second = PackagedService.start("kafka-2", heap(), properties)) {
          List<ConsumerRecord<String, String>> all =
              extracted.readUntil(r -> externalIds(r).size() >= POSTINGS, WAIT);

          assertThat(externalIds(all)).hasSize(POSTINGS);
          assertThat(total(second)).as("postings stored").isEqualTo(POSTINGS);
          long again = all.stream().filter(r -> status(r).equals("unchanged")).count();
          System.out.printf(
              "%d announcements for %d postings, %d of them read again after the kill%n",
              all.size(), POSTINGS, again);
          assertThat(again).as("records stored but not committed before the kill").isPositive();
          assertThat(all.stream().filter(r -> status(r).equals("updated"))).isEmpty();
        }
      }
    }
  }

  private static List<String> heap() {
    return List.of("-Xmx512m");
  }

  /** The first postings of the corpus, keyed by an externalId of their own. */
  private static List<KafkaTopics.Out> corpus() {
    List<Corpus.Posting> corpus = Corpus.postings();
    List<KafkaTopics.Out> out = new ArrayList<>(POSTINGS);
    for (int i = 0; i < POSTINGS; i++) {
      String ext = "redelivery-" + i;
      out.add(KafkaTopics.Out.of(ext, corpus.get(i).asRequest(ext)));
    }
    return out;
  }

  private static Set<String> externalIds(List<ConsumerRecord<String, String>> records) {
    Set<String> ids = new HashSet<>();
    records.forEach(r -> ids.add(tree(r).path("externalId").asText()));
    return ids;
  }

  private static String status(ConsumerRecord<String, String> record) {
    return tree(record).path("status").asText();
  }

  private static JsonNode tree(ConsumerRecord<String, String> record) {
    try {
      return JSON.readTree(record.value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long total(PackagedService service) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(service.uri("/api/v1/postings?size=1")).build(),
                HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(answer.body()).path("total").asLong();
  }
}
