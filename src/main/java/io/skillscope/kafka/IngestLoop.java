package io.skillscope.kafka;

import io.skillscope.posting.PostingService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;

/**
 * The consumer loop: reads input records, hands them to the store, and commits a partition's offset
 * only past records that are durable in the store and whose output record the cluster acknowledged.
 * A crash anywhere before the commit means the records are read again (by this replica after a
 * restart, or by another after a rebalance) and stored again, which the store's idempotency makes
 * an update or nothing: at least once, never twice.
 *
 * <p>Each turn: poll; hand every record to the store's bulk pool (in order, so records of one key
 * are stored in order); take the done records at the head of each partition; wait once for the
 * store to make them durable; send their outputs and wait for the cluster's acknowledgement;
 * commit. Then backpressure: with {@link KafkaConfig#maxInFlight} records in flight the loop pauses
 * every partition (polling still, so it keeps its place in the group) until half have been
 * committed. A record the store failed to take stops its partition there: the partition seeks back
 * to it and waits ({@link KafkaConfig#retryBackoff}, doubling) before it is read again.
 *
 * <p>Not thread-safe: one thread runs it, the only one that touches the Kafka consumer.
 */
final class IngestLoop implements Runnable, ConsumerRebalanceListener {

  private static final Logger LOG = Logger.getLogger(IngestLoop.class);

  /** How long an idle poll waits for records; also how soon a stop is noticed. */
  private static final Duration IDLE_POLL = Duration.ofMillis(200);

  /** How long a turn with nothing done waits for the oldest record before polling again. */
  private static final long WAIT_MILLIS = 20;

  /** How long a stop or a revocation waits for records still in the store's hands. */
  private static final long FINISH_MILLIS = 5_000;

  /** When a partition may be read again after a failure, and the wait that got it there. */
  private record Backoff(long untilNanos, Duration delay) {}

  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> producer;
  private final PostingRecords records;
  private final PostingService postings;
  private final KafkaConfig config;
  private final ConsumerState state;
  private final InFlightRecords inFlight = new InFlightRecords();
  private final Map<TopicPartition, OffsetAndMetadata> toCommit = new HashMap<>();
  private final Map<TopicPartition, Backoff> backoffs = new HashMap<>();
  private boolean full;
  private volatile boolean running = true;

  IngestLoop(
      Consumer<byte[], byte[]> consumer,
      Producer<byte[], byte[]> producer,
      PostingRecords records,
      PostingService postings,
      KafkaConfig config,
      ConsumerState state) {
    this.consumer = consumer;
    this.producer = producer;
    this.records = records;
    this.postings = postings;
    this.config = config;
    this.state = state;
  }

  /** Asks the loop to finish what it has in flight, commit, leave the group and return. */
  void stop() {
    running = false;
  }

  @Override
  public void run() {
    state.running(true);
    try {
      consumer.subscribe(List.of(config.topic()), this);
      while (running) {
        try {
          turn();
        } catch (RuntimeException e) {
          // A fault of the cluster or of ours: said in the health answer, and the loop goes on.
          LOG.error("Kafka ingest: the consumer loop failed; it goes on", e);
          state.failed("the consumer loop failed: " + e.getMessage());
          sleep(config.retryBackoff().toMillis());
        }
      }
      finish();
    } finally {
      close();
      state.running(false);
    }
  }

  private void turn() {
    for (ConsumerRecord<byte[], byte[]> record :
        consumer.poll(inFlight.isEmpty() ? IDLE_POLL : Duration.ZERO)) {
      inFlight.add(records.start(record));
    }
    if (!settle(List.copyOf(inFlight.partitions()))) {
      waitForOldest(WAIT_MILLIS);
    }
    commit();
    throttle();
    state.turned(inFlight.size(), consumer.assignment().size());
  }

  /**
   * Delivers the done records at the head of these partitions (durable, output acknowledged, offset
   * marked for commit) and sends back to the cluster any partition stopped by a failure.
   *
   * @return whether anything was done
   */
  private boolean settle(Collection<TopicPartition> partitions) {
    List<Pending> done = new ArrayList<>();
    Map<TopicPartition, Long> retryFrom = new HashMap<>();
    Map<TopicPartition, RuntimeException> why = new HashMap<>();
    for (TopicPartition partition : partitions) {
      InFlightRecords.Done taken = inFlight.takeDone(partition);
      done.addAll(taken.records());
      if (taken.failed() != null) {
        retryFrom.put(partition, taken.failed().offset());
        why.put(partition, taken.failed().outcome().join().failure());
      }
    }
    if (!done.isEmpty()) {
      deliver(done, retryFrom, why);
    }
    retryFrom.forEach((partition, offset) -> retryLater(partition, offset, why.get(partition)));
    return !done.isEmpty() || !retryFrom.isEmpty();
  }

