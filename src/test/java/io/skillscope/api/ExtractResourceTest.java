package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExtractResourceTest {

  private static final String POSTING =
      "Requirements:\n- 3+ years of Python and SQL\n- Experience with R or SAS\n- Strong communication skills";

  static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
    return response
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("type", notNullValue())
        .body("title", notNullValue())
        .body("detail", notNullValue())
        .body(not(containsString("Exception")))
        .body(not(containsString("java.")));
  }

  @Test
  void findsSkillsWithOffsetsIntoTheText() {
    Map<String, Object> answer =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("text", POSTING, "title", "Data Scientist"))
            .when()
            .post("/api/v1/extract")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .body("taxonomyVersion", notNullValue())
            .body("skills.id", hasItem("python"))
            .body("skills.id", hasItem("sql"))
            .body("skills.id", hasItem("r"))
            .body("skills.id", hasItem("sas"))
            .body("skills.id", hasItem("communication"))
            .body("stats.chars", equalTo(POSTING.length()))
            .body("stats.sentences", greaterThan(0))
            .extract()
            .as(Map.class);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> skills = (List<Map<String, Object>>) answer.get("skills");
    for (Map<String, Object> skill : skills) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> mentions = (List<Map<String, Object>>) skill.get("mentions");
      for (Map<String, Object> m : mentions) {
        int start = (Integer) m.get("start");
        int end = (Integer) m.get("end");
        org.assertj.core.api.Assertions.assertThat(POSTING.substring(start, end))
            .isEqualTo(m.get("text"));
      }
    }
  }

  @Test
  void acceptsAPlainTextBody() {
    given()
        .contentType(ContentType.TEXT)
        .body("We use PyTorch and Kubernetes.")
        .when()
        .post("/api/v1/extract")
        .then()
        .statusCode(200)
        .body("skills.id", hasItem("pytorch"))
        .body("skills.id", hasItem("kubernetes"));
  }

  @Test
  void blankTextIsABadRequestNamingTheField() {
    assertProblem(
            given()
                .contentType(ContentType.JSON)
                .body(Map.of("text", "  "))
                .post("/api/v1/extract")
                .then(),
            400)
        .body("violations[0].field", equalTo("text"))
        .body("instance", equalTo("/api/v1/extract"));
  }

  @Test
  void missingBodyIsABadRequest() {
    assertProblem(given().contentType(ContentType.JSON).post("/api/v1/extract").then(), 400)
        .body("violations[0].field", equalTo("body"));
  }

  @Test
  void blankPlainTextIsABadRequest() {
    assertProblem(
            given().contentType(ContentType.TEXT).body(" ").post("/api/v1/extract").then(), 400)
        .body("violations[0].field", equalTo("body"));
  }

  @Test
  void malformedJsonNamesThePosition() {
    assertProblem(
            given()
                .contentType(ContentType.JSON)
                .body("{\"text\": \"Python\",,}")
                .post("/api/v1/extract")
                .then(),
            400)
        .body("title", equalTo("Malformed JSON"))
        .body("detail", containsString("line 1, column"));
  }

  @Test
  void unknownFieldIsNamed() {
    assertProblem(
            given()
                .contentType(ContentType.JSON)
                .body("{\"text\": \"Python\", \"txet\": 1}")
                .post("/api/v1/extract")
                .then(),
            400)
        .body("violations[0].field", equalTo("txet"));
  }

  @Test
  void wrongTypeIsNamed() {
    assertProblem(
            given()
                .contentType(ContentType.JSON)
                .body("{\"text\": {\"a\": 1}}")
                .post("/api/v1/extract")
                .then(),
            400)
        .body("violations[0].field", equalTo("text"));
  }

  @Test
  void tooLongTextIsRefusedWith413() {
    String text = "Python ".repeat(15_000);
    assertProblem(
            given()
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/api/v1/extract")
                .then(),
            413)
        .body("detail", containsString("limit is 100000"));
  }

  @Test
  void wrongContentTypeIsRefusedWith415() {
    assertProblem(
            given()
                .contentType(ContentType.XML)
                .body("<text>Python</text>")
                .post("/api/v1/extract")
                .then(),
            415)
        .body("detail", containsString("application/xml"));
  }

  @Test
  void wrongMethodIsRefusedWith405() {
    assertProblem(given().get("/api/v1/extract").then(), 405);
  }

  @Test
  void unknownPathIsAProblemToo() {
    assertProblem(given().get("/api/v1/nothing-here").then(), 404);
  }
}
