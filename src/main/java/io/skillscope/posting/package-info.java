/**
 * Postings and their durable store: an embedded Lucene index under {@code skillscope.store.path}.
 *
 * <p>{@link io.skillscope.posting.PostingService} turns a {@link
 * io.skillscope.posting.PostingDraft} into a stored {@link io.skillscope.posting.Posting}
 * (extracting its skills, keeping ingestion idempotent); {@link io.skillscope.posting.PostingStore}
 * owns the one {@code IndexWriter}, the {@code SearcherManager} and the group-commit thread. Only
 * this package sees Lucene types, and {@code demand}, which counts facets through {@link
 * io.skillscope.posting.PostingStore#withSearcher} and {@link io.skillscope.posting.PostingFacets};
 * the document layout is described in {@link io.skillscope.posting.PostingDocuments} and
 * docs/store.md.
 *
 * <p>Durability contract: a write is acknowledged ({@link
 * io.skillscope.posting.PostingStore#awaitDurable(long)} returns) only once the write-ahead log
 * holding it has been fsynced and a searcher that sees it has been opened; the index itself is
 * committed at checkpoints, and a restart replays the log written since the last one.
 */
package io.skillscope.posting;
