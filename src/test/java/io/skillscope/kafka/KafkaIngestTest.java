package io.skillscope.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.skillscope.testing.KafkaBroker;
import io.skillscope.testing.KafkaTopics;
import io.skillscope.tools.Corpus;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Kafka ingest against a real broker: what a producer sends to the input topic is stored, announced
 * on the extracted topic, refused onto the rejected topic with the problem the HTTP API gives, kept
 * in order per key, never stored twice, held back when the store falls behind, and kept through a
 * broker outage.
 */
@QuarkusTest
@TestProfile(KafkaTestProfile.class)
class KafkaIngestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(90);

  @Inject KafkaConfig config;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void aPostingSentToTheTopicIsStoredAndAnnouncedOnTheExtractedTopic() {
    String ext = "one-" + UUID.randomUUID();
    send(KafkaTopics.Out.of(ext, posting(ext, "Requirements: 3+ years of Python and SQL.")));

    JsonNode announced = extracted(ext, 1).get(0);

    assertThat(announced.path("status").asText()).isEqualTo("created");
    assertThat(announced.path("externalId").asText()).isEqualTo(ext);
    assertThat(announced.findValuesAsText("id")).contains("python", "sql");
    JsonNode stored = get(announced.path("id").asText());
    ObjectNode withoutStatus = announced.deepCopy();
    withoutStatus.remove("status");
    assertThat(stored).isEqualTo(withoutStatus);
  }

  @Test
  void aBadRecordGoesToTheRejectedTopicWithTheProblemTheHttpApiGivesAndThePartitionGoesOn() {
    String mark = UUID.randomUUID().toString();
    String untitled =
        "{\"externalId\": \"untitled-" + mark + "\", \"description\": \"Python and SQL.\"}";
    String good = "after-" + mark;
    // All on one partition, the good posting last: the bad ones must not stop it.
    send(
        new KafkaTopics.Out(0, null, "{\"title\": \"not json " + mark),
        new KafkaTopics.Out(0, "untitled-" + mark, untitled),
        new KafkaTopics.Out(0, "other-key-" + mark, posting("mismatch-" + mark, "Python.")),
        new KafkaTopics.Out(0, "no-value-" + mark, null),
        new KafkaTopics.Out(0, good, posting(good, "Python and SQL.")));

    List<JsonNode> rejected =
        values(
            config.rejectedTopic(),
            r ->
                (r.value() != null && r.value().contains(mark))
                    || (r.key() != null && r.key().contains(mark)),
            4);

    assertThat(rejected).hasSize(4);
    JsonNode notJson = rejected.get(0);
    assertThat(notJson.path("record").asText()).isEqualTo("{\"title\": \"not json " + mark);
    assertThat(notJson.at("/problem/type").asText()).isEqualTo("/problems/malformed-json");
    assertThat(notJson.at("/problem/detail").asText()).startsWith("Not valid JSON");
    assertThat(notJson.at("/problem/instance").asText())
        .matches("kafka:" + config.topic().replace(".", "\\.") + "/0/\\d+");

    JsonNode missingTitle = rejected.get(1);
    assertThat(missingTitle.path("record").asText()).isEqualTo(untitled);
    JsonNode viaHttp = streamProblem(untitled);
    ObjectNode kafkaProblem = missingTitle.path("problem").deepCopy();
    kafkaProblem.remove("instance");
    assertThat(kafkaProblem).isEqualTo(viaHttp);
    assertThat(kafkaProblem.at("/violations/0/field").asText()).isEqualTo("title");

    assertThat(rejected.get(2).at("/problem/violations/0/field").asText()).isEqualTo("externalId");
    assertThat(rejected.get(2).at("/problem/detail").asText())
        .isEqualTo("externalId: must equal the record key \"other-key-" + mark + "\"");
    assertThat(rejected.get(3).path("record").isNull()).isTrue();
    assertThat(rejected.get(3).at("/problem/detail").asText())
        .isEqualTo("body: a JSON body is required");

    assertThat(extracted(good, 1).get(0).path("status").asText()).isEqualTo("created");
  }

  @Test
  void versionsOfOnePostingAreStoredInTheOrderTheyWereSent() {
    String ext = "versions-" + UUID.randomUUID();
    int versions = 30;
    send(
        IntStream.range(0, versions)
            .mapToObj(
                i -> KafkaTopics.Out.of(ext, posting(ext, "Version " + i + ": Python and SQL.")))
            .toArray(KafkaTopics.Out[]::new));

    List<JsonNode> announced = extracted(ext, versions);

    assertThat(announced).hasSize(versions);
    for (int i = 0; i < versions; i++) {
      assertThat(announced.get(i).path("description").asText()).startsWith("Version " + i + ":");
      assertThat(announced.get(i).path("status").asText())
          .isEqualTo(i == 0 ? "created" : "updated");
    }
    assertThat(announced.stream().map(a -> a.path("id").asText()).distinct()).hasSize(1);
    assertThat(get(announced.get(0).path("id").asText()).path("description").asText())
        .startsWith("Version " + (versions - 1) + ":");
  }

  @Test
  void aRecordSentAgainLeavesItsPostingUnchanged() {
    String ext = "again-" + UUID.randomUUID();
    String value = posting(ext, "Python and SQL.");
    send(KafkaTopics.Out.of(ext, value), KafkaTopics.Out.of(ext, value));

    List<JsonNode> announced = extracted(ext, 2);

    assertThat(announced)
        .extracting(a -> a.path("status").asText())
        .containsExactly("created", "unchanged");
    assertThat(announced.get(1).path("id")).isEqualTo(announced.get(0).path("id"));
  }

  @Test
  void whenTheStoreFallsBehindTheConsumerPausesWithinItsWindowAndResumes() {
    String mark = "busy-" + UUID.randomUUID() + "-";
    List<Corpus.Posting> corpus = Corpus.postings().subList(0, 120);
    send(
        IntStream.range(0, corpus.size())
            .mapToObj(i -> KafkaTopics.Out.of(mark + i, corpus.get(i).asRequest(mark + i)))
            .toArray(KafkaTopics.Out[]::new));

    List<JsonNode> announced =
        values(
            config.extractedTopic(),
            r -> r.value().contains("\"externalId\":\"" + mark),
            corpus.size());

    assertThat(announced).hasSize(corpus.size());
    JsonNode state = awaitHealth(s -> s.path("inFlight").asInt() == 0);
    assertThat(state.path("pauses").asLong()).as("times the consumer paused").isPositive();
    assertThat(state.path("highWater").asInt())
        .as("most records in flight at once")
        .isLessThanOrEqualTo(KafkaTestProfile.MAX_IN_FLIGHT + KafkaTestProfile.POLL_RECORDS - 1);
    assertThat(state.path("paused").asBoolean()).isFalse();
  }

  @Test
  void withKafkaDownTheReplicaIsNotReadyAndWhenItIsBackNothingSentIsLost() {
    String mark = "outage-" + UUID.randomUUID() + "-";
    List<KafkaTopics.Out> before =
        IntStream.range(0, 50)
            .mapToObj(i -> KafkaTopics.Out.of(mark + i, posting(mark + i, "Python, item " + i)))
            .toList();
    send(before.toArray(KafkaTopics.Out[]::new));
    KafkaBroker broker = KafkaBroker.shared();
    broker.kill();
    try {
      awaitReadiness(503);
      assertThat(kafkaCheck(readiness()).path("status").asText()).isEqualTo("DOWN");
      assertThat(kafkaCheck(readiness()).at("/data/clusterReachable").asBoolean()).isFalse();
      given().get("/q/health/live").then().statusCode(200);
    } finally {
      broker.restart();
    }
    awaitReadiness(200);
    String after = mark + "after";
    send(KafkaTopics.Out.of(after, posting(after, "Python after the outage.")));

    List<JsonNode> announced =
        values(
            config.extractedTopic(),
            r -> r.value().contains("\"externalId\":\"" + mark),
            before.size() + 1);

    assertThat(
            announced.stream().map(a -> a.path("externalId").asText()).distinct().sorted().toList())
        .hasSize(before.size() + 1);
    for (JsonNode a : announced) {
      assertThat(get(a.path("id").asText()).path("externalId").asText())
          .isEqualTo(a.path("externalId").asText());
    }
  }

  // --- helpers

  private void send(KafkaTopics.Out... records) {
    KafkaTopics.send(bootstrap, config.topic(), List.of(records));
  }

  private static String posting(String ext, String description) {
    return write(Map.of("externalId", ext, "title", "Data Scientist", "description", description));
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The extracted records of one posting, in order, once there are {@code n}. */
  private List<JsonNode> extracted(String ext, int n) {
    return values(
        config.extractedTopic(), r -> r.value().contains("\"externalId\":\"" + ext + "\""), n);
  }

  /** The values of the topic's records that match, once there are {@code n} (or the wait ends). */
  private List<JsonNode> values(
      String topic, Predicate<ConsumerRecord<String, String>> match, int n) {
    List<ConsumerRecord<String, String>> read =
        KafkaTopics.read(bootstrap, topic, all -> all.stream().filter(match).count() >= n, WAIT);
    List<JsonNode> values = new ArrayList<>();
    for (ConsumerRecord<String, String> r : read) {
      if (match.test(r)) {
        try {
          values.add(JSON.readTree(r.value()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return values;
  }

  private static JsonNode get(String id) {
    return read(given().get("/api/v1/postings/" + id).then().statusCode(200).extract().asString());
  }

  /** The problem {@code POST /api/v1/postings/stream} answers for this line. */
  private static JsonNode streamProblem(String line) {
    String answer =
        given()
            .contentType("application/x-ndjson")
            .body((line + "\n").getBytes(StandardCharsets.UTF_8))
            .post("/api/v1/postings/stream")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return read(answer.lines().findFirst().orElseThrow()).path("problem");
  }

  private static JsonNode readiness() {
    return read(given().get("/q/health/ready").then().extract().asString());
  }

  private static JsonNode kafkaCheck(JsonNode health) {
    for (JsonNode check : health.path("checks")) {
      if (check.path("name").asText().equals("kafka-ingest")) {
        return check;
      }
    }
    throw new AssertionError("no kafka-ingest check in " + health);
  }

  private static void awaitReadiness(int status) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (given().get("/q/health/ready").statusCode() != status) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("readiness never answered " + status + ": " + readiness());
      }
      pause();
    }
  }

  /** The consumer's state in the readiness answer, once {@code done} holds for it. */
  private static JsonNode awaitHealth(Predicate<JsonNode> done) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    JsonNode data = kafkaCheck(readiness()).path("data");
    while (!done.test(data) && System.nanoTime() < deadline) {
      pause();
      data = kafkaCheck(readiness()).path("data");
    }
    return data;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
