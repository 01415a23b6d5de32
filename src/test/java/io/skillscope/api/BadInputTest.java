package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of generated malformed requests: every one must be answered with a 4xx problem, never a
 * 5xx, and the service must stay healthy. The generator is seeded, so a failure repeats.
 */
@QuarkusTest
class BadInputTest {

  private static final String VALID =
      "{\"text\": \"Python and SQL required\", \"title\": \"Data Scientist\"}";

  private record Bad(String what, Supplier<Response> send) {}

  @Test
  void everyMalformedRequestIsA4xxProblemAndTheServiceStaysHealthy() {
    Random random = new Random(20261124);
    List<Bad> cases = new ArrayList<>();
    for (int cut = 1; cut < VALID.length() - 1; cut++) {
      String body = VALID.substring(0, cut);
      cases.add(new Bad("truncated JSON " + body, () -> json(body).post("/api/v1/extract")));
    }
    List<Integer> structural = new ArrayList<>();
    for (int i = 0; i < VALID.length(); i++) {
      if ("{}:,\"".indexOf(VALID.charAt(i)) >= 0) {
        structural.add(i);
      }
    }
    for (int i = 0; i < 60; i++) {
      int at = structural.get(random.nextInt(structural.size()));
      char original = VALID.charAt(at);
      String replacement =
          random.nextBoolean()
              ? ""
              : String.valueOf(
                  "{}[]:,".replace(String.valueOf(original), "").charAt(random.nextInt(5)));
      String body = VALID.substring(0, at) + replacement + VALID.substring(at + 1);
      cases.add(new Bad("corrupted JSON " + body, () -> json(body).post("/api/v1/extract")));
    }
    for (String value :
        List.of(
            "1", "true", "[]", "[\"a\"]", "{}", "{\"a\":1}", "1.5", "\"\"", "null", "\"   \"")) {
      cases.add(
          new Bad(
              "text as " + value, () -> json("{\"text\": " + value + "}").post("/api/v1/extract")));
      cases.add(
          new Bad(
              "title as " + value,
              () ->
                  json("{\"text\": \"Python\", \"title\": "
                          + (value.startsWith("\"") || value.equals("null") ? "[1]" : value)
                          + "}")
                      .post("/api/v1/extract")));
    }
    for (String body :
        List.of("", "[]", "[{}]", "\"text\"", "42", "null", "{}", "{\"title\": \"x\"}")) {
      cases.add(new Bad("body " + body, () -> json(body).post("/api/v1/extract")));
    }
    for (int i = 0; i < 20; i++) {
      String field = "f" + random.nextInt(1000);
      cases.add(
          new Bad(
              "unknown field " + field,
              () -> json("{\"text\": \"Python\", \"" + field + "\": 1}").post("/api/v1/extract")));
    }
    cases.add(
        new Bad(
            "huge title",
            () ->
                json("{\"text\": \"Python\", \"title\": \"" + "t".repeat(10_000) + "\"}")
                    .post("/api/v1/extract")));
    cases.add(
        new Bad(
            "huge text",
            () ->
                json("{\"text\": \"" + "Python ".repeat(20_000) + "\"}").post("/api/v1/extract")));
    for (int i = 0; i < 20; i++) {
      byte[] bytes =
          ("{\"text\": \"Python " + "\u00e9".repeat(3) + "\"}").getBytes(StandardCharsets.UTF_8);
      bytes[10 + random.nextInt(6)] = (byte) (0x80 + random.nextInt(0x40));
      bytes[bytes.length - 5] = (byte) 0xC3;
      bytes[bytes.length - 4] = (byte) 0x28;
      byte[] body = bytes;
      cases.add(
          new Bad(
              "invalid UTF-8 #" + i,
              () -> given().contentType("application/json").body(body).post("/api/v1/extract")));
    }
    cases.add(
        new Bad("form body", () -> given().formParam("text", "Python").post("/api/v1/extract")));
    for (String type :
        List.of(
            "application/xml", "application/octet-stream", "image/png", "text/csv", "text/html")) {
      cases.add(
          new Bad(
              "content type " + type,
              () ->
                  given()
                      .contentType(type)
                      .body("text=Python".getBytes(StandardCharsets.UTF_8))
                      .post("/api/v1/extract")));
    }
    for (String id :
        List.of(
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e",
            "..",
            "%00",
            "a%0Ab",
            "%C0%AF",
            "x".repeat(2000),
            "python%20OR%201=1",
            "%3Cscript%3E",
            "%252e%252e%252f")) {
      cases.add(
          new Bad(
              "skill id " + id,
              () -> given().urlEncodingEnabled(false).get("/api/v1/skills/" + id)));
    }
    for (String method : List.of("PUT", "DELETE", "PATCH")) {
      cases.add(new Bad(method + " extract", () -> json(VALID).request(method, "/api/v1/extract")));
      cases.add(new Bad(method + " skills", () -> json(VALID).request(method, "/api/v1/skills")));
    }
    cases.add(
        new Bad(
            "unknown category",
            () -> given().queryParam("category", "../../x").get("/api/v1/skills")));
    for (String query :
        List.of(
            "page=-1",
            "size=0",
            "size=100000",
            "page=abc",
            "from=yesterday",
            "to=2026-13-45",
            "from=2026-02-01&to=2026-01-01",
            "level=urgent",
            "q=title:(python",
            "q=%22unclosed",
            "size=-5&page=-5")) {
      cases.add(
          new Bad(
              "posting search " + query,
              () -> given().urlEncodingEnabled(false).get("/api/v1/postings?" + query)));
    }
    for (String query :
        List.of(
            "from=soon",
            "from=2026-02-01&to=2026-01-01",
            "level=maybe",
            "top=0",
            "q=title:(ml",
            "category=astrology")) {
      cases.add(
          new Bad(
              "demand " + query,
              () -> given().urlEncodingEnabled(false).get("/api/v1/demand?" + query)));
    }
    for (String query : List.of("interval=daily", "skill=pythn", "top=0", "top=1000")) {
      cases.add(
          new Bad(
              "trends " + query,
              () -> given().urlEncodingEnabled(false).get("/api/v1/demand/trends?" + query)));
    }
    for (String query : List.of("skill=cobol", "top=0", "minSupport=0")) {
      cases.add(
          new Bad(
              "cooccurrence " + query,
              () -> given().urlEncodingEnabled(false).get("/api/v1/demand/cooccurrence?" + query)));
    }
    for (String body :
        List.of(
            "{}",
            "{\"title\": \"x\"}",
            "{\"description\": \"Python\"}",
            "{\"title\": 5, \"description\": \"Python\"}",
            "{\"title\": \"x\", \"description\": \"Python\", \"postedAt\": \"20 Nov\"}",
            "{\"title\": \"x\", \"description\": \"Python\", \"url\": \"not a url\"}",
            "{\"title\": \"" + "t".repeat(5_000) + "\", \"description\": \"Python\"}",
            "[]",
            "{\"title\": \"x\", \"description\": \"  \"}")) {
      cases.add(
          new Bad(
              "posting " + body.substring(0, Math.min(60, body.length())),
              () -> json(body).post("/api/v1/postings")));
    }
    // A batch of bad items is answered 200 with each item rejected (checked below), not here.
    for (String body : List.of("{}", "\"x\"", "[", "[{}")) {
      cases.add(new Bad("batch " + body, () -> json(body).post("/api/v1/postings/batch")));
    }
    for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%00", "nope", "x".repeat(500))) {
      cases.add(
          new Bad(
              "posting id " + id.substring(0, Math.min(30, id.length())),
              () -> given().urlEncodingEnabled(false).get("/api/v1/postings/" + id)));
      cases.add(
          new Bad(
              "candidate id " + id.substring(0, Math.min(30, id.length())),
              () -> given().urlEncodingEnabled(false).get("/api/v1/candidates/" + id)));
    }
    for (String body :
        List.of(
            "{}",
            "{\"candidate\": {}}",
            "{\"candidate\": {\"skills\": [{\"skill\": \"cobol\"}]}}",
            "{\"candidate\": {\"skills\": [{\"skill\": \"python\", \"years\": -1}]}}",
            "{\"candidate\": {\"skills\": [{\"skill\": \"python\"}]}, \"size\": 0}",
            "{\"candidateId\": \"x\", \"candidate\": {\"skills\": [{\"skill\": \"python\"}]}}")) {
      cases.add(new Bad("match " + body, () -> json(body).post("/api/v1/match")));
    }

