package io.skillscope.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** /console/demand over a few hundred real postings: its charts say what the API says. */
@QuarkusTest
@TestProfile(ConsoleProfile.class)
class DemandPageTest extends BrowserTest {

  private static Map<String, String> names;

  @Override
  void prepare() {
    CorpusPostings.store();
    names =
        given()
            .get("/api/v1/skills")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("skills", Map.class)
            .stream()
            .collect(Collectors.toMap(s -> (String) s.get("id"), s -> (String) s.get("name")));
  }

  @Test
  void theThreeChartsShowTheApisTopSkillsTrendsAndCooccurrence() {
    JsonPath demand = given().queryParam("top", 15).get("/api/v1/demand").jsonPath();
    List<String> top = demand.getList("skills.name");
    String first = demand.getString("skills[0].id");
    List<String> followed =
        given().get("/api/v1/demand/trends").jsonPath().getList("skills", String.class);
    List<String> together =
        given()
            .queryParam("skill", first)
            .queryParam("top", 12)
            .get("/api/v1/demand/cooccurrence")
            .jsonPath()
            .getList("cooccurring.id", String.class);

    browser.open("/console/demand");
    browser.text("#demand-message", demand.getLong("totalPostings") + " postings match.");
    browser.chartsReady("top-skills", "trends", "cooccurrence");

    assertThat(skillLabels("top-skills")).isEqualTo(top);
    assertThat(skillLabels("trends")).isEqualTo(followed.stream().map(names::get).toList());
    assertThat(skillLabels("cooccurrence")).isEqualTo(together.stream().map(names::get).toList());
    assertThat(browser.all("#table-top tbody tr")).hasSize(top.size());
    browser.screenshot("demand");
  }

  @Test
  void aDateFilterRedrawsTheChartsForThePostingsOfThoseDays() {
    JsonPath all = given().queryParam("top", 15).get("/api/v1/demand").jsonPath();
    JsonPath spring =
        given()
            .queryParam("top", 15)
            .queryParam("from", "2025-03-01")
            .queryParam("to", "2025-04-30")
            .get("/api/v1/demand")
            .jsonPath();
    assertThat(spring.getLong("totalPostings"))
        .isEqualTo(CorpusPostings.COUNT / 6)
        .isLessThan(all.getLong("totalPostings"));

    browser.open("/console/demand");
    browser.text("#demand-message", all.getLong("totalPostings") + " postings match.");
    browser.paste("#f-from", "2025-03-01");
    browser.paste("#f-to", "2025-04-30");
    browser.find("#demand-apply").click();
    browser.text("#demand-message", spring.getLong("totalPostings") + " postings match.");
    browser.chartsReady("top-skills", "trends", "cooccurrence");

    assertThat(browser.url()).contains("from=2025-03-01", "to=2025-04-30");
    assertThat(skillLabels("top-skills")).isEqualTo(spring.getList("skills.name"));
    assertThat(browser.find("#table-top tbody tr td:nth-child(3)").getText())
        .isEqualTo(String.valueOf(spring.getLong("skills[0].postings")));
    // March and April only: two monthly buckets.
    assertThat(browser.all("#table-trends tbody tr")).hasSize(2);

    // The filter lives in the URL: opened again, the page shows the same.
    browser.open(browser.url().substring(browser.url().indexOf("/console")));
    browser.text("#demand-message", spring.getLong("totalPostings") + " postings match.");
    assertThat(browser.find("#f-from").getAttribute("value")).isEqualTo("2025-03-01");
  }

  @Test
  void theTopSkillsDownloadIsTheTableAsCsv() throws Exception {
    JsonPath demand = given().queryParam("top", 15).get("/api/v1/demand").jsonPath();
    browser.open("/console/demand");
    browser.chartsReady("top-skills");
    browser.find("#table-top button.csv").click();
    Path csv = browser.downloaded("top-skills.csv");
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.getFirst()).startsWith("id,name,category,postings");
    assertThat(lines).hasSize(demand.getList("skills").size() + 1);
    assertThat(lines.get(1)).startsWith(demand.getString("skills[0].id") + ",");
  }

  /** The chart's texts that are skill names, in the order they are drawn. */
  private List<String> skillLabels(String chart) {
    Set<String> known = Set.copyOf(names.values());
    return browser.all("[data-chart='" + chart + "'] svg text").stream()
        .map(t -> t.getText().strip())
        .filter(known::contains)
        .toList();
  }
}
