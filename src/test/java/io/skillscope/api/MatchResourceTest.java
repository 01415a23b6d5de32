package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchResourceTest {

  private String postingId;

  private static io.restassured.response.ValidatableResponse problem(
      io.restassured.response.ValidatableResponse r, int status) {
    return r.statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status));
  }

  @BeforeEach
  void storeAPosting() {
    String unique = UUID.randomUUID().toString();
    postingId =
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "externalId",
                    "match-" + unique,
                    "title",
                    "Data Scientist " + unique,
                    "company",
                    "Acme",
                    "description",
                    "Requirements:\n- 3+ years of Python\n- SQL\nNice to have:\n- Docker"))
            .post("/api/v1/postings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  private static Map<String, Object> skills(String... ids) {
    return Map.of(
        "candidate",
        Map.of("skills", java.util.Arrays.stream(ids).map(id -> Map.of("skill", id)).toList()));
  }

  @Test
  void explainsTheScoreSkillBySkill() {
    given()
        .contentType("application/json")
        .body(skills("python"))
        .post("/api/v1/postings/" + postingId + "/match")
        .then()
        .statusCode(200)
        .body("score", notNullValue())
        .body("required.total", equalTo(2))
        .body("required.covered", equalTo(1))
        .body("skills.find { it.skill == 'python' }.status", equalTo("matched"))
        .body("skills.find { it.skill == 'sql' }.status", equalTo("missing"))
        .body("skills.find { it.skill == 'python' }.postingEvidence[0].text", equalTo("Python"))
        .body("suggestions[0].skill", equalTo("sql"))
        .body("inDemand.skill", hasItem("sql"))
        .body("inDemand.find { it.skill == 'sql' }.alongside", hasItem("python"));
  }

  @Test
  void everyRequiredAndPreferredSkillScores100() {
    given()
        .contentType("application/json")
        .body(skills("python", "sql", "docker"))
        .post("/api/v1/postings/" + postingId + "/match")
        .then()
        .statusCode(200)
        .body("score", equalTo(100.0f));
  }

  @Test
  void resumeTextIsReadForSkillsAndEvidence() {
    given()
        .contentType("application/json")
        .body(Map.of("candidate", Map.of("resumeText", "Five years of Python and SQL at a bank.")))
        .post("/api/v1/postings/" + postingId + "/match")
        .then()
        .statusCode(200)
        .body("skills.find { it.skill == 'sql' }.candidateEvidence[0].text", equalTo("SQL"));
  }

  @Test
  void datedRolesInAResumeGiveYears() {
    given()
        .contentType("application/json")
        .body(Map.of("resumeText", "Data Scientist, Acme, 2019 - 2022\nModels in Python and SQL."))
        .post("/api/v1/candidates")
        .then()
        .statusCode(201)
        .body("skills.find { it.id == 'python' }.years", equalTo(4));
  }

  @Test
  void unknownSkillIdsAreNamed() {
    problem(
            given()
                .contentType("application/json")
                .body(skills("python", "cobol"))
                .post("/api/v1/postings/" + postingId + "/match")
                .then(),
            400)
        .body("detail", containsString("cobol"));
  }

  @Test
  void candidateOrCandidateIdButNotBothNorNeither() {
    problem(
        given()
            .contentType("application/json")
            .body(Map.of())
            .post("/api/v1/postings/" + postingId + "/match")
            .then(),
        400);
    problem(
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "candidateId",
                    "x",
                    "candidate",
                    Map.of("skills", List.of(Map.of("skill", "python")))))
            .post("/api/v1/postings/" + postingId + "/match")
            .then(),
        400);
  }

  @Test
  void unknownPostingOrCandidateIsA404() {
    problem(
        given()
            .contentType("application/json")
            .body(skills("python"))
            .post("/api/v1/postings/nope/match")
            .then(),
        404);
    problem(
        given()
            .contentType("application/json")
            .body(Map.of("candidateId", "nope"))
            .post("/api/v1/postings/" + postingId + "/match")
            .then(),
        404);
  }

  @Test
  void storedCandidatesAreMatchedRankedAndErased() {
    String location =
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "resumeText",
                    "Python, SQL and Docker every day.",
                    "skills",
                    List.of(Map.of("skill", "python", "years", 4))))
            .post("/api/v1/candidates")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    given()
        .get(location)
        .then()
        .statusCode(200)
        .body("skills.find { it.id == 'python' }.years", equalTo(4));
    given()
        .contentType("application/json")
        .body(Map.of("candidateId", id))
        .post("/api/v1/postings/" + postingId + "/match")
        .then()
        .statusCode(200)
        .body("score", equalTo(100.0f));
    given()
        .contentType("application/json")
        .body(Map.of("candidateId", id, "size", 50))
        .post("/api/v1/match")
        .then()
        .statusCode(200)
        .body("results.postingId", hasItem(postingId));
    given()
        .get("/api/v1/postings/" + postingId + "/candidates?size=100")
        .then()
        .statusCode(200)
        .body("results.candidateId", hasItem(id));
    given().delete(location).then().statusCode(204);
    problem(given().get(location).then(), 404);
    problem(given().delete(location).then(), 404);
  }

  @Test
  void rankingValidatesItsFilters() {
    problem(
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "candidate", Map.of("skills", List.of(Map.of("skill", "python"))), "size", 0))
            .post("/api/v1/match")
            .then(),
        400);
    problem(
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "candidate",
                    Map.of("skills", List.of(Map.of("skill", "python"))),
                    "from",
                    "2026-02-01",
                    "to",
                    "2026-01-01"))
            .post("/api/v1/match")
            .then(),
        400);
  }
}