  private void deliver(
      List<Pending> done,
      Map<TopicPartition, Long> retryFrom,
      Map<TopicPartition, RuntimeException> why) {
    long last = done.stream().mapToLong(p -> p.outcome().join().seq()).max().orElse(-1);
    try {
      if (last >= 0) {
        postings.awaitDurable(last);
      }
    } catch (RuntimeException e) {
      // None of them is acknowledged by the store: every partition again from its first one.
      done.forEach(p -> failAt(p, e, retryFrom, why));
      return;
    }
    List<Future<RecordMetadata>> sent = new ArrayList<>(done.size());
    for (Pending pending : done) {
      sent.add(producer.send(records.output(pending, pending.outcome().join())));
    }
    producer.flush();
    for (int i = 0; i < done.size(); i++) {
      try {
        sent.get(i).get(0, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        failAt(done.get(i), new IllegalStateException(sendFailure(e), e), retryFrom, why);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failAt(done.get(i), new IllegalStateException("interrupted", e), retryFrom, why);
      }
    }
    for (Pending pending : done) {
      Long retry = retryFrom.get(pending.partition());
      if (retry == null || pending.offset() < retry) {
        toCommit.put(pending.partition(), new OffsetAndMetadata(pending.offset() + 1));
        state.committed(label(pending.outcome().join()));
      }
    }
  }

  private static String sendFailure(Exception e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return "the output record was not acknowledged: " + cause.getMessage();
  }

  private static String label(Outcome outcome) {
    return outcome.ingested() == null ? "rejected" : outcome.ingested().status().label();
  }

  /** Marks a partition to be read again from this record (the earliest one that failed). */
  private static void failAt(
      Pending pending,
      RuntimeException failure,
      Map<TopicPartition, Long> retryFrom,
      Map<TopicPartition, RuntimeException> why) {
    Long before = retryFrom.get(pending.partition());
    if (before == null || pending.offset() < before) {
      retryFrom.put(pending.partition(), pending.offset());
      why.put(pending.partition(), failure);
    }
  }

  /**
   * Forgets the partition's records from {@code offset} on, seeks back to it, and pauses the
   * partition for a while: the store failed to take a record, which is the service's fault, so the
   * record is tried again rather than rejected.
   */
  private void retryLater(TopicPartition partition, long offset, RuntimeException failure) {
    inFlight.drop(List.of(partition));
    if (consumer.assignment().contains(partition)) {
      consumer.seek(partition, offset);
    }
    Backoff before = backoffs.get(partition);
    Duration wait =
        before == null
            ? config.retryBackoff()
            : min(before.delay().multipliedBy(2), config.maxRetryBackoff());
    backoffs.put(partition, new Backoff(System.nanoTime() + wait.toNanos(), wait));
    state.retried();
    String message = failure == null ? "unknown failure" : failure.getMessage();
    state.failed("the store did not take a record of " + partition + ": " + message);
    LOG.warnf(
        "Kafka ingest: %s offset %d not stored (%s); tried again in %d ms",
        partition, offset, message, wait.toMillis());
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private void commit() {
    if (toCommit.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(toCommit);
      toCommit.clear();
      state.recovered();
    } catch (RetriableException | RebalanceInProgressException e) {
      // The cluster is away or moving partitions: the same offsets again on the next turn.
      state.failed("offsets not committed yet: " + e.getMessage());
    } catch (CommitFailedException e) {
      // The group gave these partitions to another replica, which reads them again from the last
      // commit; storing them again there changes nothing.
      toCommit.clear();
      LOG.warn("Kafka ingest: partitions moved before their offsets were committed");
    }
  }

  /**
   * Pauses what must wait (every partition when the store is behind; those backing off) and resumes
   * the rest.
   */
  private void throttle() {
    int n = inFlight.size();
    full = n >= config.maxInFlight() || (full && n > config.maxInFlight() / 2);
    state.paused(full);
    long now = System.nanoTime();
    Set<TopicPartition> assigned = consumer.assignment();
    Set<TopicPartition> wait = new HashSet<>();
    for (TopicPartition partition : assigned) {
      Backoff backoff = backoffs.get(partition);
      if (full || (backoff != null && backoff.untilNanos() > now)) {
        wait.add(partition);
      }
    }
    Set<TopicPartition> paused = consumer.paused();
    Set<TopicPartition> pause = new HashSet<>(wait);
    pause.removeAll(paused);
    Set<TopicPartition> resume = new HashSet<>(paused);
    resume.retainAll(assigned);
    resume.removeAll(wait);
    if (!pause.isEmpty()) {
      consumer.pause(pause);
    }
    if (!resume.isEmpty()) {
      consumer.resume(resume);
    }
  }

  private void waitForOldest(long millis) {
    Pending oldest = inFlight.oldest();
    if (oldest == null) {
      return;
    }
    try {
      oldest.outcome().get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Not done yet, or done badly: the next turn looks.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits (a bounded time) for the partitions' records in the store's hands, then settles them. */
  private void finishPartitions(Collection<TopicPartition> partitions) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FINISH_MILLIS);
    for (TopicPartition partition : partitions) {
      for (Pending pending : inFlight.of(partition)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          pending.outcome().get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
          break;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    settle(partitions);
    commit();
  }

  private void finish() {
    try {
      finishPartitions(List.copyOf(inFlight.partitions()));
    } catch (RuntimeException e) {
      LOG.warn("Kafka ingest: stopping with records not committed; they are read again", e);
    }
  }

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    // What this replica started it finishes and commits, so the next owner does not redo it.
    finishPartitions(partitions);
    forget(partitions);
  }

  @Override
  public void onPartitionsLost(Collection<TopicPartition> partitions) {
    // Already someone else's: nothing may be committed for them any more.
    forget(partitions);
  }

  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    LOG.debugf("Kafka ingest: assigned %s", partitions);
  }

  private void forget(Collection<TopicPartition> partitions) {
    inFlight.drop(partitions);
    toCommit.keySet().removeAll(partitions);
    backoffs.keySet().removeAll(partitions);
  }

  private void close() {
    try {
      // Leaving the group (the default) hands the partitions to another replica at once.
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    } catch (RuntimeException e) {
      LOG.warn("Kafka ingest: the consumer did not close cleanly", e);
    }
    try {
      producer.close(Duration.ofSeconds(5));
    } catch (RuntimeException e) {
      LOG.warn("Kafka ingest: the producer did not close cleanly", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
