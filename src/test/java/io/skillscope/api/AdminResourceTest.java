package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/admin/reextract}: background re-extraction with progress. */
@QuarkusTest
@TestProfile(PostingsTestProfile.class)
class AdminResourceTest {

  @Test
  void aReextractionOfAllPostingsRunsInTheBackgroundToDone() {
    given()
        .contentType("application/json")
        .body(Map.of("title", "Admin test", "description", "Python " + System.nanoTime()))
        .post("/api/v1/postings")
        .then()
        .statusCode(201);

    given()
        .queryParam("all", true)
        .when()
        .post("/api/v1/admin/reextract")
        .then()
        .statusCode(oneOf(200, 202))
        .header("Location", containsString("/api/v1/admin/reextract"))
        .body("taxonomyVersion", containsString("postings-test"));

    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!"done".equals(given().get("/api/v1/admin/reextract").path("state"))
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    given()
        .when()
        .get("/api/v1/admin/reextract")
        .then()
        .statusCode(200)
        .body("state", equalTo("done"))
        .body("total", greaterThanOrEqualTo(1))
        .body("stale", is(0));
  }
}
