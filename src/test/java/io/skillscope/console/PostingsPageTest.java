package io.skillscope.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /console/postings: search the stored postings by skill and level, open one. */
@QuarkusTest
@TestProfile(ConsoleProfile.class)
class PostingsPageTest extends BrowserTest {

  @Override
  void prepare() {
    CorpusPostings.store();
  }

  @Test
  void searchingBySkillAndLevelListsWhatTheApiFindsAndOpensAPostingMarked() {
    JsonPath api =
        given()
            .queryParam("skill", "pytorch")
            .queryParam("level", "required")
            .get("/api/v1/postings")
            .jsonPath();
    assertThat(api.getLong("total")).isPositive();

    browser.open("/console/postings");
    browser.visible("#postings-list li");
    new Select(browser.find("#p-skill")).selectByValue("pytorch");
    new Select(browser.find("#p-level")).selectByValue("required");
    browser.find("#postings-search").click();
    browser.text("#postings-count", countText(api));
    assertThat(browser.url()).contains("skill=pytorch", "level=required");
    List<String> titles =
        browser.all("#postings-list > li h3").stream().map(WebElement::getText).toList();
    assertThat(titles).isEqualTo(api.getList("items.title"));
    browser.screenshot("postings");

    browser.find("#postings-list > li h3 a").click();
    browser.visible("#posting-result");
    String id = api.getString("items[0].id");
    assertThat(browser.url()).endsWith("/console/postings/" + id);
    List<Map<String, Object>> skills = api.getList("items[0].skills");
    int mentions = skills.stream().mapToInt(s -> ((List<?>) s.get("mentions")).size()).sum();
    assertThat(browser.all("#posting-doc mark")).hasSize(mentions);
    assertThat(browser.all("#posting-doc mark[data-skill='pytorch'][data-level='required']"))
        .isNotEmpty();
    assertThat(browser.find("#posting-title").getText()).isEqualTo(api.getString("items[0].title"));
    browser.screenshot("posting");
  }

  @Test
  void anUnknownPostingSaysSoInWords() {
    refusedCallsExpected = true; // the API's 404 is the answer shown
    browser.open("/console/postings/no-such-posting");
    WebElement problem = browser.visible("#posting-message .problem");
    assertThat(problem.getText()).contains("No posting has the id \"no-such-posting\"");
    assertThat(problem.findElements(By.cssSelector("script"))).isEmpty();
  }

  private static String countText(JsonPath api) {
    long total = api.getLong("total");
    int shown = api.getList("items").size();
    return String.format(java.util.Locale.ROOT, "%,d postings (1–%,d shown)", total, shown);
  }
}
