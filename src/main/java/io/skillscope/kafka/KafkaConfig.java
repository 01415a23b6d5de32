package io.skillscope.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Kafka ingest: where postings come from and where their results go. The cluster itself is {@code
 * kafka.bootstrap.servers} (default {@code localhost:9092}), the name every Kafka tool knows; any
 * other {@code kafka.NAME} property set in the configuration (security, SASL) is handed to the
 * clients as {@code NAME}.
 */
@ConfigMapping(prefix = "skillscope.kafka")
public interface KafkaConfig {

  /** Consume postings from {@link #topic}; off by default, so nothing needs a broker to start. */
  @WithDefault("false")
  boolean enabled();

  /**
   * Input: each record's value is the JSON of {@code POST /api/v1/postings}, its key the posting's
   * {@code externalId} (or empty).
   */
  @WithDefault("skillscope.postings")
  String topic();

  /**
   * Output: one record per stored posting (key: its id), the JSON of {@code GET
   * /api/v1/postings/{id}} plus {@code "status"} (created, updated, unchanged).
   */
  @WithDefault("skillscope.postings.extracted")
  String extractedTopic();

  /**
   * Dead letters: {@code {"record": <the input value as text>, "problem": <problem+json>}}, keyed
   * as the input record was.
   */
  @WithDefault("skillscope.postings.rejected")
  String rejectedTopic();

  /** The consumer group: every replica with the same group shares the input's partitions. */
  @WithDefault("skillscope")
  String group();

  /**
   * Records handed to the store and not yet committed, at most; at this many the consumer pauses
   * its partitions (it keeps polling, so it stays in the group) and resumes at half.
   */
  @WithDefault("512")
  int maxInFlight();

  /** The most records one poll returns ({@code max.poll.records}). */
  @WithDefault("256")
  int pollRecords();

  /**
   * How long a partition waits after the store failed to take one of its records, before the record
   * is tried again; doubled on each failure in a row, up to {@link #maxRetryBackoff}.
   */
  @WithDefault("1s")
  Duration retryBackoff();

  /** The longest wait between two tries of a record the store failed to take. */
  @WithDefault("30s")
  Duration maxRetryBackoff();

  /** How long readiness waits for the cluster to answer before it reports Kafka down. */
  @WithDefault("3s")
  Duration healthTimeout();

  /**
   * Liveness fails when the consumer loop has not come round for this long: it is stuck, and a
   * restart is what helps. Kafka being down does not stop the loop, so it does not fail liveness.
   */
  @WithDefault("2m")
  Duration stallTimeout();
}
