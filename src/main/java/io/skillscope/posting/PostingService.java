package io.skillscope.posting;

import io.skillscope.extraction.Extraction;
import io.skillscope.extraction.SkillExtractor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Ingests, reads and deletes postings. Extraction runs outside any lock; the idempotency check and
 * the write of one key run under a striped lock, so two copies of a posting arriving together make
 * one posting.
 *
 * <p>Bulk ingestion ({@link #submitAsync}) runs on a pool of one thread per core (configurable,
 * {@code skillscope.store.ingest-threads}) shared by every batch and stream, so one bulk sender
 * uses every core and several do not overload them. Postings with the same idempotency key are
 * submitted in the order they were handed in, whatever the pool does: a later line of a stream
 * updating an earlier one wins, as it would sequentially.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class PostingService {

  private static final Logger LOG = Logger.getLogger(PostingService.class);

  private static final int STRIPES = 64;

  private final PostingStore store;
  private final SkillExtractor extractor;
  private final Clock clock;
  private final Object[] stripes = new Object[STRIPES];
  private final ExecutorService pool;

  /** Bulk submissions not yet done, by idempotency key: the next one for a key waits for it. */
  private final ConcurrentHashMap<String, CompletableFuture<Ingested>> pending =
      new ConcurrentHashMap<>();

  @Inject
  public PostingService(PostingStore store, SkillExtractor extractor, StoreConfig config) {
    this(store, extractor, Clock.systemUTC(), config.ingestThreads().orElse(cores()));
  }

  /** A service with one bulk-ingestion thread per core. */
  public PostingService(PostingStore store, SkillExtractor extractor) {
    this(store, extractor, Clock.systemUTC(), cores());
  }

  PostingService(PostingStore store, SkillExtractor extractor, Clock clock, int threads) {
    this.store = store;
    this.extractor = extractor;
    this.clock = clock;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Object();
    }
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            task ->
                Thread.ofPlatform()
                    .name("ingest-" + n.incrementAndGet())
                    .daemon(true)
                    .unstarted(task));
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Stops the bulk-ingestion threads once the submissions already handed in are done. They are not
   * interrupted: an interrupt during a write would close the log's file channel (NIO channels close
   * on interrupt) and break the store's clean shutdown.
   */
  @PreDestroy
  void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("Bulk ingestion still running at shutdown; its postings were not acknowledged");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ingests one posting and returns once it is durable. */
  public Ingested ingest(PostingDraft draft) {
    Ingested ingested = submit(draft);
    store.awaitDurable(ingested.seq());
    return ingested;
  }

  /**
   * Ingests one posting without waiting for its commit: callers ingesting many wait once, for the
   * last {@link Ingested#seq()}, with {@link #awaitDurable}.
   */
  public Ingested submit(PostingDraft draft) {
    String key = IdempotencyKey.of(draft);
    Optional<PostingStore.Stored> before = store.findByKey(key);
    if (before.isPresent() && before.get().posting().draft().equals(draft)) {
      return new Ingested(IngestStatus.UNCHANGED, before.get().posting(), before.get().seq());
    }
    Extraction extraction = extractor.extract(draft.description());
    synchronized (stripes[Math.floorMod(key.hashCode(), STRIPES)]) {
      Optional<PostingStore.Stored> existing = store.findByKey(key);
      Instant now = clock.instant();
      if (existing.isEmpty()) {
        Posting created =
            new Posting(
                IdempotencyKey.documentId(key),
                draft.externalId(),
                draft.title(),
                draft.company(),
                draft.location(),
                draft.postedAt(),
                draft.url(),
                draft.description(),
                extraction.taxonomyVersion(),
                extraction.skills(),
                now,
                null);
        return new Ingested(IngestStatus.CREATED, created, store.write(created));
      }
      Posting old = existing.get().posting();
      if (old.draft().equals(draft)) {
        return new Ingested(IngestStatus.UNCHANGED, old, existing.get().seq());
      }
      Posting updated = old.with(draft, extraction.taxonomyVersion(), extraction.skills(), now);
      return new Ingested(IngestStatus.UPDATED, updated, store.write(updated));
    }
  }

  /**
   * {@link #submit} on the bulk-ingestion pool, after any earlier submission with the same
   * idempotency key. The caller waits for durability, as after {@link #submit}.
   */
  public CompletableFuture<Ingested> submitAsync(PostingDraft draft) {
    String key = IdempotencyKey.of(draft);
    CompletableFuture<Ingested> mine = new CompletableFuture<>();
    Runnable task =
        () -> {
          try {
            mine.complete(submit(draft));
          } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
          } finally {
            pending.remove(key, mine);
          }
        };
    CompletableFuture<Ingested> before = pending.put(key, mine);
    if (before == null) {
      execute(task, key, mine);
    } else {
      before.whenComplete((done, failed) -> execute(task, key, mine));
    }
    return mine;
  }

  private void execute(Runnable task, String key, CompletableFuture<Ingested> mine) {
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      pending.remove(key, mine);
      mine.completeExceptionally(new IllegalStateException("the service is shutting down", e));
    }
  }

  /** Waits until everything submitted up to {@code seq} is durable. */
  public void awaitDurable(long seq) {
    store.awaitDurable(seq);
  }

  public Optional<Posting> get(String id) {
    return store.get(id);
  }

  /** Deletes a posting; false when there is none with this id. */
  public boolean delete(String id) {
    Optional<Posting> posting = store.get(id);
    if (posting.isEmpty()) {
      return false;
    }
    synchronized (
        stripes[Math.floorMod(IdempotencyKey.of(posting.get().draft()).hashCode(), STRIPES)]) {
      store.delete(posting.get());
    }
    return true;
  }

  public PostingPage search(PostingQuery query) {
    return store.search(query);
  }

  /**
   * Re-extracts a stored posting with the current taxonomy (not waiting for the commit); empty when
   * it was deleted meanwhile.
   */
  Optional<Long> reextract(String id) {
    Optional<Posting> posting = store.get(id);
    if (posting.isEmpty()) {
      return Optional.empty();
    }
    Posting old = posting.get();
    synchronized (stripes[Math.floorMod(IdempotencyKey.of(old.draft()).hashCode(), STRIPES)]) {
      Optional<Posting> current = store.get(id);
      if (current.isEmpty()) {
        return Optional.empty();
      }
      Extraction extraction = extractor.extract(current.get().description());
      Posting fresh =
          current
              .get()
              .with(
                  current.get().draft(),
                  extraction.taxonomyVersion(),
                  extraction.skills(),
                  clock.instant());
      return Optional.of(store.write(fresh));
    }
  }

  String taxonomyVersion() {
    return extractor.taxonomy().version();
  }

  PostingStore store() {
    return store;
  }
}
