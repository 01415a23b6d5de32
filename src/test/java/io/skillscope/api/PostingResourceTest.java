package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code POST/GET/DELETE /api/v1/postings[/{id}]}: ingest one posting, idempotently. */
@QuarkusTest
@TestProfile(PostingsTestProfile.class)
class PostingResourceTest {

  static Map<String, Object> posting(String externalId, String description) {
    Map<String, Object> body = new HashMap<>();
    if (externalId != null) {
      body.put("externalId", externalId);
    }
    body.put("title", "Data Engineer");
    body.put("company", "Acme " + UUID.randomUUID());
    body.put("location", "Berlin");
    body.put("postedAt", "2026-11-20");
    body.put("url", "https://jobs.example.com/1");
    body.put("description", description);
    return body;
  }

  /** Stores a new posting, expecting 201, and returns its id. */
  private static String create(Map<String, Object> body) {
    return given()
        .contentType("application/json")
        .body(body)
        .post("/api/v1/postings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void aNewPostingIsCreatedWithItsSkillsAndLocation() {
    Response created =
        given()
            .contentType("application/json")
            .body(posting(null, "We use Python and SQL daily."))
            .when()
            .post("/api/v1/postings")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/postings/"))
            .body("status", equalTo("created"))
            .body("skills.id", contains("python", "sql"))
            .body("skills[0].mentions[0].text", equalTo("Python"))
            .body("taxonomyVersion", containsString("postings-test"))
            .body("ingestedAt", notNullValue())
            .body("postedAt", equalTo("2026-11-20"))
            .extract()
            .response();
    String id = created.path("id");

    given()
        .when()
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("skills.id", contains("python", "sql"));
  }

  @Test
  void preferReturnMinimalAnswersOnlyStatusIdAndSkillIds() {
    Map<String, Object> body = posting("minimal-" + UUID.randomUUID(), "Python and SQL.");
    Response created =
        given()
            .contentType("application/json")
            .header("Prefer", "return=minimal")
            .body(body)
            .when()
            .post("/api/v1/postings")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/postings/"))
            .header("Preference-Applied", "return=minimal")
            .body("status", equalTo("created"))
            .body("skills", contains("python", "sql"))
            .extract()
            .response();
    assertThat(created.jsonPath().getMap("")).containsOnlyKeys("status", "id", "skills");
    assertThat(created.header("Location")).endsWith((String) created.path("id"));

    given()
        .contentType("application/json")
        .header("Prefer", "return=minimal")
        .body(body)
        .when()
        .post("/api/v1/postings")
        .then()
        .statusCode(200)
        .body("status", equalTo("unchanged"))
        .body("id", equalTo(created.path("id")));
  }

  @Test
  void theSameContentAgainIsUnchangedAndNotASecondPosting() {
    Map<String, Object> body = posting(null, "Docker and Java.");
    String id = create(body);
    body.put("description", "  docker   AND java. ");

    given()
        .contentType("application/json")
        .body(body)
        .when()
        .post("/api/v1/postings")
        .then()
        .statusCode(200)
        .body("status", equalTo("updated"))
        .body("id", equalTo(id));
    given()
        .contentType("application/json")
        .body(body)
        .when()
        .post("/api/v1/postings")
        .then()
        .statusCode(200)
        .body("status", equalTo("unchanged"))
        .body("id", equalTo(id));
  }

  @Test
  void changedContentUnderTheSameExternalIdIsUpdatedAndReextracted() {
    String ext = "ext-" + UUID.randomUUID();
    Map<String, Object> body = posting(ext, "Python only.");
    String id = create(body);
    body.put("description", "Now Spark and Docker.");

    given()
        .contentType("application/json")
        .body(body)
        .when()
        .post("/api/v1/postings")
        .then()
        .statusCode(200)
        .body("status", equalTo("updated"))
        .body("id", equalTo(id))
        .body("skills.id", contains("spark", "docker"))
        .body("updatedAt", notNullValue());
    given()
        .when()
        .get("/api/v1/postings/" + id)
        .then()
        .body("description", equalTo("Now Spark and Docker."));
  }

  @Test
  void concurrentCopiesOfOnePostingMakeOnePosting() throws Exception {
    Map<String, Object> body = posting("ext-" + UUID.randomUUID(), "Python.");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(
            () ->
                given()
                    .contentType("application/json")
                    .body(body)
                    .post("/api/v1/postings")
                    .statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 200);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void invalidFieldsAreA400ProblemNamingEachField() {
    Map<String, Object> body = posting(null, " ");
    body.put("title", "x".repeat(501));
    body.put("postedAt", "20-11-2026");
    body.put("url", "ftp:/nope");

    given()
        .contentType("application/json")
        .body(body)
        .when()
        .post("/api/v1/postings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("violations.field", contains("description", "postedAt", "title", "url"));
  }

  @Test
  void anImpossibleDateIsA400Problem() {
    Map<String, Object> body = posting(null, "Python.");
    body.put("postedAt", "2026-02-30");

    given()
        .contentType("application/json")
        .body(body)
        .when()
        .post("/api/v1/postings")
        .then()
        .statusCode(400)
        .body("violations.field", contains("postedAt"));
  }

  @Test
  void aMissingBodyIsA400Problem() {
    given()
        .contentType("application/json")
        .when()
        .post("/api/v1/postings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void anUnknownIdIsA404ProblemForGetAndDelete() {
    given()
        .when()
        .get("/api/v1/postings/nope")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("nope"));
    given().when().delete("/api/v1/postings/nope").then().statusCode(404);
  }

  @Test
  void aDeletedPostingIsGoneFromGetAndSearch() {
    Map<String, Object> body = posting(null, "Java and SQL.");
    String id = create(body);

    given().when().delete("/api/v1/postings/" + id).then().statusCode(204);
    given().when().get("/api/v1/postings/" + id).then().statusCode(404);
    given()
        .queryParam("company", body.get("company"))
        .when()
        .get("/api/v1/postings")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }
}
