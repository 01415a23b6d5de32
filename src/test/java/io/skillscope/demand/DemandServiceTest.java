package io.skillscope.demand;

import static io.skillscope.demand.DemandFixtures.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillscope.posting.InvalidQueryException;
import io.skillscope.posting.PostingStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aggregations on five hand-made postings, every expectation counted by hand. */
class DemandServiceTest {

  @TempDir Path dir;
  PostingStore store;
  DemandService demand;

  @BeforeEach
  void fill() {
    store = DemandFixtures.store(dir);
    demand = new DemandService(store, DemandFixtures.TAXONOMY, DemandFixtures.CONFIG);
    Instant ingested = Instant.parse("2026-04-10T10:00:00Z");
    DemandFixtures.writeAll(
        store,
        List.of(
            posting(
                "Data Engineer",
                "Acme",
                "Berlin",
                day("2026-01-05"),
                ingested,
                List.of("python", "sql", "spark")),
            posting(
                "Backend Developer",
                "Acme",
                "Remote",
                day("2026-01-20"),
                ingested,
                List.of("java", "docker")),
            posting(
                "Data Analyst", "Globex", "Berlin", day("2026-03-02"), ingested, List.of("sql")),
            posting(
                "ML Engineer",
                "Globex",
                "Munich",
                day("2026-03-15"),
                ingested,
                List.of("python", "docker")),
            // No postedAt: counted on the day it was ingested, 2026-04-10.
            posting(
                "Machine Learning Engineer",
                "Initech",
                "Berlin",
                null,
                ingested,
                List.of("python", "spark"))));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void demandCountsPostingsPerSkillMostFirstTiesById() {
    DemandReport report = demand.demand(DemandFilter.NONE, null);

    assertThat(report.totalPostings()).isEqualTo(5);
    assertThat(report.skills())
        .extracting(s -> s.id() + "=" + s.postings())
        .containsExactly("python=3", "docker=2", "spark=2", "sql=2", "java=1");
    assertThat(report.skills().get(0).share()).isEqualTo(0.6);
    assertThat(report.skills().get(0).name()).isEqualTo("Python");
    assertThat(report.skills().get(0).category()).isEqualTo("programming");
    assertThat(report.categories())
        .extracting(c -> c.category() + "=" + c.postings())
        .containsExactly("programming=5", "infrastructure=4");
  }

  @Test
  void topCutsTheSkillTable() {
    assertThat(demand.demand(DemandFilter.NONE, 2).skills())
        .extracting(DemandReport.SkillDemand::id)
        .containsExactly("python", "docker");
  }

  @Test
  void companyLocationAndTextNarrowThePostings() {
    DemandReport acme = demand.demand(filter(null, null, "ACME", null, null, null), null);
    assertThat(acme.totalPostings()).isEqualTo(2);
    assertThat(acme.skills())
        .extracting(s -> s.id() + "=" + s.postings())
        .containsExactly("docker=1", "java=1", "python=1", "spark=1", "sql=1");
    assertThat(acme.skills().get(0).share()).isEqualTo(0.5);

    DemandReport berlin = demand.demand(filter(null, null, null, "berlin", null, null), null);
    assertThat(berlin.totalPostings()).isEqualTo(3);

    DemandReport phrase =
        demand.demand(
            filter(null, null, null, null, "title:\"machine learning engineer\"", null), null);
    assertThat(phrase.totalPostings()).isEqualTo(1);
    assertThat(phrase.skills())
        .extracting(DemandReport.SkillDemand::id)
        .containsExactly("python", "spark");
  }

  @Test
  void datesFallBackToTheIngestionDay() {
    DemandReport spring =
        demand.demand(filter(day("2026-03-01"), null, null, null, null, null), null);
    assertThat(spring.totalPostings()).isEqualTo(3);
    assertThat(spring.skills())
        .extracting(s -> s.id() + "=" + s.postings())
        .containsExactly("python=2", "docker=1", "spark=1", "sql=1");

    DemandReport january =
        demand.demand(filter(day("2026-01-01"), day("2026-01-31"), null, null, null, null), null);
    assertThat(january.totalPostings()).isEqualTo(2);
  }

  @Test
  void categoryKeepsItsSkillsButNotItsShareBase() {
    DemandReport infra =
        demand.demand(filter(null, null, null, null, null, "infrastructure"), null);

    assertThat(infra.totalPostings()).isEqualTo(5);
    assertThat(infra.skills())
        .extracting(s -> s.id() + "=" + s.postings())
        .containsExactly("docker=2", "spark=2");
    assertThat(infra.skills().get(0).share()).isEqualTo(0.4);
    assertThat(infra.categories())
        .extracting(DemandReport.CategoryDemand::postings)
        .containsExactly(4L);
  }

  @Test
  void levelCountsSplitEachSkillsPostingsByItsStrongestLevel() {
    // Every fixture skill is asked for as required.
    DemandReport all = demand.demand(DemandFilter.NONE, null);
    assertThat(all.skills())
        .allSatisfy(
            s -> {
              assertThat(s.required()).isEqualTo(s.postings());
              assertThat(s.preferred() + s.other()).isZero();
            });

    DemandReport required =
        demand.demand(filter(null, null, null, null, null, null, "required"), null);
    assertThat(required.totalPostings()).isEqualTo(5);
    assertThat(required.skills())
        .extracting(s -> s.id() + "=" + s.postings())
        .contains("python=3", "sql=2");
    DemandReport preferred =
        demand.demand(filter(null, null, null, null, null, null, "preferred"), null);
    assertThat(preferred.skills()).isEmpty();
  }

  @Test
  void monthlyTrendsListEmptyMonthsWithZeros() {
    Trends trends = demand.trends(DemandFilter.NONE, Interval.MONTH, List.of("python", "sql"), 10);

    assertThat(trends.buckets())
        .extracting(b -> b.start() + "=" + b.postings())
        .containsExactly("2026-01-01=2", "2026-02-01=0", "2026-03-01=2", "2026-04-01=1");
    assertThat(trends.buckets())
        .extracting(b -> b.skills().get(0).count())
        .containsExactly(1L, 0L, 1L, 1L);
    assertThat(trends.buckets())
        .extracting(b -> b.skills().get(1).count())
        .containsExactly(1L, 0L, 1L, 0L);
    assertThat(trends.buckets().get(0).skills().get(0).share()).isEqualTo(0.5);
    assertThat(trends.buckets().get(1).skills().get(0).share()).isZero();
  }

  @Test
  void trendsFollowTheTopSkillsWhenNoneAreNamed() {
    Trends quarters = demand.trends(DemandFilter.NONE, Interval.QUARTER, List.of(), 2);

    assertThat(quarters.skills()).containsExactly("python", "docker");
    assertThat(quarters.buckets())
        .extracting(b -> b.start() + "=" + b.postings())
        .containsExactly("2026-01-01=4", "2026-04-01=1");
    Trends weeks = demand.trends(DemandFilter.NONE, Interval.WEEK, List.of("java"), 10);
    assertThat(weeks.buckets().get(0).start()).isEqualTo(day("2026-01-05"));
    assertThat(weeks.buckets()).hasSize(14);
  }

  @Test
  void trendsOfNoPostingsHaveNoBuckets() {
    Trends none =
        demand.trends(
            filter(null, null, "Nobody", null, null, null), Interval.MONTH, List.of(), 10);
    assertThat(none.buckets()).isEmpty();
  }

  @Test
  void aTrendOfTooManyBucketsAsksForALongerInterval() {
    DemandConfig threeBuckets =
        new DemandConfig() {
          @Override
          public int trendSkills() {
            return 10;
          }

          @Override
          public int maxTrendSkills() {
            return 50;
          }

          @Override
          public int maxBuckets() {
            return 3;
          }

          @Override
          public int cooccurrenceTop() {
            return 10;
          }

          @Override
          public int minSupport() {
            return 5;
          }
        };
    DemandService small = new DemandService(store, DemandFixtures.TAXONOMY, threeBuckets);

    assertThatThrownBy(() -> small.trends(DemandFilter.NONE, Interval.WEEK, List.of(), 10))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("more than 3 weeks");
    assertThat(small.trends(DemandFilter.NONE, Interval.QUARTER, List.of(), 10).buckets())
        .hasSize(2);
  }

  @Test
  void cooccurrenceGivesJointCountConditionalAndLift() {
    Cooccurrence python = demand.cooccurrence(DemandFilter.NONE, "python", null);

    assertThat(python.postings()).isEqualTo(3);
    assertThat(python.cooccurring())
        .extracting(c -> c.id() + "=" + c.count())
        .containsExactly("spark=2", "docker=1", "sql=1");
    Cooccurrence.Cooccurring spark = python.cooccurring().get(0);
    assertThat(spark.conditional()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(spark.lift()).isCloseTo(2.0 * 5 / (3 * 2), within(1e-9));
  }

  @Test
  void pairsAreRankedByLiftAboveTheMinimumSupport() {
    SkillPairs pairs = demand.pairs(DemandFilter.NONE, 1, 3);
    assertThat(pairs.pairs())
        .extracting(p -> String.join("+", p.skills()) + "=" + p.count())
        .containsExactly("docker+java=1", "python+spark=2", "spark+sql=1");
    assertThat(pairs.pairs().get(0).lift()).isCloseTo(2.5, within(1e-9));

    assertThat(demand.pairs(DemandFilter.NONE, 2, 10).pairs())
        .extracting(p -> String.join("+", p.skills()))
        .containsExactly("python+spark");
  }

  @Test
  void unknownSkillsAreNamedWithTheNearestIds() {
    assertThatThrownBy(() -> demand.cooccurrence(DemandFilter.NONE, "pyton", null))
        .isInstanceOf(UnknownSkillException.class)
        .hasMessageContaining("\"pyton\"")
        .hasMessageContaining("nearest: python");
    assertThatThrownBy(
            () -> demand.trends(DemandFilter.NONE, Interval.MONTH, List.of("sql", "dokcer"), 10))
        .hasMessageContaining("\"dokcer\"; nearest: docker");
  }

  @Test
  void unknownCategoryAndBadQueryAreRejected() {
    assertThatThrownBy(() -> demand.demand(filter(null, null, null, null, null, "cooking"), null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("programming, infrastructure");
    assertThatThrownBy(() -> demand.demand(filter(null, null, null, null, "title:(", null), null))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void aDeletedPostingIsNoLongerCounted() {
    var extra =
        posting(
            "Java Developer",
            "Umbrella",
            "Paris",
            day("2026-02-02"),
            Instant.now(),
            List.of("java"));
    DemandFixtures.writeAll(store, List.of(extra));
    assertThat(demand.demand(DemandFilter.NONE, null).totalPostings()).isEqualTo(6);

    store.delete(extra);
    assertThat(demand.demand(DemandFilter.NONE, null).totalPostings()).isEqualTo(5);
  }

  private static DemandFilter filter(
      LocalDate from, LocalDate to, String company, String location, String q, String category) {
    return filter(from, to, company, location, q, category, null);
  }

  private static DemandFilter filter(
      LocalDate from,
      LocalDate to,
      String company,
      String location,
      String q,
      String category,
      String level) {
    return new DemandFilter(from, to, company, location, q, category, level);
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