    assertThat(cases.size()).isGreaterThanOrEqualTo(200);
    List<String> wrong = new ArrayList<>();
    for (Bad bad : cases) {
      Response response = bad.send().get();
      int status = response.statusCode();
      String type = response.contentType();
      if (status < 400
          || status >= 500
          || type == null
          || !type.startsWith("application/problem+json")) {
        wrong.add(
            bad.what().substring(0, Math.min(80, bad.what().length()))
                + " -> "
                + status
                + " "
                + type);
      } else if (response.asString().contains("Exception")
          || response.asString().contains("java.")) {
        wrong.add(bad.what() + " leaked internals: " + response.asString());
      }
    }
    assertThat(wrong).isEmpty();
    given()
        .contentType("application/json")
        .body("[1, {}, {\"title\": 5}]")
        .post("/api/v1/postings/batch")
        .then()
        .statusCode(200)
        .body(
            "results.status",
            org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("rejected")))
        .body(
            "results.problem.status",
            org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(400)));
    given().get("/q/health/ready").then().statusCode(200);
    given()
        .contentType("application/json")
        .body(VALID)
        .post("/api/v1/extract")
        .then()
        .statusCode(200);
  }

  private static RequestSpecification json(String body) {
    return given().contentType("application/json").body(body);
  }
}
