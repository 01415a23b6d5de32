package io.skillscope.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.skillscope.demand.Cooccurrence;
import io.skillscope.demand.DemandConfig;
import io.skillscope.demand.DemandFilter;
import io.skillscope.demand.DemandReport;
import io.skillscope.demand.DemandService;
import io.skillscope.demand.Interval;
import io.skillscope.demand.Trends;
import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.OpenNlpModels;
import io.skillscope.extraction.SkillExtractor;
import io.skillscope.posting.Posting;
import io.skillscope.posting.PostingStore;
import io.skillscope.taxonomy.Taxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The demand benchmark ({@code ./mvnw -Pbench-demand test-compile exec:exec}, {@code
 * -Dbench.postings=N}): builds an index of N postings (default 1,000,000) through the store, not
 * HTTP, from copies of the real corpus: each copy gets a random day over two years (one in ten
 * without {@code postedAt}, dated by its ingestion) and one of 2,000 companies. Each real posting
 * is extracted once and its skills reused by its copies. Then times demand, filtered demand,
 * monthly trends and co-occurrence (median and p90 over repeated runs after a warm-up) and checks
 * their counts against brute force over the generated postings' attributes, kept in arrays.
 */
public final class DemandBenchmark {

  private static final LocalDate FIRST_DAY = LocalDate.parse("2024-11-25");
  private static final int DAYS = 730;
  private static final int COMPANIES = 2_000;
  private static final int RUNS = 21;

  private final int[] base;
  private final int[] day;
  private final int[] company;
  private final List<List<ExtractedSkill>> skills;

  private DemandBenchmark(int n, List<List<ExtractedSkill>> skills) {
    this.base = new int[n];
    this.day = new int[n];
    this.company = new int[n];
    this.skills = skills;
  }

