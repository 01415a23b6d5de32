package io.skillscope.tools;

import io.skillscope.extraction.OpenNlpModels;
import io.skillscope.extraction.SkillExtractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The extraction benchmark ({@code ./mvnw -Pbench test-compile exec:exec}): the whole pipeline over
 * every posting of the shared corpus, on one thread and on all cores. Warm-up passes first, then
 * five measured passes; throughput is the median pass, latency percentiles are over every posting
 * of the measured passes. Run with a fixed, pre-touched heap (the profile does) because this VM's
 * allocation-heavy timings otherwise spread up to 2×.
 */
public final class Benchmark {

  private static final int WARMUP_PASSES = 3;
  private static final int MEASURED_PASSES = 5;

  public static void main(String[] args) throws Exception {
    List<String> texts = Corpus.postings().stream().map(Corpus.Posting::description).toList();
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    long start = System.nanoTime();
    SkillExtractor extractor = SkillExtractor.create(Corpus.taxonomy(), OpenNlpModels.load());
    double loadMs = (System.nanoTime() - start) / 1e6;
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "Machine: %d cores, %s %s, heap %d MB; start-up (models + dictionary) %.0f ms%n",
        cores,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        loadMs);
    System.out.printf(
        Locale.ROOT,
        "Corpus: %d postings, %.1f MB (UTF-8), %.1f KB per posting%n%n",
        texts.size(),
        bytes / 1e6,
        bytes / 1e3 / texts.size());

    for (int i = 0; i < WARMUP_PASSES; i++) {
      singleThreadPass(extractor, texts, null);
    }
    long[] latencies = new long[texts.size() * MEASURED_PASSES];
    double[] single = new double[MEASURED_PASSES];
    long sink = 0;
    for (int i = 0; i < MEASURED_PASSES; i++) {
      long[] pass = new long[texts.size()];
      long t0 = System.nanoTime();
      sink += singleThreadPass(extractor, texts, pass);
      single[i] = (System.nanoTime() - t0) / 1e9;
      System.arraycopy(pass, 0, latencies, i * texts.size(), pass.length);
    }
    Arrays.sort(latencies);
    double singleSeconds = median(single);
    System.out.println("| threads | postings/s | MB/s | p50 ms | p99 ms |");
    System.out.println("|---:|---:|---:|---:|---:|");
    System.out.printf(
        Locale.ROOT,
        "| 1 | %,.0f | %.1f | %.3f | %.3f |%n",
        texts.size() / singleSeconds,
        bytes / 1e6 / singleSeconds,
        latencies[latencies.length / 2] / 1e6,
        latencies[(int) (latencies.length * 0.99)] / 1e6);

    for (int threads = 2; threads <= Math.max(2, cores); threads *= 2) {
      double[] multi = new double[MEASURED_PASSES];
      try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        for (int i = 0; i < WARMUP_PASSES; i++) {
          sink += parallelPass(pool, threads, extractor, texts);
        }
        for (int i = 0; i < MEASURED_PASSES; i++) {
          long t0 = System.nanoTime();
          sink += parallelPass(pool, threads, extractor, texts);
          multi[i] = (System.nanoTime() - t0) / 1e9;
        }
      }
      double seconds = median(multi);
      System.out.printf(
          Locale.ROOT,
          "| %d | %,.0f | %.1f | | |%n",
          threads,
          texts.size() / seconds,
          bytes / 1e6 / seconds);
      System.out.printf(
          Locale.ROOT, "%nSpeed-up on %d threads: %.2f×%n", threads, singleSeconds / seconds);
    }
    System.out.println("(checksum " + sink + ")");
  }

  private static long singleThreadPass(
      SkillExtractor extractor, List<String> texts, long[] latencies) {
    long sink = 0;
    for (int i = 0; i < texts.size(); i++) {
      long t0 = System.nanoTime();
      sink += extractor.extract(texts.get(i)).skills().size();
      if (latencies != null) {
        latencies[i] = System.nanoTime() - t0;
      }
    }
    return sink;
  }

  private static long parallelPass(
      ExecutorService pool, int threads, SkillExtractor extractor, List<String> texts)
      throws Exception {
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      parts.add(
          pool.submit(
              () -> {
                long sink = 0;
                for (int i = offset; i < texts.size(); i += threads) {
                  sink += extractor.extract(texts.get(i)).skills().size();
                }
                return sink;
              }));
    }
    long sink = 0;
    for (Future<Long> part : parts) {
      sink += part.get();
    }
    return sink;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
