package io.skillscope.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.skillscope.posting.IngestStatus;
import io.skillscope.posting.Ingested;
import io.skillscope.posting.Posting;

/**
 * Answer of {@code POST /api/v1/postings}: the stored posting and what ingesting it did.
 *
 * @param status created, unchanged or updated
 * @param posting the posting as stored, its fields inline
 */
@JsonPropertyOrder({"status"})
public record IngestResponse(IngestStatus status, @JsonUnwrapped Posting posting) {

  /**
   * Answer of {@code GET /api/v1/postings/{id}}: the posting as stored.
   *
   * @param posting its fields inline
   */
  public record PostingOnly(@JsonUnwrapped Posting posting) {}

  static IngestResponse of(Ingested ingested) {
    return new IngestResponse(ingested.status(), ingested.posting());
  }
}
