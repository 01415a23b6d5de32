package io.skillscope.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.skillscope.testing.KafkaBroker;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service with Kafka ingest on, against this JVM's test broker, with topics and a group of its
 * own. The window is small (16 records in flight, 8 a poll) so that backpressure shows with a few
 * hundred postings.
 */
public class KafkaTestProfile implements QuarkusTestProfile {

  static final int MAX_IN_FLIGHT = 16;
  static final int POLL_RECORDS = 8;
  static final int INPUT_PARTITIONS = 3;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "skillscope.kafka.enabled", "true",
        "skillscope.kafka.max-in-flight", String.valueOf(MAX_IN_FLIGHT),
        "skillscope.kafka.poll-records", String.valueOf(POLL_RECORDS),
        "skillscope.kafka.retry-backoff", "200ms",
        "skillscope.kafka.health-timeout", "1s");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Topics.class));
  }

  /** Starts (or shares) the broker and makes this run's topics. */
  public static class Topics implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
      KafkaBroker broker = KafkaBroker.shared();
      String run = "t" + UUID.randomUUID().toString().substring(0, 8);
      broker.createTopic(run + ".postings", INPUT_PARTITIONS);
      broker.createTopic(run + ".extracted", 2);
      broker.createTopic(run + ".rejected", 1);
      return Map.of(
          "kafka.bootstrap.servers", broker.bootstrap(),
          "skillscope.kafka.topic", run + ".postings",
          "skillscope.kafka.extracted-topic", run + ".extracted",
          "skillscope.kafka.rejected-topic", run + ".rejected",
          "skillscope.kafka.group", run);
    }

    @Override
    public void stop() {
      // The shared broker stops when the JVM ends; this run's topics go with it.
    }
  }
}
