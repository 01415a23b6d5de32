package io.skillscope.kafka;

import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * An input record handed to the store and not yet committed.
 *
 * @param partition where it was read
 * @param offset its offset there
 * @param key its key, or null
 * @param value its value, or null
 * @param outcome completes when the store took it (not yet durable), refused it or failed
 */
record Pending(
    TopicPartition partition,
    long offset,
    byte[] key,
    byte[] value,
    CompletableFuture<Outcome> outcome) {

  /** Where it came from, as a problem's {@code instance}: {@code kafka:TOPIC/PARTITION/OFFSET}. */
  String instance() {
    return "kafka:" + partition.topic() + "/" + partition.partition() + "/" + offset;
  }
}
