package io.skillscope.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillscope.extraction.OpenNlpModels;
import io.skillscope.extraction.SkillExtractor;
import io.skillscope.taxonomy.TaxonomyLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The ingest benchmark ({@code ./mvnw -Pbench-ingest exec:exec}, after {@code package}): first the
 * raw extraction throughput on all cores in this JVM, the yardstick; then the packaged
 * service is started on a fresh store, warmed up with whole passes of the corpus through every
 * mode, and the corpus is sent again ({@code bench.passes} times, under new ids) one posting a
 * request from {@code clients} clients, in batches, and as one NDJSON stream; every answer is a
 * durable acknowledgement. Reports postings/s, p50/p99 latency per request, the service's CPU per
 * posting (by thread pool, from /proc on Linux) and the index size per posting. Client and service
 * share the machine's cores, as they would not in production, so the HTTP figures are a floor.
 *
 * <p>Properties: {@code bench.warmups} (passes per mode, default 4), {@code bench.passes}
 * (measured, default 3), {@code bench.modes} (single,minimal,batch,stream), {@code bench.batch}
 * (postings a batch, default 100), {@code bench.serviceArgs} (extra service JVM options, e.g. a
 * flight recording).
 *
 * <p>Arguments: {@code [clients] [taxonomy.yaml]}; the taxonomy defaults to {@code
 * models/taxonomy.yaml} when present, else the tests' small one.
 */
