package io.skillscope.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load test ({@code ./mvnw -B -DskipTests package && ./mvnw -Pload test-compile exec:exec}):
 * starts the packaged fast-jar on a loopback port with a fresh data directory, as the container
 * would run it, then drives it for a fixed time from many concurrent connections with a mix of
 * extract, ingest, search and demand calls built from real corpus postings, and prints throughput,
 * p50/p99 latency and errors per call. Bounded in time and count; loopback only.
 */
public final class LoadTest {

  private record Op(String name, int weight) {}

  private static final List<Op> MIX =
      List.of(
          new Op("extract", 50), new Op("ingest", 20), new Op("search", 15), new Op("demand", 15));

  private static final class Stats {
    final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong errors = new AtomicLong();
    final Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
  }

  public static void main(String[] args) throws Exception {
    int seconds = Integer.getInteger("load.seconds", 60);
    int connections = Integer.getInteger("load.connections", 64);
    List<Corpus.Posting> postings = Corpus.postings();
    try (PackagedService server =
        PackagedService.start(
            "skillscope-load",
            List.of("-Xmx2g"),
            List.of("-Dquarkus.http.access-log.enabled=false"))) {
      int port = server.port();
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      ObjectMapper json = new ObjectMapper();
      Map<String, Stats> stats = new LinkedHashMap<>();
      MIX.forEach(op -> stats.put(op.name(), new Stats()));
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      AtomicLong sequence = new AtomicLong();
      long started = System.nanoTime();
      try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int c = 0; c < connections; c++) {
          Random random = new Random(c);
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  Op op = pick(random);
                  Corpus.Posting p = postings.get(random.nextInt(postings.size()));
                  HttpRequest request =
                      request(op.name(), p, port, json, sequence.incrementAndGet());
                  long t0 = System.nanoTime();
                  Stats s = stats.get(op.name());
                  try {
                    HttpResponse<Void> response =
                        client.send(request, HttpResponse.BodyHandlers.discarding());
                    s.nanos.add(System.nanoTime() - t0);
                    s.statuses
                        .computeIfAbsent(response.statusCode(), k -> new AtomicLong())
                        .incrementAndGet();
                    if (response.statusCode() >= 400) {
                      s.errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    s.errors.incrementAndGet();
                  }
                }
                return null;
              });
        }
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "Load: %d s, %d connections, loopback, packaged jar (%d cores)%n%n",
          seconds,
          connections,
          Runtime.getRuntime().availableProcessors());
      System.out.println("| call | requests | req/s | p50 ms | p99 ms | errors | statuses |");
      System.out.println("|---|---:|---:|---:|---:|---:|---|");
      long total = 0;
      long errors = 0;
      for (Map.Entry<String, Stats> e : stats.entrySet()) {
        List<Long> sorted = new ArrayList<>(e.getValue().nanos);
        Collections.sort(sorted);
        total += sorted.size();
        errors += e.getValue().errors.get();
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %.0f | %.1f | %.1f | %d | %s |%n",
            e.getKey(),
            sorted.size(),
            sorted.size() / elapsed,
            percentile(sorted, 0.50),
            percentile(sorted, 0.99),
            e.getValue().errors.get(),
            e.getValue().statuses);
      }
      System.out.printf(
          Locale.ROOT, "| all | %d | %.0f | | | %d | |%n", total, total / elapsed, errors);
    }
  }

  private static Op pick(Random random) {
    int r = random.nextInt(MIX.stream().mapToInt(Op::weight).sum());
    for (Op op : MIX) {
      r -= op.weight();
      if (r < 0) {
        return op;
      }
    }
    return MIX.getLast();
  }

  private static HttpRequest request(
      String op, Corpus.Posting p, int port, ObjectMapper json, long seq) throws Exception {
    String base = "http://127.0.0.1:" + port;
    return switch (op) {
      case "extract" ->
          post(
              base + "/api/v1/extract",
              json.writeValueAsString(Map.of("text", p.description(), "title", p.title())));
      case "ingest" ->
          post(
              base + "/api/v1/postings",
              json.writeValueAsString(
                  Map.of(
                      "externalId",
                      p.id() + "-" + (seq % 2000),
                      "title",
                      p.title(),
                      "company",
                      p.company(),
                      "location",
                      p.location(),
                      "description",
                      p.description())));
      case "search" ->
          HttpRequest.newBuilder(URI.create(base + "/api/v1/postings?skill=python&size=20"))
              .GET()
              .build();
      default -> HttpRequest.newBuilder(URI.create(base + "/api/v1/demand?top=20")).GET().build();
    };
  }

  private static HttpRequest post(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static double percentile(List<Long> sorted, double q) {
    return sorted.isEmpty()
        ? 0
        : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * q))) / 1e6;
  }
}
