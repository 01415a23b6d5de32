package io.skillscope.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillscope.extraction.OpenNlpModels;
import io.skillscope.extraction.SkillExtractor;
import io.skillscope.taxonomy.TaxonomyLoader;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * The ingest benchmark ({@code ./mvnw -Pbench-ingest package exec:exec}, after {@code package}):
 * first the raw extraction throughput on all cores in this JVM, the yardstick; then the
 * packaged service is started on a fresh store and every corpus posting is POSTed once from
 * concurrent clients, each answer being a durable acknowledgement. Reports postings/s, p50/p99
 * latency and the index size per posting. Client and service share the machine's cores, as they
 * would not in production, so the HTTP figure is a floor.
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

    Path store = Files.createTempDirectory("skillscope-bench-store");
    Process service = null;
    try {
      int port = freePort();
      service = start(port, store, taxonomy);
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      waitReady(http, port);
      // Warm-up: a whole pass under other ids, so the measured pass sees a compiled service (the
      // JIT takes a third of the service's CPU through the first few thousand postings) and a
      // store that already holds postings, as a service running all day would.
      int warmups = Integer.getInteger("bench.warmups", 1);
      for (int w = 0; w < warmups; w++) {
        run(http, port, postings, "warm" + w + "-", clients);
      }
      Duration cpu0 = cpu(service);
      Map<String, Long> threads0 = threadTicks(service.pid());
      long t0 = System.nanoTime();
      long[] latencies = run(http, port, postings, "", clients);
      double seconds = (System.nanoTime() - t0) / 1e9;
      Duration serviceCpu = cpu(service).minus(cpu0);
      Map<String, Long> threads1 = threadTicks(service.pid());
      Arrays.sort(latencies);
      long size;
      try (Stream<Path> files = Files.list(store)) {
        size = files.mapToLong(f -> f.toFile().length()).sum();
      }
      int stored = postings.size() * (warmups + 1);
      double rate = postings.size() / seconds;
      System.out.println();
      System.out.println(
          "| clients | postings/s | p50 ms | p99 ms | vs raw extraction | service CPU ms/posting"
              + " | index bytes/posting |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
      System.out.printf(
          Locale.ROOT,
          "| %d | %,.0f | %.1f | %.1f | %.0f%% | %.2f | %,d |%n",
          clients,
          rate,
          latencies[latencies.length / 2] / 1e6,
          latencies[(int) (latencies.length * 0.99)] / 1e6,
          100 * rate / raw,
          serviceCpu.toNanos() / 1e6 / postings.size(),
          size / stored);
      System.out.printf(
          Locale.ROOT,
          "(raw extraction costs %.2f CPU ms a posting on this machine)%n",
          cores * 1e3 / raw);
      // Where the service's CPU went, by thread pool (Linux only: read from /proc).
      threads1.forEach(
          (group, ticks) -> threads1.put(group, ticks - threads0.getOrDefault(group, 0L)));
      threads1.entrySet().stream()
          .filter(e -> e.getValue() > 0)
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(
              e ->
                  System.out.printf(
                      Locale.ROOT,
                      "  %-22s %.2f CPU ms/posting%n",
                      e.getKey(),
                      e.getValue() * 10.0 / postings.size()));
    } finally {
      if (service != null) {
        service.destroy();
        service.waitFor();
      }
      try (Stream<Path> files = Files.walk(store)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
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
  private static Map<String, Long> threadTicks(long pid) {
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

  private static long[] run(
      HttpClient http, int port, List<Corpus.Posting> postings, String prefix, int clients)
      throws Exception {
    long[] latencies = new long[postings.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < postings.size();
                      i = next.getAndIncrement()) {
                    latencies[i] = post(http, port, postings.get(i), prefix);
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

  private static long post(HttpClient http, int port, Corpus.Posting p, String prefix)
      throws IOException, InterruptedException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("externalId", prefix + p.id());
    body.put("title", p.title().isBlank() ? "(untitled)" : p.title());
    body.put("company", p.company());
    body.put("location", p.location());
    body.put("description", p.description());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/postings"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
            .build();
    long t0 = System.nanoTime();
    HttpResponse<Void> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (java.net.ConnectException e) {
      // A connection the client pool had open and the server closed meanwhile: retried once,
      // which is safe because ingestion is idempotent.
      response = http.send(request, HttpResponse.BodyHandlers.discarding());
    }
    long took = System.nanoTime() - t0;
    if (response.statusCode() / 100 != 2) {
      System.err.println("posting " + p.id() + ": HTTP " + response.statusCode());
    }
    return took;
  }

  private static Process start(int port, Path store, Path taxonomy) throws IOException {
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("no " + jar + ": run ./mvnw package first");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xms1g", "-Xmx1g"));
    // Extra service JVM options, e.g. a flight recording: -Dbench.serviceArgs="-XX:..."
    String extra = System.getProperty("bench.serviceArgs", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(Arrays.asList(extra.split("\\s+")));
    }
    command.addAll(
        List.of(
            "-Dquarkus.http.port=" + port,
            "-Dskillscope.store.path=" + store,
            "-Dskillscope.taxonomy.path=" + taxonomy.toAbsolutePath(),
            "-jar",
            jar.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(store.resolveSibling(store.getFileName() + ".log").toFile())
        .start();
  }

  private static void waitReady(HttpClient http, int port) throws Exception {
    for (int i = 0; i < 600; i++) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/postings?size=1"))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the service did not start");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private IngestBenchmark() {}
}
