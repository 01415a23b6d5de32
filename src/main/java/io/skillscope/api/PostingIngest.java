package io.skillscope.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillscope.posting.Ingested;
import io.skillscope.posting.PostingService;
import io.skillscope.posting.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ingestion of many postings from one request (batch or NDJSON stream): each item is parsed and
 * validated on its own, so a bad one is rejected alone, and the good ones are acknowledged after
 * one shared wait for their commit.
 */
@ApplicationScoped
public class PostingIngest {

  /** Final line of a stream answer: how many lines did what. */
  public record Summary(long lines, long created, long unchanged, long updated, long rejected) {}

  private final PostingService postings;
  private final ObjectMapper mapper;
  private final Validator validator;
  private final StoreConfig config;

  public PostingIngest(
      PostingService postings, ObjectMapper mapper, Validator validator, StoreConfig config) {
    this.postings = postings;
    this.mapper = mapper;
    this.validator = validator;
    this.config = config;
  }

  /** One result per item, in order, each acknowledged only once durable. */
  List<ItemResult> batch(List<JsonNode> items) {
    if (items.size() > config.batchLimit()) {
      throw new ProblemException(
          413,
          "batch-too-large",
          "Batch too large",
          "The batch has "
              + items.size()
              + " postings; the limit is "
              + config.batchLimit()
              + " (skillscope.store.batch-limit). Use /api/v1/postings/stream for more.");
    }
    List<ItemResult> results = new ArrayList<>(items.size());
    long last = -1;
    for (int i = 0; i < items.size(); i++) {
      Attempt attempt = attempt(items.get(i));
      last = Math.max(last, attempt.seq());
      results.add(attempt.result().atIndex(i));
    }
    postings.awaitDurable(last);
    return results;
  }

  /**
   * Reads NDJSON line by line and writes one result line per non-blank line, a chunk at a time
   * after the chunk's commit, then a summary line. Memory holds one chunk, whatever the length.
   */
  void stream(InputStream body, OutputStream out) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Map<String, Long> counts = new LinkedHashMap<>();
    List<ItemResult> chunk = new ArrayList<>(config.streamChunk());
    long lineNumber = 0;
    long last = -1;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      Attempt attempt = attemptLine(line);
      last = Math.max(last, attempt.seq());
      chunk.add(attempt.result().atLine(lineNumber));
      if (chunk.size() == config.streamChunk()) {
        flush(chunk, last, writer, counts);
      }
    }
    flush(chunk, last, writer, counts);
    Summary summary =
        new Summary(
            counts.values().stream().mapToLong(Long::longValue).sum(),
            counts.getOrDefault("created", 0L),
            counts.getOrDefault("unchanged", 0L),
            counts.getOrDefault("updated", 0L),
            counts.getOrDefault("rejected", 0L));
    writer.write(mapper.writeValueAsString(Map.of("summary", summary)));
    writer.write('\n');
    writer.flush();
  }

  private void flush(
      List<ItemResult> chunk, long last, BufferedWriter writer, Map<String, Long> counts)
      throws IOException {
    postings.awaitDurable(last);
    for (ItemResult result : chunk) {
      counts.merge(result.status(), 1L, Long::sum);
      writer.write(mapper.writeValueAsString(result));
      writer.write('\n');
    }
    writer.flush();
    chunk.clear();
  }

  private Attempt attemptLine(String line) {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      String message =
          e.getOriginalMessage() == null
              ? ""
              : e.getOriginalMessage().lines().findFirst().orElse("");
      return Attempt.rejected(
          new Problem(
              "/problems/malformed-json",
              "Malformed JSON",
              400,
              "Not valid JSON: " + message,
              null,
              null));
    }
    return attempt(node);
  }

  private Attempt attempt(JsonNode node) {
    PostingRequest request;
    try {
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      request = mapper.treeToValue(node, PostingRequest.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String message =
          e instanceof JsonProcessingException j && j.getOriginalMessage() != null
              ? j.getOriginalMessage().lines().findFirst().orElse("")
              : e.getMessage();
      return Attempt.rejected(
          new Problem(
              "/problems/malformed-json",
              "Malformed JSON",
              400,
              "Not a posting object: " + message,
              null,
              null));
    }
    Set<ConstraintViolation<PostingRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      return Attempt.rejected(invalid(violations));
    }
    try {
      Ingested ingested = postings.submit(request.toDraft());
      return new Attempt(ItemResult.of(ingested), ingested.seq());
    } catch (ProblemException e) {
      return Attempt.rejected(e.problem());
    }
  }

  private static Problem invalid(Set<ConstraintViolation<PostingRequest>> violations) {
    List<Problem.Violation> list =
        violations.stream()
            .map(v -> new Problem.Violation(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    String detail =
        list.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    return new Problem("/problems/validation", "Invalid request", 400, detail, null, list);
  }

  private record Attempt(ItemResult result, long seq) {
    static Attempt rejected(Problem problem) {
      return new Attempt(ItemResult.rejected(problem), -1);
    }
  }
}
