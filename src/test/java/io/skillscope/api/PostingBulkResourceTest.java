package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/postings/batch} and {@code /stream}: one bad item never rejects the rest. */
@QuarkusTest
@TestProfile(PostingsTestProfile.class)
class PostingBulkResourceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, Object> item(String ext, String description) {
    return Map.of("externalId", ext, "title", "Engineer", "description", description);
  }

  @Test
  void aBatchAnswersEachItemInOrder() {
    String ext = "batch-" + UUID.randomUUID();
    List<Object> batch = new ArrayList<>();
    batch.add(item(ext + "-1", "Python."));
    batch.add(Map.of("externalId", ext + "-2", "description", "no title"));
    batch.add(item(ext + "-1", "Python."));
    batch.add(item(ext + "-1", "Python and Docker."));
    batch.add("not an object");
    batch.add(
        Map.of(
            "externalId", ext + "-3", "title", "t", "description", "d", "postedAt", "2026-13-01"));

    given()
        .contentType("application/json")
        .body(batch)
        .when()
        .post("/api/v1/postings/batch")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("index", contains(0, 1, 2, 3, 4, 5))
        .body(
            "status",
            contains("created", "rejected", "unchanged", "updated", "rejected", "rejected"))
        .body("[1].problem.violations.field", contains("title"))
        .body("[3].skills", contains("python", "docker"))
        .body("[5].problem.violations.field", contains("postedAt"));
  }

  @Test
  void aBatchOverTheLimitIsA413Problem() {
    List<Object> batch = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      batch.add(Map.of());
    }
    given()
        .contentType("application/json")
        .body(batch)
        .when()
        .post("/api/v1/postings/batch")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("detail", containsString("1000"));
  }

  @Test
  void aStreamAnswersEachLineAndSkipsMalformedOnes() throws Exception {
    String ext = "stream-" + UUID.randomUUID();
    String body =
        JSON.writeValueAsString(item(ext + "-1", "SQL and Spark."))
            + "\n"
            + "{not json\n"
            + "\n"
            + JSON.writeValueAsString(item(ext + "-2", "Java."))
            + "\n"
            + JSON.writeValueAsString(Map.of("title", "no description"))
            + "\n"
            + JSON.writeValueAsString(item(ext + "-1", "SQL and Spark."));

    String answer =
        given()
            .contentType("application/x-ndjson")
            .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .when()
            .post("/api/v1/postings/stream")
            .then()
            .statusCode(200)
            .contentType(containsString("application/x-ndjson"))
            .extract()
            .asString();

    List<JsonNode> lines = new ArrayList<>();
    for (String line : answer.split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSize(6);
    assertThat(lines.subList(0, 5))
        .extracting(n -> n.path("line").asInt())
        .containsExactly(1, 2, 4, 5, 6);
    assertThat(lines.subList(0, 5))
        .extracting(n -> n.path("status").asText())
        .containsExactly("created", "rejected", "created", "rejected", "unchanged");
    assertThat(lines.get(1).path("problem").path("detail").asText()).contains("Not valid JSON");
    assertThat(lines.get(5).path("summary").path("lines").asInt()).isEqualTo(5);
    assertThat(lines.get(5).path("summary").path("created").asInt()).isEqualTo(2);
    assertThat(lines.get(5).path("summary").path("rejected").asInt()).isEqualTo(2);

    String id = lines.get(0).path("id").asText();
    given()
        .when()
        .get("/api/v1/postings/" + id)
        .then()
        .statusCode(200)
        .body("externalId", equalTo(ext + "-1"));
  }

  @Test
  void aLongStreamKeepsLineOrderAndTheLastVersionOfEachPostingWins() throws Exception {
    // Several chunks of lines, extracted in parallel: seven postings, each re-sent with new
    // content many times. Results must come back in line order and each posting must end as its
    // last line says, as if the lines had been ingested one after the other.
    String ext = "order-" + UUID.randomUUID();
    int lines = 300;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      body.append(JSON.writeValueAsString(item(ext + "-" + (i % 7), "Version " + i + ": Python.")))
          .append('\n');
    }
    String answer =
        given()
            .contentType("application/x-ndjson")
            .body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .when()
            .post("/api/v1/postings/stream")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    List<JsonNode> results = new ArrayList<>();
    for (String line : answer.split("\n")) {
      results.add(JSON.readTree(line));
    }
    assertThat(results).hasSize(lines + 1);
    for (int i = 0; i < lines; i++) {
      assertThat(results.get(i).path("line").asInt()).isEqualTo(i + 1);
      assertThat(results.get(i).path("status").asText()).isEqualTo(i < 7 ? "created" : "updated");
    }
    for (int k = 0; k < 7; k++) {
      int last = lines - 1 - ((lines - 1 - k) % 7);
      String id = results.get(k).path("id").asText();
      assertThat(results.get(last).path("id").asText()).isEqualTo(id);
      given()
          .when()
          .get("/api/v1/postings/" + id)
          .then()
          .statusCode(200)
          .body("description", equalTo("Version " + last + ": Python."));
    }
  }
}
