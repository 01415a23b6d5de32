package io.skillscope.kafka;

import io.skillscope.api.Problem;
import io.skillscope.posting.Ingested;

/**
 * What became of one input record: stored (durable once the store's sequence number is), rejected
 * with a problem (the record's fault: it goes to the rejected topic), or failed (the service's
 * fault: the store refused or is shutting down, so the record is tried again, never skipped).
 * Exactly one of the three is set.
 *
 * @param ingested what storing it did
 * @param problem why the record is refused
 * @param failure why the service could not take it now
 */
record Outcome(Ingested ingested, Problem problem, RuntimeException failure) {

  static Outcome stored(Ingested ingested) {
    return new Outcome(ingested, null, null);
  }

  static Outcome rejected(Problem problem) {
    return new Outcome(null, problem, null);
  }

  static Outcome failed(RuntimeException failure) {
    return new Outcome(null, null, failure);
  }

  /** The store's sequence number to wait for, or -1 when nothing was stored. */
  long seq() {
    return ingested == null ? -1 : ingested.seq();
  }
}
