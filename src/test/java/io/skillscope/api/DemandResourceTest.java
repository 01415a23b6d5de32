package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/demand}, its trends and co-occurrence: filters, CSV and every error. */
@QuarkusTest
@TestProfile(PostingsTestProfile.class)
class DemandResourceTest {

  private String company;

  /**
   * Four postings of a company of their own (other tests share the index). Each is acknowledged
   * (201) before the tests ask, so each must be counted at once.
   */
  @BeforeEach
  void ingest() {
    company = "Demand " + UUID.randomUUID();
    post("Senior Data Engineer", "Berlin", "2026-01-05", "Python, SQL and Spark pipelines.");
    post("Backend Developer", "Remote", "2026-01-20", "Java services in Docker.");
    post("Data Analyst", "Berlin", "2026-03-02", "SQL reports.");
    post("Machine Learning Engineer", "Munich", "2026-03-15", "Python models shipped with Docker.");
  }

  private void post(String title, String location, String postedAt, String description) {
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "title",
                title,
                "company",
                company,
                "location",
                location,
                "postedAt",
                postedAt,
                "description",
                description))
        .post("/api/v1/postings")
        .then()
        .statusCode(201);
  }

  private RequestSpecification ours() {
    return given().queryParam("company", company);
  }

  @Test
  void demandCountsEveryAcknowledgedPostingMostAskedForFirst() {
    ours()
        .get("/api/v1/demand")
        .then()
        .statusCode(200)
        .body("totalPostings", equalTo(4))
        .body("filters.company", equalTo(company))
        .body("skills.id", contains("docker", "python", "sql", "java", "spark"))
        .body("skills[0].name", equalTo("Docker"))
        .body("skills[0].category", equalTo("infrastructure"))
        .body("skills[0].postings", equalTo(2))
        .body("skills[0].share", equalTo(0.5f))
        .body("skills[0].required", equalTo(0))
        .body("categories.category", contains("programming", "infrastructure"))
        .body("categories.postings", contains(4, 3))
        .body("categories[1].share", equalTo(0.75f));
  }

  @Test
  void anIngestIsCountedAndADeletionUncountedAtOnce() {
    String location =
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "title",
                    "Platform Engineer",
                    "company",
                    company,
                    "description",
                    "Docker and Java."))
            .post("/api/v1/postings")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    ours()
        .get("/api/v1/demand")
        .then()
        .body("totalPostings", equalTo(5))
        .body("skills[0].postings", equalTo(3));

    given().delete(location).then().statusCode(204);
    ours()
        .get("/api/v1/demand")
        .then()
        .body("totalPostings", equalTo(4))
        .body("skills[0].postings", equalTo(2));
  }

  @Test
  void datesLocationAndTextNarrowThePostings() {
    ours()
        .queryParam("from", "2026-03-01")
        .get("/api/v1/demand")
        .then()
        .body("totalPostings", equalTo(2));
    ours()
        .queryParam("to", "2026-01-31")
        .get("/api/v1/demand")
        .then()
        .body("totalPostings", equalTo(2));
    ours()
        .queryParam("location", "berlin")
        .get("/api/v1/demand")
        .then()
        .body("totalPostings", equalTo(2))
        .body("skills.id", contains("sql", "python", "spark"));
    ours()
        .queryParam("q", "title:\"machine learning engineer\"")
        .get("/api/v1/demand")
        .then()
        .body("totalPostings", equalTo(1))
        .body("skills.id", contains("docker", "python"));
    ours().queryParam("q", "data").get("/api/v1/demand").then().body("totalPostings", equalTo(2));
  }

  @Test
  void categoryLevelAndTopShapeTheTable() {
    ours()
        .queryParam("category", "infrastructure")
        .get("/api/v1/demand")
        .then()
        .body("totalPostings", equalTo(4))
        .body("skills.id", contains("docker", "spark"))
        .body("categories.category", contains("infrastructure"));
    ours()
        .queryParam("top", 2)
        .get("/api/v1/demand")
        .then()
        .body("skills.id", contains("docker", "python"));
    // Extraction gives no levels yet, so no skill is counted at any level.
    ours()
        .queryParam("level", "required")
        .get("/api/v1/demand")
        .then()
        .body("totalPostings", equalTo(4))
        .body("skills", empty());
  }

  @Test
  void csvIsTheSameTable() {
    String csv =
        ours()
            .accept("text/csv")
            .get("/api/v1/demand")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(csv.split("\r\n"))
        .containsExactly(
            "id,name,category,postings,share,required,preferred,other",
            // The test postings name their skills without a heading or cue: level other.
            "docker,Docker,infrastructure,2,0.5,0,0,2",
            "python,Python,programming,2,0.5,0,0,2",
            "sql,SQL,programming,2,0.5,0,0,2",
            "java,Java,programming,1,0.25,0,0,1",
            "spark,Apache Spark,infrastructure,1,0.25,0,0,1");
  }

  @Test
  void monthlyTrendsListEmptyMonths() {
    ours()
        .queryParam("interval", "month")
        .queryParam("skill", "python", "sql")
        .get("/api/v1/demand/trends")
        .then()
        .statusCode(200)
        .body("interval", equalTo("month"))
        .body("skills", contains("python", "sql"))
        .body("buckets.start", contains("2026-01-01", "2026-02-01", "2026-03-01"))
        .body("buckets.postings", contains(2, 0, 2))
        .body("buckets[0].skills.id", contains("python", "sql"))
        .body("buckets[0].skills.count", contains(1, 1))
        .body("buckets[0].skills[0].share", equalTo(0.5f))
        .body("buckets[1].skills.count", contains(0, 0));
  }

  @Test
  void trendsFollowTheTopSkillsByDefault() {
    ours()
        .queryParam("interval", "quarter")
        .queryParam("top", 2)
        .get("/api/v1/demand/trends")
        .then()
        .statusCode(200)
        .body("skills", contains("docker", "python"))
        .body("buckets.start", contains("2026-01-01"))
        .body("buckets[0].postings", equalTo(4));
    ours()
        .get("/api/v1/demand/trends")
        .then()
        .body("interval", equalTo("month"))
        .body("skills.size()", equalTo(5));
  }

  @Test
  void cooccurrenceOfOneSkill() {
    ours()
        .queryParam("skill", "python")
        .get("/api/v1/demand/cooccurrence")
        .then()
        .statusCode(200)
        .body("skill", equalTo("python"))
        .body("postings", equalTo(2))
        .body("totalPostings", equalTo(4))
        .body("cooccurring.id", contains("docker", "spark", "sql"))
        .body("cooccurring.count", contains(1, 1, 1))
        .body("cooccurring[0].conditional", equalTo(0.5f))
        .body("cooccurring[0].lift", equalTo(1.0f));
    ours()
        .queryParam("skill", "python")
        .queryParam("top", 1)
        .get("/api/v1/demand/cooccurrence")
        .then()
        .body("cooccurring.id", contains("docker"));
  }

  @Test
  void pairsByLiftAboveAMinimumSupport() {
    ours()
        .queryParam("minSupport", 1)
        .queryParam("top", 3)
        .get("/api/v1/demand/cooccurrence")
        .then()
        .statusCode(200)
        .body("totalPostings", equalTo(4))
        .body("minSupport", equalTo(1))
        .body(
            "pairs.skills",
            contains(
                contains("docker", "java"), contains("python", "spark"), contains("spark", "sql")))
        .body("pairs[0].lift", equalTo(2.0f));
    ours()
        .queryParam("minSupport", 2)
        .get("/api/v1/demand/cooccurrence")
        .then()
        .body("pairs", empty());
  }

  @Test
  void unknownSkillIsNamedWithTheNearestIds() {
    ours()
        .queryParam("skill", "pyton")
        .get("/api/v1/demand/cooccurrence")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("skill"))
        .body("detail", containsString("\"pyton\""))
        .body("violations[0].message", containsString("nearest: python"));
    ours()
        .queryParam("skill", "python", "dokcer")
        .get("/api/v1/demand/trends")
        .then()
        .statusCode(400)
        .body("violations[0].message", containsString("\"dokcer\"; nearest: docker"));
  }

  @Test
  void badParametersAreProblems() {
    problem(
        ours().queryParam("from", "2026-03-01").queryParam("to", "2026-01-01"),
        "/api/v1/demand",
        "from");
    problem(ours().queryParam("from", "March"), "/api/v1/demand", "from");
    problem(ours().queryParam("interval", "day"), "/api/v1/demand/trends", "interval");
    problem(ours().queryParam("level", "must"), "/api/v1/demand", "level");
    problem(ours().queryParam("q", "title:("), "/api/v1/demand", "q");
    problem(ours().queryParam("category", "cooking"), "/api/v1/demand", "category");
    problem(ours().queryParam("top", 0), "/api/v1/demand", "top");
    problem(ours().queryParam("minSupport", 0), "/api/v1/demand/cooccurrence", "minSupport");
  }

  @Test
  void aCsvRequestStillGetsItsErrorAsAProblem() {
    ours()
        .accept("text/csv")
        .queryParam("level", "must")
        .get("/api/v1/demand")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("level"));
  }

  private static void problem(RequestSpecification request, String path, String field) {
    request
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("violations[0].field", equalTo(field));
  }
}
