package io.skillscope.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.skillscope.posting.Ingested;

/**
 * The result for one item of a batch (by {@code index}) or one line of a stream (by {@code line}).
 *
 * @param index 0-based position in the batch
 * @param line 1-based line of the stream
 * @param status created, unchanged, updated or rejected
 * @param id the stored posting's id, unless rejected
 * @param skills skill ids found, unless rejected
 * @param problem why it was rejected
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(
    Integer index,
    Long line,
    String status,
    String id,
    java.util.List<String> skills,
    Problem problem) {

  static ItemResult of(Ingested ingested) {
    return new ItemResult(
        null,
        null,
        ingested.status().label(),
        ingested.posting().id(),
        ingested.posting().skills().stream().map(s -> s.id()).toList(),
        null);
  }

  static ItemResult rejected(Problem problem) {
    io.micrometer.core.instrument.Metrics.counter(
            "skillscope.ingest.failures", "status", String.valueOf(problem.status()))
        .increment();
    return new ItemResult(null, null, "rejected", null, null, problem);
  }

  ItemResult atIndex(int i) {
    return new ItemResult(i, null, status, id, skills, problem);
  }

  ItemResult atLine(long n) {
    return new ItemResult(null, n, status, id, skills, problem);
  }
}
