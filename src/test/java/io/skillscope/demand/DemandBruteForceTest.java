package io.skillscope.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.posting.Posting;
import io.skillscope.posting.PostingStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every count equals a brute-force count over the same random postings, held in a plain list. */
class DemandBruteForceTest {

  private static final List<String> SKILLS = List.of("python", "sql", "java", "spark", "docker");
  private static final List<String> COMPANIES = List.of("Acme", "Globex", "Initech");
  private static final LocalDate EPOCH = LocalDate.parse("2025-06-01");

  @TempDir Path dir;
  PostingStore store;
  DemandService demand;
  List<Posting> postings = new ArrayList<>();

  @BeforeEach
  void fill() {
    store = DemandFixtures.store(dir);
    demand = new DemandService(store, DemandFixtures.TAXONOMY, DemandFixtures.CONFIG);
    Random random = new Random(42);
    for (int i = 0; i < 400; i++) {
      List<String> skills = SKILLS.stream().filter(s -> random.nextInt(3) == 0).toList();
      LocalDate day = EPOCH.plusDays(random.nextInt(300));
      boolean dated = random.nextInt(5) > 0;
      postings.add(
          DemandFixtures.posting(
              "Job " + i,
              COMPANIES.get(random.nextInt(COMPANIES.size())),
              "Berlin",
              dated ? day : null,
              day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600),
              skills));
    }
    DemandFixtures.writeAll(store, postings);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void demandMatchesBruteForce() {
    check(DemandFilter.NONE, p -> true);
    LocalDate from = EPOCH.plusDays(50);
    LocalDate to = EPOCH.plusDays(120);
    check(
        new DemandFilter(from, to, "globex", null, null, null, null),
        p -> p.company().equals("Globex") && !day(p).isBefore(from) && !day(p).isAfter(to));
  }

  @Test
  void monthlyTrendsMatchBruteForce() {
    Trends trends = demand.trends(DemandFilter.NONE, Interval.MONTH, SKILLS, 10);
    long total = 0;
    for (Trends.Bucket bucket : trends.buckets()) {
      LocalDate start = bucket.start();
      Predicate<Posting> inBucket = p -> Interval.MONTH.start(day(p)).equals(start);
      assertThat(bucket.postings()).as("postings in %s", start).isEqualTo(count(inBucket));
      for (Trends.SkillCount skill : bucket.skills()) {
        assertThat(skill.count())
            .as("%s in %s", skill.id(), start)
            .isEqualTo(count(inBucket.and(p -> has(p, skill.id()))));
      }
      total += bucket.postings();
    }
    assertThat(total).isEqualTo(postings.size());
  }

  @Test
  void cooccurrenceAndPairsMatchBruteForce() {
    for (String skill : SKILLS) {
      Cooccurrence result = demand.cooccurrence(DemandFilter.NONE, skill, 10);
      assertThat(result.postings()).isEqualTo(count(p -> has(p, skill)));
      assertThat(result.cooccurring()).hasSize(SKILLS.size() - 1);
      for (Cooccurrence.Cooccurring other : result.cooccurring()) {
        long both = count(p -> has(p, skill) && has(p, other.id()));
        assertThat(other.count()).isEqualTo(both);
        assertThat(other.lift())
            .isEqualTo(
                DemandService.lift(
                    both, postings.size(), result.postings(), count(p -> has(p, other.id()))));
      }
    }
    SkillPairs pairs = demand.pairs(DemandFilter.NONE, 1, 100);
    assertThat(pairs.pairs()).hasSize(SKILLS.size() * (SKILLS.size() - 1) / 2);
    for (SkillPairs.Pair pair : pairs.pairs()) {
      String a = pair.skills().get(0);
      String b = pair.skills().get(1);
      assertThat(pair.count()).isEqualTo(count(p -> has(p, a) && has(p, b)));
    }
  }

  private void check(DemandFilter filter, Predicate<Posting> matches) {
    DemandReport report = demand.demand(filter, null);
    assertThat(report.totalPostings()).isEqualTo(count(matches));
    Map<String, Long> expected = new HashMap<>();
    for (String skill : SKILLS) {
      long n = count(matches.and(p -> has(p, skill)));
      if (n > 0) {
        expected.put(skill, n);
      }
    }
    Map<String, Long> actual = new HashMap<>();
    report.skills().forEach(s -> actual.put(s.id(), s.postings()));
    assertThat(actual).isEqualTo(expected);
    for (DemandReport.CategoryDemand category : report.categories()) {
      assertThat(category.postings())
          .isEqualTo(
              count(
                  matches.and(
                      p ->
                          p.skills().stream()
                              .anyMatch(s -> s.category().equals(category.category())))));
    }
  }

  private long count(Predicate<Posting> predicate) {
    return postings.stream().filter(predicate).count();
  }

  private static boolean has(Posting p, String skill) {
    return p.skills().stream().map(ExtractedSkill::id).anyMatch(skill::equals);
  }

  private static LocalDate day(Posting p) {
    return p.postedAt() != null
        ? p.postedAt()
        : LocalDate.ofInstant(p.ingestedAt(), ZoneOffset.UTC);
  }
}
