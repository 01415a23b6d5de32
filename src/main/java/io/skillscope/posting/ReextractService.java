package io.skillscope.posting;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Re-runs extraction over stored postings in the background, one run at a time, so a taxonomy
 * change leaves no stale skills. Commits are waited for every {@link #CHUNK} postings rather than
 * per posting: the run shares the group commit with live ingestion instead of forcing its own.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class ReextractService {

  private static final Logger LOG = Logger.getLogger(ReextractService.class);
  private static final int CHUNK = 200;

  private final PostingService postings;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> Thread.ofPlatform().name("reextract").daemon(true).unstarted(r));
  private final AtomicLong done = new AtomicLong();
  private volatile String state = "idle";
  private volatile long total;
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile String error;
  private volatile boolean stopping;

  public ReextractService(PostingService postings) {
    this.postings = postings;
  }

  /**
   * Starts a run over the stale postings (all postings when {@code all}); false when one is already
   * running.
   */
  public synchronized boolean start(boolean all) {
    if (state.equals("running")) {
      return false;
    }
    String notVersion = all ? null : postings.taxonomyVersion();
    // Counting is one query; listing reads every stored posting, so the worker does it.
    total = postings.store().count(notVersion);
    done.set(0);
    startedAt = Instant.now();
    finishedAt = null;
    error = null;
    state = "running";
    worker.execute(() -> run(notVersion));
    return true;
  }

  public ReextractStatus status() {
    String version = postings.taxonomyVersion();
    return new ReextractStatus(
        state,
        version,
        total,
        done.get(),
        postings.store().count(version),
        startedAt,
        finishedAt,
        error);
  }

  private void run(String notVersion) {
    try {
      List<String> ids = postings.store().ids(notVersion);
      total = ids.size();
      long last = -1;
      int inChunk = 0;
      for (String id : ids) {
        if (stopping) {
          LOG.infof("Re-extraction stopped by shutdown after %d postings", done.get());
          break;
        }
        last = Math.max(last, postings.reextract(id).orElse(-1L));
        if (++inChunk == CHUNK) {
          postings.awaitDurable(last);
          inChunk = 0;
        }
        done.incrementAndGet();
      }
      postings.awaitDurable(last);
      state = stopping ? "stopped" : "done";
    } catch (RuntimeException e) {
      LOG.error("Re-extraction failed", e);
      error = "re-extraction stopped after " + done.get() + " postings; see the service log";
      state = "failed";
    } finally {
      finishedAt = Instant.now();
    }
  }

  /**
   * Stops the run between two postings. The worker is not interrupted: an interrupt during a write
   * would close the log's file channel (NIO channels close on interrupt) and break the store's
   * clean shutdown.
   */
  @PreDestroy
  void stop() {
    stopping = true;
    worker.shutdown();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
