package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code level}, {@code minYears} and {@code sections} in answers of {@code POST /api/v1/extract}.
 */
@QuarkusTest
@TestProfile(ExtractLevelsResourceTest.SmallTaxonomy.class)
class ExtractLevelsResourceTest {

  /**
   * Runs the service on a four-skill taxonomy so the answers below do not drift with the default.
   */
  public static class SmallTaxonomy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("skillscope.taxonomy.path", "src/test/resources/api/levels-taxonomy.yaml");
    }
  }

  private static final String POSTING =
      "About us\nWe run on Docker.\nRequirements:\n- 3+ years of Python\n- SQL\nNice to have\n- Spark";

  @Test
  void everySkillHasALevelAndYearsOnlyWhenStated() {
    given()
        .contentType("application/json")
        .body(Map.of("text", POSTING))
        .when()
        .post("/api/v1/extract")
        .then()
        .statusCode(200)
        .body("skills.id", contains("docker", "python", "sql", "spark"))
        .body("skills.level", contains("other", "required", "required", "preferred"))
        .body("skills.find { it.id == 'python' }.minYears", equalTo(3))
        .body("skills.find { it.id == 'sql' }", not(hasKey("minYears")))
        .body("skills.find { it.id == 'spark' }.mentions[0].level", equalTo("preferred"));
  }

  @Test
  void mentionsCarryTheEvidenceForTheirLevel() {
    given()
        .contentType("application/json")
        .body(Map.of("text", POSTING))
        .when()
        .post("/api/v1/extract")
        .then()
        .statusCode(200)
        .body("skills.find { it.id == 'python' }.mentions[0].minYears", equalTo(3))
        .body("skills.find { it.id == 'spark' }.mentions[0].evidence.text", equalTo("Nice to have"))
        .body("skills.find { it.id == 'sql' }.mentions[0].evidence.source", equalTo("section"))
        .body("skills.find { it.id == 'sql' }.mentions[0].evidence.text", equalTo("Requirements"))
        .body(
            "skills.find { it.id == 'sql' }.mentions[0].evidence.start",
            equalTo(POSTING.indexOf("Requirements")));
  }

  @Test
  void theAnswerListsTheSectionsFound() {
    given()
        .contentType("text/plain")
        .body(POSTING)
        .when()
        .post("/api/v1/extract")
        .then()
        .statusCode(200)
        .body("sections.heading", contains("About us", "Requirements", "Nice to have"))
        .body("sections.kind", contains("company", "requirements", "preferred"))
        .body("sections[1].start", equalTo(POSTING.indexOf("Requirements")))
        .body("sections[1].end", equalTo(POSTING.indexOf("Nice to have")))
        .body("sections[2].end", equalTo(POSTING.length()));
  }
}
