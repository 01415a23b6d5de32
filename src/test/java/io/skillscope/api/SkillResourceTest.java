package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static io.skillscope.api.ExtractResourceTest.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkillResourceTest {

  @Test
  void listsTheTaxonomyWithItsVersion() {
    given()
        .get("/api/v1/skills")
        .then()
        .statusCode(200)
        .body("version", notNullValue())
        .body("count", greaterThanOrEqualTo(50))
        .body("skills.id", hasItem("scikit-learn"))
        .body("skills.name", everyItem(notNullValue()))
        .body("skills.category", everyItem(notNullValue()))
        .body("skills.find { it.id == 'python' }.article", equalTo(true))
        .body("skills.find { it.id == 'python' }.aliases", hasItem("Python"));
  }

  @Test
  void filtersByCategory() {
    given()
        .queryParam("category", "soft-skills")
        .get("/api/v1/skills")
        .then()
        .statusCode(200)
        .body("skills.category", everyItem(equalTo("soft-skills")))
        .body("skills.id", hasItem("communication"));
  }

  @Test
  void unknownCategoryIsABadRequest() {
    assertProblem(given().queryParam("category", "astrology").get("/api/v1/skills").then(), 400)
        .body("violations[0].field", equalTo("category"));
  }

  @Test
  void showsOneSkillWithItsRelations() {
    given()
        .get("/api/v1/skills/pytorch")
        .then()
        .statusCode(200)
        .body("id", equalTo("pytorch"))
        .body("name", equalTo("PyTorch"))
        .body("article", equalTo(true))
        .body("related.id", hasItem("tensorflow"));
  }

  @Test
  void aSkillListsTheRulesThatDecideItsAmbiguousAliasesAsTheTaxonomyWritesThem() {
    given()
        .get("/api/v1/skills/r")
        .then()
        .statusCode(200)
        .body("rules[0].alias", equalTo("R"))
        .body("rules[0].caseSensitive", equalTo(true))
        .body("rules[0].when", hasItem(startsWith("nearSkill within ")))
        .body("rules[0].unless", hasItem("after /^\\s*&/"))
        .body("rules[0].unless", hasItem("before /\\.$/"));
    given()
        .get("/api/v1/skills/keras")
        .then()
        .statusCode(200)
        .body("rules.find { it.alias == 'tf.keras' }.also", hasItem("tensorflow"));
  }

  @Test
  void unknownSkillIsA404Problem() {
    assertProblem(given().get("/api/v1/skills/cobol").then(), 404)
        .body("detail", containsString("cobol"));
  }
}