public final class IngestBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    Path taxonomy =
        args.length > 1
            ? Path.of(args[1])
            : Files.exists(Path.of("models/taxonomy.yaml"))
                ? Path.of("models/taxonomy.yaml")
                : Path.of("src/test/resources/posting/postings-taxonomy.yaml");
    List<Corpus.Posting> postings = Corpus.postings();
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "Machine: %d cores, %s %s; taxonomy %s; %d postings%n%n",
        cores,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        taxonomy,
        postings.size());

    double raw = rawExtraction(taxonomy, postings, cores);
    System.out.printf(
        Locale.ROOT, "Raw extraction, %d threads, in process: %,.0f postings/s%n", cores, raw);

    List<String> jvm = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
    // Extra service JVM options, e.g. a flight recording: -Dbench.serviceArgs="-XX:..."
    String extra = System.getProperty("bench.serviceArgs", "").strip();
    if (!extra.isEmpty()) {
      jvm.addAll(Arrays.asList(extra.split("\\s+")));
    }
    try (PackagedService service =
        PackagedService.start(
            "skillscope-bench-ingest",
            jvm,
            List.of("-Dskillscope.taxonomy.path=" + taxonomy.toAbsolutePath()))) {
      int port = service.port();
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      Sender sender = new Sender(http, port, clients, Integer.getInteger("bench.batch", 100));
      // Warm-up: whole passes under other ids through every mode, so the measured passes see a
      // compiled service (the JIT takes a third of the service's CPU through the first few
      // thousand postings) and a store that already holds postings, as a service running all
      // day would.
      int warmups = Integer.getInteger("bench.warmups", 4);
      int measured = Integer.getInteger("bench.passes", 3);
      // -Dbench.modes=single,minimal,batch,stream (the default: all four)
      List<Mode> modes =
          Arrays.stream(System.getProperty("bench.modes", "single,minimal,batch,stream").split(","))
              .map(m -> Mode.valueOf(m.strip().toUpperCase(Locale.ROOT)))
              .toList();
      for (int w = 0; w < warmups; w++) {
        for (Mode mode : modes) {
          sender.send(mode, bodies(postings, "warm" + w + "-" + mode + "-"));
        }
      }
      System.out.println();
      System.out.println(
          "| mode | clients | postings/s | p50 ms | p99 ms | vs raw extraction"
              + " | service CPU ms/posting |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|");
      Map<Mode, Map<String, Long>> byThread = new java.util.EnumMap<>(Mode.class);
      for (Mode mode : modes) {
        // Request bodies are encoded before the clock starts: a sender holds its postings already.
        // Several passes, so the window holds many refreshes and merges, not one's luck.
        List<List<byte[]>> passes = new ArrayList<>();
        for (int p = 0; p < measured; p++) {
          passes.add(bodies(postings, mode + "-" + p + "-"));
        }
        Duration cpu0 = cpu(service.process());
        Map<String, Long> threads0 = threadTicks(service.pid());
        long t0 = System.nanoTime();
        long[] latencies = new long[0];
        for (List<byte[]> pass : passes) {
          long[] more = sender.send(mode, pass);
          latencies =
              java.util.stream.LongStream.concat(Arrays.stream(latencies), Arrays.stream(more))
                  .toArray();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Duration serviceCpu = cpu(service.process()).minus(cpu0);
        Map<String, Long> threads1 = threadTicks(service.pid());
        threads1.replaceAll((group, ticks) -> ticks - threads0.getOrDefault(group, 0L));
        byThread.put(mode, threads1);
        Arrays.sort(latencies);
        long sent = (long) postings.size() * measured;
        double rate = sent / seconds;
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %,.0f | %.1f | %.1f | %.0f%% | %.2f |%n",
            mode.label(sender),
            mode.clients(sender),
            rate,
            latencies[latencies.length / 2] / 1e6,
            latencies[(int) (latencies.length * 0.99)] / 1e6,
            100 * rate / raw,
            serviceCpu.toNanos() / 1e6 / sent);
      }
      long size;
      try (Stream<Path> files = Files.list(service.store())) {
        size = files.mapToLong(f -> f.toFile().length()).sum();
      }
      long stored = (long) postings.size() * modes.size() * (warmups + measured);
      System.out.printf(
          Locale.ROOT,
          "%nRaw extraction costs %.2f CPU ms a posting here; the index holds %,d bytes a posting"
              + " (%,d postings).%n",
          cores * 1e3 / raw,
          size / stored,
          stored);
      // Where the service's CPU went, by thread pool (Linux only: read from /proc).
      System.out.println(
          "Service CPU ms a posting by thread pool (threads that ended are missed):");
      for (Map.Entry<Mode, Map<String, Long>> entry : byThread.entrySet()) {
        StringBuilder line =
            new StringBuilder("  " + entry.getKey().name().toLowerCase(Locale.ROOT) + ":");
        entry.getValue().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(6)
            .forEach(
                e ->
                    line.append(
                        String.format(
                            Locale.ROOT,
                            " %s %.2f;",
                            e.getKey(),
                            e.getValue() * 10.0 / postings.size() / measured)));
        System.out.println(line);
      }
    }
  }

  /** How postings are sent: one a request, arrays of {@code bench.batch}, or one NDJSON stream. */
  private enum Mode {
    SINGLE,
    MINIMAL,
    BATCH,
    STREAM;

    String label(Sender sender) {
      return switch (this) {
        case SINGLE -> "`POST /api/v1/postings`";
        case MINIMAL -> "`POST /api/v1/postings`, `Prefer: return=minimal`";
        case BATCH -> "`POST /api/v1/postings/batch` of " + sender.batch;
        case STREAM -> "`POST /api/v1/postings/stream`, one body";
      };
    }

    int clients(Sender sender) {
      return switch (this) {
        case SINGLE, MINIMAL -> sender.clients;
        case BATCH -> sender.batchClients();
        case STREAM -> 1;
      };
    }
  }

  /** One JSON body per posting, its externalId prefixed so that each pass stores new postings. */
  private static List<byte[]> bodies(List<Corpus.Posting> postings, String prefix)
      throws IOException {
    List<byte[]> bodies = new ArrayList<>(postings.size());
    for (Corpus.Posting p : postings) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("externalId", prefix + p.id());
      body.put("title", p.title().isBlank() ? "(untitled)" : p.title());
      body.put("company", p.company());
      body.put("location", p.location());
      body.put("description", p.description());
      bodies.add(JSON.writeValueAsBytes(body));
    }
    return bodies;
  }

  /** Sends postings over HTTP; every answer is a durable acknowledgement. */
  private record Sender(HttpClient http, int port, int clients, int batch) {

    /**
     * Batches carry many postings each: four clients keep the service's pool busy while one waits
     * for its commit.
     */
    int batchClients() {
      return Math.min(clients, 4);
    }

    /** Sends every body; returns the latency of each request, in ns. */
    long[] send(Mode mode, List<byte[]> bodies) throws Exception {
      return switch (mode) {
        case SINGLE -> parallel(bodies.size(), clients, i -> post("", bodies.get(i), false));
        case MINIMAL -> parallel(bodies.size(), clients, i -> post("", bodies.get(i), true));
        case BATCH -> {
          int requests = (bodies.size() + batch - 1) / batch;
          yield parallel(
              requests,
              batchClients(),
              r ->
                  post(
                      "/batch",
                      array(bodies.subList(r * batch, Math.min(bodies.size(), (r + 1) * batch))),
                      false));
        }
        case STREAM -> new long[] {stream(bodies)};
      };
    }

    private long[] parallel(int requests, int threads, RequestSender send) throws Exception {
      long[] latencies = new long[requests];
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < threads; c++) {
          done.add(
              pool.submit(
                  () -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                      latencies[i] = send.send(i);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      return latencies;
    }

    private static byte[] array(List<byte[]> items) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      out.write('[');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.writeBytes(items.get(i));
      }
      out.write(']');
      return out.toByteArray();
    }

    private long stream(List<byte[]> bodies) throws IOException, InterruptedException {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (byte[] body : bodies) {
        out.writeBytes(body);
        out.write('\n');
      }
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/postings/stream"))
              .header("Content-Type", "application/x-ndjson")
              .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
              .build();
      long t0 = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - t0;
      String summary = response.body().lines().reduce((a, b) -> b).orElse("");
      if (response.statusCode() != 200 || !summary.contains("\"rejected\":0")) {
        System.err.println("stream: HTTP " + response.statusCode() + " " + summary);
      }
      return took;
    }

    private long post(String path, byte[] body, boolean minimal)
        throws IOException, InterruptedException {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/postings" + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      if (minimal) {
        builder.header("Prefer", "return=minimal");
      }
      HttpRequest request = builder.build();
      long t0 = System.nanoTime();
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (java.net.ConnectException e) {
        // A connection the client pool had open and the server closed meanwhile: retried once,
        // which is safe because ingestion is idempotent.
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      }
      long took = System.nanoTime() - t0;
      if (response.statusCode() / 100 != 2 || response.body().contains("\"rejected\"")) {
        System.err.println(path + ": HTTP " + response.statusCode());
      }
      return took;
    }
  }

  @FunctionalInterface
  private interface RequestSender {
    long send(int request) throws IOException, InterruptedException;
  }

  /** CPU time the service process has used so far (zero where the platform does not tell). */
  private static Duration cpu(Process service) {
    return service.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /**
   * CPU ticks (1/100 s) used so far by the service's threads, summed by thread name without its
   * number ("executor-thread", "Lucene Merge Thread", "C2 CompilerThread"); empty without /proc.
   * Threads that ended between two readings are missed, so the groups add up to a floor.
   */
  static Map<String, Long> threadTicks(long pid) {
    Map<String, Long> ticks = new java.util.TreeMap<>();
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    if (!Files.isDirectory(tasks)) {
      return ticks;
    }
    try (Stream<Path> all = Files.list(tasks)) {
      for (Path task : all.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          String stat = Files.readString(task.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          ticks.merge(name.replaceAll("[\\s#]*\\d+$", ""), used, Long::sum);
        } catch (IOException | RuntimeException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      return ticks;
    }
    return ticks;
  }

  private static double rawExtraction(Path taxonomy, List<Corpus.Posting> postings, int threads)
      throws Exception {
    SkillExtractor extractor =
        SkillExtractor.create(TaxonomyLoader.load(taxonomy), OpenNlpModels.load());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      double best = 0;
      for (int pass = 0; pass < 4; pass++) {
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          done.add(
              pool.submit(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < postings.size();
                        i = next.getAndIncrement()) {
                      extractor.extract(postings.get(i).description());
                    }
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
        double rate = postings.size() / ((System.nanoTime() - t0) / 1e9);
        if (pass > 0) {
          best = Math.max(best, rate);
        }
      }
      return best;
    } finally {
      pool.shutdown();
    }
  }

  private IngestBenchmark() {}
}
