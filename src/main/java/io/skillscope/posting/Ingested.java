package io.skillscope.posting;

import java.util.Objects;

/**
 * The outcome of one ingestion, before or after it is durable.
 *
 * @param status what happened
 * @param posting the posting as stored
 * @param seq the store's sequence number to {@link PostingStore#awaitDurable(long) wait} for
 */
public record Ingested(IngestStatus status, Posting posting, long seq) {

  public Ingested {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(posting, "posting");
  }
}
