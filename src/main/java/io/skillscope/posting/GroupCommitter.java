package io.skillscope.posting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * Makes writes durable in groups: writers {@link #requested report} the sequence number of their
 * change and {@link #awaitDurable wait}; one thread makes durable whatever has accumulated (for the
 * store: fsync of the write-ahead log), so every writer that arrived during one fsync shares the
 * next. The cost of an fsync is shared by all the writers waiting on it.
 *
 * <p>Reporting never blocks: it raises an atomic maximum and unparks the committer thread. Waiters
 * sleep on their own monitor, which only the committer signals, once per group; a writer reporting
 * its change does not wake the writers already waiting (under 8 concurrent clients a shared monitor
 * with {@code notifyAll} per report cost more CPU in futile wake-ups than the fsync).
 *
 * <p>Thread-safe. {@link #close} stops the thread after a last commit of what was requested.
 */
final class GroupCommitter implements AutoCloseable {

  /** Makes every change reported so far durable (and, for the store, visible to searches). */
  interface Commit {
    void run() throws IOException;
  }

  private static final Logger LOG = Logger.getLogger(GroupCommitter.class);

  /** How long the idle committer sleeps before looking again, should an unpark be missed. */
  private static final long IDLE_NANOS = 50_000_000L;

  private final Commit commit;
  private final Thread thread;
  private final Runnable afterCommit;
  private final AtomicLong requested = new AtomicLong(-1);
  private final Object waiters = new Object();
  private volatile long durable = -1;
  private volatile boolean closing;
  private volatile IOException failure;

  GroupCommitter(Commit commit, Runnable afterCommit) {
    this.commit = commit;
    this.afterCommit = afterCommit;
    this.thread = Thread.ofPlatform().name("posting-committer").daemon(true).unstarted(this::loop);
    thread.start();
  }

  /** A change with this sequence number has been applied to the writer and must be committed. */
  void requested(long seq) {
    if (requested.getAndAccumulate(seq, Math::max) < seq) {
      LockSupport.unpark(thread);
    }
  }

  /** The highest sequence number reported so far: every change up to it is in the writer. */
  long requested() {
    return requested.get();
  }

  /** The last sequence number known to be committed. */
  long durable() {
    return durable;
  }

  /** Blocks until the change {@code seq} is committed; fails if the commit failed. */
  void awaitDurable(long seq) {
    if (durable >= seq) {
      return;
    }
    synchronized (waiters) {
      while (durable < seq) {
        if (failure != null) {
          throw new UncheckedIOException("the index could not be committed", failure);
        }
        if (closing && !thread.isAlive()) {
          throw new IllegalStateException("the store is closed");
        }
        try {
          waiters.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for a commit", e);
        }
      }
    }
  }

  private void loop() {
    while (true) {
      // Every change with a sequence number up to here was applied before this read, so the
      // commit below contains it.
      long target = requested.get();
      if (target <= durable) {
        if (closing) {
          return;
        }
        LockSupport.parkNanos(this, IDLE_NANOS);
        continue;
      }
      try {
        commit.run();
      } catch (IOException | RuntimeException e) {
        LOG.error("Committing the postings index failed; writes are refused", e);
        failure = e instanceof IOException io ? io : new IOException(e);
        signalWaiters();
        return;
      }
      durable = target;
      signalWaiters();
      afterCommit.run();
    }
  }

  private void signalWaiters() {
    synchronized (waiters) {
      waiters.notifyAll();
    }
  }

  /** Commits what was requested, then stops the thread. */
  @Override
  public void close() {
    closing = true;
    LockSupport.unpark(thread);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    signalWaiters();
  }
}
