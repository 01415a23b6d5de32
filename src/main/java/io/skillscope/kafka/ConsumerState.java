package io.skillscope.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the consumer loop is doing, for health checks and metrics: written by the loop, read by
 * anyone. Metrics: {@code skillscope.kafka.records} (by outcome: created, updated, unchanged,
 * rejected, counted when committed), {@code skillscope.kafka.in.flight}, {@code
 * skillscope.kafka.pauses} (times the consumer paused because the store fell behind) and {@code
 * skillscope.kafka.retries} (records the store failed to take, tried again later).
 *
 * <p>Thread-safe.
 */
final class ConsumerState {

  /**
   * A moment's view.
   *
   * @param running the loop runs
   * @param sinceTurn how long since the loop last came round
   * @param assigned partitions this replica consumes
   * @param inFlight records handed to the store and not yet committed
   * @param highWater the most records ever in flight at once
   * @param paused whether consumption is paused because the store fell behind
   * @param pauses how many times it paused so
   * @param lastError the last failure the loop met, or null
   */
  record Snapshot(
      boolean running,
      Duration sinceTurn,
      int assigned,
      int inFlight,
      int highWater,
      boolean paused,
      long pauses,
      String lastError) {}

  private final MeterRegistry registry;
  private final Map<String, Counter> records = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger highWater = new AtomicInteger();
  private final AtomicLong pauses = new AtomicLong();
  private final Counter retries;
  private volatile boolean running;
  private volatile long lastTurn = System.nanoTime();
  private volatile int assigned;
  private volatile boolean paused;
  private volatile String lastError;

  ConsumerState(MeterRegistry registry) {
    this.registry = registry;
    registry.gauge("skillscope.kafka.in.flight", inFlight);
    FunctionCounter.builder("skillscope.kafka.pauses", pauses, AtomicLong::get).register(registry);
    this.retries = registry.counter("skillscope.kafka.retries");
  }

  void running(boolean running) {
    this.running = running;
  }

  /** The loop came round with this much in flight over this many partitions. */
  void turned(int inFlightNow, int assignedNow) {
    lastTurn = System.nanoTime();
    inFlight.set(inFlightNow);
    highWater.accumulateAndGet(inFlightNow, Math::max);
    assigned = assignedNow;
  }

  void paused(boolean pausedNow) {
    if (pausedNow && !paused) {
      pauses.incrementAndGet();
    }
    paused = pausedNow;
  }

  void committed(String outcome) {
    records
        .computeIfAbsent(outcome, o -> registry.counter("skillscope.kafka.records", "outcome", o))
        .increment();
  }

  void retried() {
    retries.increment();
  }

  /** A failure the loop met, said in words (no stack trace: this goes to the health answer). */
  void failed(String what) {
    lastError = what;
  }

  void recovered() {
    lastError = null;
  }

  Snapshot snapshot() {
    return new Snapshot(
        running,
        Duration.ofNanos(System.nanoTime() - lastTurn),
        assigned,
        inFlight.get(),
        highWater.get(),
        paused,
        pauses.get(),
        lastError);
  }
}