  public static void main(String[] args) throws Exception {
    int n =
        Integer.parseInt(
            System.getProperty("bench.postings", args.length > 0 ? args[0] : "1000000"));
    Taxonomy taxonomy = Corpus.taxonomy();
    List<Corpus.Posting> corpus = Corpus.postings();
    System.out.printf(
        Locale.ROOT,
        "Machine: %d cores, %s %s; taxonomy %s (%d skills); %,d corpus postings%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        taxonomy.version(),
        taxonomy.skills().size(),
        corpus.size());

    long t0 = System.nanoTime();
    SkillExtractor extractor = SkillExtractor.create(taxonomy, OpenNlpModels.load());
    List<List<ExtractedSkill>> extracted = new ArrayList<>();
    for (Corpus.Posting p : corpus) {
      extracted.add(extractor.extract(p.description()).skills());
    }
    System.out.printf(
        Locale.ROOT, "Extracted the corpus once: %.1f s%n", (System.nanoTime() - t0) / 1e9);

    DemandBenchmark bench = new DemandBenchmark(n, extracted);
    // -Dbench.index=DIR keeps the index, and a later run with the same N reuses it (the postings'
    // attributes are regenerated from the same seed for the brute-force check).
    String kept = System.getProperty("bench.index", "");
    Path dir =
        kept.isBlank() ? Files.createTempDirectory("skillscope-demand-bench") : Path.of(kept);
    ObjectMapper mapper =
        JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    try (PostingStore store = PostingStore.open(dir, mapper)) {
      boolean reuse = store.count(null) == n;
      t0 = System.nanoTime();
      bench.fill(reuse ? null : store, corpus, taxonomy.version());
      double seconds = (System.nanoTime() - t0) / 1e9;
      long size = store.sizeOnDisk();
      System.out.printf(
          Locale.ROOT,
          "%s %,d postings%s; index %,.0f MB (%,d bytes/posting)%n%n",
          reuse ? "Reused an index of" : "Indexed",
          n,
          reuse ? "" : String.format(Locale.ROOT, " in %.0f s (%,.0f/s)", seconds, n / seconds),
          size / 1e6,
          size / n);
      bench.measure(new DemandService(store, taxonomy, config()));
    } finally {
      if (kept.isBlank()) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /** Generates the postings' attributes and, unless {@code store} is null, writes the postings. */
  private void fill(PostingStore store, List<Corpus.Posting> corpus, String version) {
    Random random = new Random(7);
    long last = -1;
    for (int i = 0; i < base.length; i++) {
      base[i] = random.nextInt(corpus.size());
      day[i] = random.nextInt(DAYS);
      // Skewed like real hiring: a few companies post much more than the rest.
      company[i] = (int) (COMPANIES * Math.pow(random.nextDouble(), 3));
      boolean dated = random.nextInt(10) > 0;
      if (store == null) {
        continue;
      }
      Corpus.Posting real = corpus.get(base[i]);
      LocalDate date = FIRST_DAY.plusDays(day[i]);
      Posting p =
          new Posting(
              "bench-" + i,
              null,
              real.title(),
              companyName(company[i]),
              real.location(),
              dated ? date : null,
              null,
              real.description(),
              version,
              skills.get(base[i]),
              date.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(i % 86_400),
              null);
      last = Math.max(last, store.write(p));
    }
    if (store != null) {
      store.awaitDurable(last);
    }
  }

  private static String companyName(int c) {
    return "Company " + c;
  }

  private void measure(DemandService demand) {
    LocalDate from = FIRST_DAY.plusDays(365);
    LocalDate to = FIRST_DAY.plusDays(365 + 90);
    DemandFilter filtered = new DemandFilter(from, to, null, null, "title:engineer", null, null);
    DemandFilter oneCompany = new DemandFilter(from, to, companyName(0), null, null, null, null);
    String top = demand.demand(DemandFilter.NONE, 1).skills().get(0).id();

    System.out.println("| query | p50 ms | p90 ms | result |");
    System.out.println("|---|---:|---:|---|");
    time(
        "demand, all postings",
        () -> demand.demand(DemandFilter.NONE, null),
        r -> r.totalPostings() + " postings, " + r.skills().size() + " skills");
    time(
        "demand, 3 months + q=title:engineer",
        () -> demand.demand(filtered, null),
        r -> r.totalPostings() + " postings");
    time(
        "demand, 3 months + one company",
        () -> demand.demand(oneCompany, null),
        r -> r.totalPostings() + " postings");
    time(
        "trends by month, top 10 skills",
        () -> demand.trends(DemandFilter.NONE, Interval.MONTH, List.of(), 10),
        r -> r.buckets().size() + " buckets");
    time(
        "co-occurrence of " + top + ", top 10",
        () -> demand.cooccurrence(DemandFilter.NONE, top, 10),
        r -> r.postings() + " postings");
    time(
        "top pairs by lift, minSupport 1000",
        () -> demand.pairs(DemandFilter.NONE, 1000, 10),
        r -> r.pairs().size() + " pairs");

    System.out.println();
    check(demand, top, from, to);
  }

  private static <T> void time(
      String name, Supplier<T> query, java.util.function.Function<T, String> describe) {
    for (int i = 0; i < 5; i++) {
      query.get();
    }
    double[] ms = new double[RUNS];
    T result = null;
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      result = query.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %s |%n",
        name,
        ms[RUNS / 2],
        ms[RUNS * 9 / 10],
        describe.apply(result));
  }

  /**
   * Brute force over the generated attributes: every skill of demand, a filtered demand, sampled
   * trends and pairs.
   */
  private void check(DemandService demand, String top, LocalDate from, LocalDate to) {
    int checked = 0;
    DemandReport all = demand.demand(DemandFilter.NONE, null);
    checked += compare("demand", all, i -> true);
    int first = (int) (from.toEpochDay() - FIRST_DAY.toEpochDay());
    int last = (int) (to.toEpochDay() - FIRST_DAY.toEpochDay());
    DemandReport company0 =
        demand.demand(new DemandFilter(from, to, companyName(0), null, null, null, null), null);
    checked +=
        compare(
            "company 0, 3 months",
            company0,
            i -> company[i] == 0 && day[i] >= first && day[i] <= last);

    Trends trends = demand.trends(DemandFilter.NONE, Interval.MONTH, List.of(top), 10);
    Map<LocalDate, long[]> expected = new HashMap<>();
    for (int i = 0; i < base.length; i++) {
      long[] counts =
          expected.computeIfAbsent(
              Interval.MONTH.start(FIRST_DAY.plusDays(day[i])), d -> new long[2]);
      counts[0]++;
      counts[1] += has(i, top) ? 1 : 0;
    }
    for (Trends.Bucket bucket : trends.buckets()) {
      long[] counts = expected.getOrDefault(bucket.start(), new long[2]);
      require(
          bucket.postings() == counts[0] && bucket.skills().get(0).count() == counts[1],
          "trend " + bucket);
      checked += 2;
    }

    Cooccurrence co = demand.cooccurrence(DemandFilter.NONE, top, 10);
    for (Cooccurrence.Cooccurring other : co.cooccurring()) {
      long both = 0;
      for (int i = 0; i < base.length; i++) {
        both += has(i, top) && has(i, other.id()) ? 1 : 0;
      }
      require(
          other.count() == both,
          "co-occurrence " + top + "+" + other.id() + ": " + other.count() + " vs " + both);
      checked++;
    }
    System.out.printf(Locale.ROOT, "Brute-force check: %d counts equal%n", checked);
  }

  private int compare(String name, DemandReport report, IntPredicate matches) {
    Map<String, Long> expected = new HashMap<>();
    long total = 0;
    for (int i = 0; i < base.length; i++) {
      if (matches.test(i)) {
        total++;
        for (ExtractedSkill s : skills.get(base[i])) {
          expected.merge(s.id(), 1L, Long::sum);
        }
      }
    }
    require(
        report.totalPostings() == total,
        name + " total " + report.totalPostings() + " vs " + total);
    Map<String, Long> actual = new HashMap<>();
    report.skills().forEach(s -> actual.put(s.id(), s.postings()));
    require(actual.equals(expected), name + " skills " + actual + " vs " + expected);
    return 1 + expected.size();
  }

  private boolean has(int i, String skill) {
    for (ExtractedSkill s : skills.get(base[i])) {
      if (s.id().equals(skill)) {
        return true;
      }
    }
    return false;
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("count differs from brute force: " + what);
    }
  }

  private static DemandConfig config() {
    return DemandConfig.defaults();
  }
}
