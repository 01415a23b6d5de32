package io.skillscope.posting;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Makes writes durable in groups: writers {@link #requested report} the sequence number of their
 * change and {@link #awaitDurable wait}; one thread makes durable whatever has accumulated (for the
 * store: fsync of the write-ahead log), so every writer that arrived during one fsync shares the
 * next. The cost of an fsync is shared by all the writers waiting on it.
 *
 * <p>Thread-safe. {@link #close} stops the thread after a last commit of what was requested.
 */
final class GroupCommitter implements AutoCloseable {

  /** Makes every change reported so far durable (and, for the store, visible to searches). */
  interface Commit {
    void run() throws IOException;
  }

  private static final Logger LOG = Logger.getLogger(GroupCommitter.class);

  private final Object lock = new Object();
  private final Commit commit;
  private final Thread thread;
  private final Runnable afterCommit;
  private long requested = -1;
  private long durable = -1;
  private boolean closing;
  private IOException failure;

  GroupCommitter(Commit commit, Runnable afterCommit) {
    this.commit = commit;
    this.afterCommit = afterCommit;
    this.thread = Thread.ofPlatform().name("posting-committer").daemon(true).unstarted(this::loop);
    thread.start();
  }

  /** A change with this sequence number has been applied to the writer and must be committed. */
  void requested(long seq) {
    synchronized (lock) {
      if (seq > requested) {
        requested = seq;
        lock.notifyAll();
      }
    }
  }

  /** The highest sequence number reported so far: every change up to it is in the writer. */
  long requested() {
    synchronized (lock) {
      return requested;
    }
  }

  /** The last sequence number known to be committed. */
  long durable() {
    synchronized (lock) {
      return durable;
    }
  }

  /** Blocks until the change {@code seq} is committed; fails if the commit failed. */
  void awaitDurable(long seq) {
    synchronized (lock) {
      while (durable < seq) {
        if (failure != null) {
          throw new UncheckedIOException("the index could not be committed", failure);
        }
        if (closing && !thread.isAlive()) {
          throw new IllegalStateException("the store is closed");
        }
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for a commit", e);
        }
      }
    }
  }

  private void loop() {
    while (true) {
      long target;
      synchronized (lock) {
        while (requested <= durable && !closing) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (requested <= durable) {
          return;
        }
        // Every change with a sequence number up to here was applied before this read, so the
        // commit below contains it.
        target = requested;
      }
      try {
        commit.run();
      } catch (IOException | RuntimeException e) {
        LOG.error("Committing the postings index failed; writes are refused", e);
        synchronized (lock) {
          failure = e instanceof IOException io ? io : new IOException(e);
          lock.notifyAll();
        }
        return;
      }
      synchronized (lock) {
        durable = target;
        lock.notifyAll();
      }
      afterCommit.run();
    }
  }

  /** Commits what was requested, then stops the thread. */
  @Override
  public void close() {
    synchronized (lock) {
      closing = true;
      lock.notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (lock) {
      lock.notifyAll();
    }
  }
}
