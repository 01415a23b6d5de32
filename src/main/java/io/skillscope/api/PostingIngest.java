package io.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillscope.posting.PostingService;
import io.skillscope.posting.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;

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
  private final PostingJson json;
  private final StoreConfig config;

  public PostingIngest(
      PostingService postings, ObjectMapper mapper, PostingJson json, StoreConfig config) {
    this.postings = postings;
    this.mapper = mapper;
    this.json = json;
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
    // Every item is handed to the ingestion pool first, then collected in order.
    List<CompletableFuture<Attempt>> started = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      started.add(start(item));
    }
    List<ItemResult> results = new ArrayList<>(items.size());
    long last = -1;
    for (int i = 0; i < started.size(); i++) {
      Attempt attempt = join(started.get(i));
      last = Math.max(last, attempt.seq());
      results.add(attempt.result().atIndex(i));
    }
    postings.awaitDurable(last);
    return results;
  }

  /**
   * Reads NDJSON line by line and writes one result line per non-blank line, a chunk at a time
   * after the chunk's commit, then a summary line. Lines are extracted on the ingestion pool while
   * the next ones are read: up to two chunks are in flight, so memory holds two chunks, whatever
   * the length of the stream. Results go out as they come while {@code clientReading} says the
   * connection takes them without blocking, and wait in a temporary file once it does not ({@link
   * StreamAnswer}).
   */
  void stream(InputStream body, OutputStream out, BooleanSupplier clientReading)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Map<String, Long> counts = new LinkedHashMap<>();
    int chunk = config.streamChunk();
    ArrayDeque<Line> inFlight = new ArrayDeque<>(2 * chunk);
    try (StreamAnswer answer = new StreamAnswer(writer, clientReading)) {
      long lineNumber = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        inFlight.add(new Line(lineNumber, startLine(line)));
        if (inFlight.size() == 2 * chunk) {
          flush(inFlight, chunk, answer, counts);
        }
      }
      flush(inFlight, inFlight.size(), answer, counts);
      Summary summary =
          new Summary(
              counts.values().stream().mapToLong(Long::longValue).sum(),
              counts.getOrDefault("created", 0L),
              counts.getOrDefault("unchanged", 0L),
              counts.getOrDefault("updated", 0L),
              counts.getOrDefault("rejected", 0L));
      answer.finish(mapper.writeValueAsString(Map.of("summary", summary)));
    }
  }

  /** A stream line being ingested. */
  private record Line(long number, CompletableFuture<Attempt> attempt) {}

  /** Answers the first {@code n} lines in flight, once their changes are durable. */
  private void flush(
      ArrayDeque<Line> inFlight, int n, StreamAnswer answer, Map<String, Long> counts)
      throws IOException {
    List<ItemResult> results = new ArrayList<>(n);
    long last = -1;
    for (int i = 0; i < n; i++) {
      Line line = inFlight.poll();
      Attempt attempt = join(line.attempt());
      last = Math.max(last, attempt.seq());
      results.add(attempt.result().atLine(line.number()));
    }
    postings.awaitDurable(last);
    for (ItemResult result : results) {
      counts.merge(result.status(), 1L, Long::sum);
      answer.line(mapper.writeValueAsString(result));
    }
  }

  private CompletableFuture<Attempt> startLine(String line) {
    return start(json.read(line));
  }

  /** Reads one item here, then hands it to the ingestion pool; a bad item is rejected at once. */
  private CompletableFuture<Attempt> start(JsonNode node) {
    return start(json.read(node));
  }

  private CompletableFuture<Attempt> start(PostingJson.Read read) {
    if (read.problem() != null) {
      return CompletableFuture.completedFuture(Attempt.rejected(read.problem()));
    }
    return postings
        .submitAsync(read.draft())
        .thenApply(ingested -> new Attempt(ItemResult.of(ingested), ingested.seq()));
  }

  /**
   * The attempt's outcome; a posting the service refuses on its own (a {@link ProblemException}) is
   * a rejected item, anything else fails the request as it would have on the request thread.
   */
  private static Attempt join(CompletableFuture<Attempt> attempt) {
    try {
      return attempt.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ProblemException problem) {
        return Attempt.rejected(problem.problem());
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private record Attempt(ItemResult result, long seq) {
    static Attempt rejected(Problem problem) {
      return new Attempt(ItemResult.rejected(problem), -1);
    }
  }
}
