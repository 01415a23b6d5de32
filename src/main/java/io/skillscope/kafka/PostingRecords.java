package io.skillscope.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillscope.api.IngestResponse;
import io.skillscope.api.PostingJson;
import io.skillscope.api.Problem;
import io.skillscope.posting.PostingService;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Turns input records into postings and stored postings into output records. A record is read as
 * the HTTP API reads a posting ({@link PostingJson}), so it is refused with the same problem, and
 * stored through the same {@link PostingService} on its bulk pool, which keeps the order of records
 * with the same idempotency key.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
class PostingRecords {

  private static final String BODY_REQUIRED = "a JSON body is required";

  private final PostingService postings;
  private final PostingJson json;
  private final ObjectMapper mapper;
  private final KafkaConfig config;

  PostingRecords(
      PostingService postings, PostingJson json, ObjectMapper mapper, KafkaConfig config) {
    this.postings = postings;
    this.json = json;
    this.mapper = mapper;
    this.config = config;
  }

  /** Reads the record and, if it is a posting, hands it to the store. */
  Pending start(ConsumerRecord<byte[], byte[]> record) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    Pending pending =
        new Pending(
            partition, record.offset(), record.key(), record.value(), new CompletableFuture<>());
    submit(pending)
        .whenComplete(
            (outcome, failure) ->
                pending
                    .outcome()
                    .complete(failure == null ? outcome : Outcome.failed(unwrap(failure))));
    return pending;
  }

  private CompletableFuture<Outcome> submit(Pending pending) {
    if (pending.value() == null) {
      return rejected(
          new Problem(
              "/problems/validation",
              "Invalid request",
              400,
              "body: " + BODY_REQUIRED,
              null,
              List.of(new Problem.Violation("body", BODY_REQUIRED))),
          pending);
    }
    PostingJson.Read read = json.read(pending.value());
    if (read.problem() != null) {
      return rejected(read.problem(), pending);
    }
    String key = pending.key() == null ? "" : new String(pending.key(), StandardCharsets.UTF_8);
    // The key decides the partition, so it is what keeps one posting's versions in order: a key
    // other than the posting's externalId would let two versions overtake each other.
    if (!key.isEmpty() && !key.equals(read.draft().externalId())) {
      String message = "must equal the record key \"" + key + "\"";
      return rejected(
          new Problem(
              "/problems/validation",
              "Invalid request",
              400,
              "externalId: " + message,
              null,
              List.of(new Problem.Violation("externalId", message))),
          pending);
    }
    try {
      return postings.submitAsync(read.draft()).thenApply(Outcome::stored);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(Outcome.failed(e));
    }
  }

  private static CompletableFuture<Outcome> rejected(Problem problem, Pending pending) {
    return CompletableFuture.completedFuture(
        Outcome.rejected(
            new Problem(
                problem.type(),
                problem.title(),
                problem.status(),
                problem.detail(),
                pending.instance(),
                problem.violations())));
  }

  private static RuntimeException unwrap(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
  }

  /**
   * The output for a record that was stored (to the extracted topic, keyed by the posting's id) or
   * rejected (to the rejected topic, keyed as it came).
   */
  ProducerRecord<byte[], byte[]> output(Pending pending, Outcome outcome) {
    try {
      if (outcome.ingested() != null) {
        IngestResponse stored =
            new IngestResponse(outcome.ingested().status(), outcome.ingested().posting());
        return new ProducerRecord<>(
            config.extractedTopic(),
            stored.posting().id().getBytes(StandardCharsets.UTF_8),
            mapper.writeValueAsBytes(stored));
      }
      Map<String, Object> dead = new LinkedHashMap<>();
      dead.put(
          "record",
          pending.value() == null ? null : new String(pending.value(), StandardCharsets.UTF_8));
      dead.put("problem", outcome.problem());
      return new ProducerRecord<>(
          config.rejectedTopic(), pending.key(), mapper.writeValueAsBytes(dead));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored posting and a problem always serialise", e);
    }
  }
}
