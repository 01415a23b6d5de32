package io.skillscope.posting;

import io.skillscope.extraction.Extraction;
import io.skillscope.extraction.SkillExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Ingests, reads and deletes postings. Extraction runs outside any lock; the idempotency check and
 * the write of one key run under a striped lock, so two copies of a posting arriving together make
 * one posting.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class PostingService {

  private static final int STRIPES = 64;

  private final PostingStore store;
  private final SkillExtractor extractor;
  private final Clock clock;
  private final Object[] stripes = new Object[STRIPES];

  @Inject
  public PostingService(PostingStore store, SkillExtractor extractor) {
    this(store, extractor, Clock.systemUTC());
  }

  PostingService(PostingStore store, SkillExtractor extractor, Clock clock) {
    this.store = store;
    this.extractor = extractor;
    this.clock = clock;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Object();
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
                UUID.randomUUID().toString(),
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
