package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/postings}: filters, paging and their errors. */
@QuarkusTest
@TestProfile(PostingsTestProfile.class)
class PostingSearchResourceTest {

  private String company;

  @BeforeEach
  void ingest() {
    // A company of its own keeps this test's postings apart from the other tests' in one index.
    company = "Search " + UUID.randomUUID();
    post("Senior Data Engineer", "Berlin, Germany", "2026-11-01", "Python and SQL pipelines.");
    post("Backend Developer", "Remote", "2026-11-10", "Java services, some Python.");
    post("Data Analyst", "Berlin", "2026-10-01", "SQL reports.");
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

  @Test
  void allGivenSkillsAreRequiredNewestFirst() {
    given()
        .queryParam("company", company)
        .queryParam("skill", "python")
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("page", equalTo(0))
        .body("size", equalTo(20))
        .body("items.title", contains("Backend Developer", "Senior Data Engineer"));
    given()
        .queryParam("company", company)
        .queryParam("skill", "python", "sql")
        .when()
        .get("/api/v1/postings")
        .then()
        .body("items.title", contains("Senior Data Engineer"));
  }

  @Test
  void textLocationAndDatesNarrowTheResults() {
    given()
        .queryParam("company", company.toUpperCase())
        .queryParam("q", "data")
        .queryParam("location", "berlin")
        .queryParam("from", "2026-10-15")
        .queryParam("to", "2026-11-30")
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(200)
        .body("items.title", contains("Senior Data Engineer"));
  }

  @Test
  void pagesSliceTheResults() {
    given()
        .queryParam("company", company)
        .queryParam("page", 1)
        .queryParam("size", 2)
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.title", contains("Data Analyst"));
  }

  @Test
  void badPagingIsA400Problem() {
    given()
        .queryParam("page", -1)
        .queryParam("size", 500)
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", contains("page", "size"));
    given()
        .queryParam("page", 600)
        .queryParam("size", 20)
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(400)
        .body("violations.field", contains("page"));
  }

  @Test
  void badDatesAreA400Problem() {
    given()
        .queryParam("from", "yesterday")
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(400)
        .body("violations.field", contains("from"));
    given()
        .queryParam("from", "2026-12-01")
        .queryParam("to", "2026-11-01")
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(400)
        .body("detail", containsString("after"));
  }

  @Test
  void aBadLevelOrQueryIsA400Problem() {
    given()
        .queryParam("level", "must")
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(400)
        .body("violations.field", contains("level"));
    given()
        .queryParam("q", "title:(python")
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", contains("q"))
        .body("detail", containsString("not a valid query"));
  }

  @Test
  void aValidLevelIsAccepted() {
    given()
        .queryParam("company", company)
        .queryParam("skill", "python")
        .queryParam("level", "required")
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(200);
  }
}
