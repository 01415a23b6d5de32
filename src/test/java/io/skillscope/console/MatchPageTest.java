package io.skillscope.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.skillscope.tools.Corpus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * /console/match: a résumé written from a stored posting, less one of its required skills, finds
 * that posting first, and the explanation names the skill it lacks.
 */
@QuarkusTest
@TestProfile(ConsoleProfile.class)
class MatchPageTest extends BrowserTest {

  private static final String OWN = "dsp-000000";

  private static String ownId;
  private static String resume;
  private static String dropped;

  @Override
  void prepare() {
    ownId = CorpusPostings.store().get(OWN);
    String text = Corpus.postingsById().get(OWN).description();
    Map<String, Object> skill = firstRequiredHardSkill(text);
    dropped = (String) skill.get("id");
    resume = without(text, skill);
  }

  @Test
  void theResumesOwnPostingRanksFirstAndItsExplanationListsTheMissingSkill() {
    String apiFirst =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("candidate", Map.of("resumeText", resume)))
            .post("/api/v1/match")
            .then()
            .statusCode(200)
            .extract()
            .path("results[0].postingId");
    assertThat(apiFirst).isEqualTo(ownId);

    browser.open("/console/match");
    assertThat(browser.find("#match-erase").isDisplayed())
        .as("nothing stored yet, nothing to erase")
        .isFalse();
    browser.paste("#match-resume", resume);
    browser.find("#match-submit").click();
    WebElement first = browser.visible("#match-list [data-posting-id]");
    assertThat(browser.find("#match-erase").isDisplayed()).isTrue();
    assertThat(first.getAttribute("data-posting-id")).isEqualTo(ownId);
    assertThat(first.getText()).contains("missing:");
    assertThat(browser.url()).contains("candidate=").doesNotContain("resume");

    first.findElement(org.openqa.selenium.By.cssSelector("a")).click();
    browser.visible("#match-explain");
    WebElement row = browser.visible("#explain-table tr[data-skill='" + dropped + "']");
    assertThat(row.getAttribute("data-status")).isEqualTo("missing");
    assertThat(browser.url()).contains("posting=" + ownId);
    // Evidence marked on both sides: the posting names the dropped skill, the résumé does not.
    assertThat(browser.all("#explain-posting mark[data-skill='" + dropped + "']")).isNotEmpty();
    assertThat(browser.all("#explain-resume mark[data-skill='" + dropped + "']")).isEmpty();
    assertThat(browser.all("#explain-resume mark")).isNotEmpty();
    browser.screenshot("match");

    // The match is in the URL: the link opens the same explanation.
    String link = browser.url().substring(browser.url().indexOf("/console"));
    browser.open(link);
    assertThat(
            browser
                .visible("#explain-table tr[data-skill='" + dropped + "']")
                .getAttribute("data-status"))
        .isEqualTo("missing");
    assertThat(browser.find("#match-resume").getAttribute("value")).isEqualTo(resume);
  }

  @Test
  void aResumeKeptInTheTabOnlyIsNotStored() {
    browser.open("/console/match");
    browser.paste("#match-resume", resume);
    browser.find("#match-keep").click();
    browser.find("#match-submit").click();
    browser.visible("#match-list [data-posting-id]");
    assertThat(browser.url()).contains("resume=tab").doesNotContain("candidate=");
  }

  private static Map<String, Object> firstRequiredHardSkill(String text) {
    List<Map<String, Object>> skills = CorpusPostings.extract(text).getList("skills");
    return skills.stream()
        .filter(s -> s.get("level").equals("required") && !s.get("category").equals("soft-skills"))
        .findFirst()
        .orElseThrow();
  }

  /** The text with every mention of the skill cut out. */
  private static String without(String text, Map<String, Object> skill) {
    StringBuilder cut = new StringBuilder(text);
    ((List<?>) skill.get("mentions"))
        .stream()
            .map(m -> (Map<?, ?>) m)
            .sorted(Comparator.comparing(m -> -((Number) m.get("start")).intValue()))
            .forEach(
                m ->
                    cut.delete(
                        ((Number) m.get("start")).intValue(), ((Number) m.get("end")).intValue()));
    return cut.toString();
  }
}
