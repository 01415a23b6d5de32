package io.skillscope.kafka;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * The records handed to the store and not yet committed, in offset order per partition. A
 * partition's offsets can only be committed up to its first record not done, so records are taken
 * out from the head only ({@link #takeDone}).
 *
 * <p>Not thread-safe: owned by the consumer loop.
 */
final class InFlightRecords {

  /** The done records at the head of one partition, and the failed one that stopped it, if any. */
  record Done(List<Pending> records, Pending failed) {}

  private final Map<TopicPartition, ArrayDeque<Pending>> byPartition = new HashMap<>();
  private int size;

  void add(Pending pending) {
    byPartition.computeIfAbsent(pending.partition(), p -> new ArrayDeque<>()).add(pending);
    size++;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  Set<TopicPartition> partitions() {
    return byPartition.keySet();
  }

  /** The oldest record of any partition, to wait on when nothing is done; null when empty. */
  Pending oldest() {
    for (ArrayDeque<Pending> queue : byPartition.values()) {
      if (!queue.isEmpty()) {
        return queue.peek();
      }
    }
    return null;
  }

  /**
   * Takes the partition's done records from its head, stopping at the first not done or failed; a
   * failed one is left in place (see {@link #drop}).
   */
  Done takeDone(TopicPartition partition) {
    ArrayDeque<Pending> queue = byPartition.get(partition);
    List<Pending> done = new ArrayList<>();
    Pending failed = null;
    while (queue != null && !queue.isEmpty() && queue.peek().outcome().isDone()) {
      if (queue.peek().outcome().join().failure() != null) {
        failed = queue.peek();
        break;
      }
      done.add(queue.poll());
      size--;
    }
    return new Done(done, failed);
  }

  /**
   * Forgets a partition's records (after a failure, a lost partition): they will be read again from
   * its committed offset or a seek. Those still in the store's hands finish there; storing them
   * twice is harmless, as storing is idempotent.
   */
  void drop(Collection<TopicPartition> partitions) {
    for (TopicPartition partition : partitions) {
      ArrayDeque<Pending> queue = byPartition.remove(partition);
      if (queue != null) {
        size -= queue.size();
      }
    }
  }

  /** The partition's records not yet taken, oldest first. */
  List<Pending> of(TopicPartition partition) {
    ArrayDeque<Pending> queue = byPartition.get(partition);
    return queue == null ? List.of() : List.copyOf(queue);
  }
}
