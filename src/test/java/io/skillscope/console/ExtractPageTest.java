package io.skillscope.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.skillscope.tools.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** /console/extract: a pasted posting comes back with every mention marked by level. */
@QuarkusTest
@TestProfile(ConsoleProfile.class)
class ExtractPageTest extends BrowserTest {

  /** Real postings of different shapes: a list of tools, sections, long text, "a plus" cues. */
  private static final List<String> POSTINGS =
      List.of("dsp-000007", "unc-000505", "gm-a-000020", "lp-da-000020", "jy-ml-000116");

  @Test
  void everyMentionTheApiFindsIsMarkedOnceWithItsSkillAndLevel() {
    Map<String, Corpus.Posting> corpus = Corpus.postingsById();
    for (String id : POSTINGS) {
      String text = corpus.get(id).description();
      List<String> expected = new ArrayList<>();
      JsonPath answer = CorpusPostings.extract(text);
      List<Map<String, Object>> skills = answer.getList("skills");
      for (Map<String, Object> skill : skills) {
        for (Object m : (List<?>) skill.get("mentions")) {
          Map<?, ?> mention = (Map<?, ?>) m;
          expected.add(skill.get("id") + " " + mention.get("level") + " " + mention.get("text"));
        }
      }
      assertThat(expected).as(id + " names skills").hasSizeGreaterThan(3);

      browser.open("/console/extract");
      browser.paste("#extract-text", text);
      browser.find("#extract-submit").click();
      browser.visible("#extract-result");

      List<String> marked = new ArrayList<>();
      for (WebElement mark : browser.all("#extract-doc mark")) {
        marked.add(
            mark.getAttribute("data-skill")
                + " "
                + mark.getAttribute("data-level")
                + " "
                + browser.js("return arguments[0].textContent", mark));
      }
      assertThat(marked).as(id).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(browser.find("#extract-doc").getText().replace("\n", ""))
          .as("the text is shown whole")
          .contains(text.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip());
    }
    browser.screenshot("extract-posting");
  }

  @Test
  void aFocusedMarkTellsTheSkillConfidenceRuleEvidenceAndYears() {
    browser.open("/console/extract");
    browser.find("#extract-sample").click();
    browser.visible("#extract-result");
    // From the last button of the form, the next Tab stop is the first mark of the text.
    WebElement sample = browser.find("#extract-sample");
    sample.sendKeys(Keys.TAB);
    WebElement focused = browser.driver.switchTo().activeElement();
    assertThat(focused.getTagName()).isEqualTo("mark");
    String skill = focused.getAttribute("data-skill");
    WebElement tip = browser.visible("#mention-tip");
    String name =
        given().get("/api/v1/skills/" + skill).then().statusCode(200).extract().path("name");
    assertThat(tip.getText()).contains(name, "Confidence", "Rule", "Evidence", "Years");
    assertThat(focused.getAttribute("aria-describedby")).isEqualTo("mention-tip");

    // A mark whose level comes from a section heading names that heading as its evidence.
    WebElement python = browser.find("#extract-doc mark[data-skill='python']");
    browser.js("arguments[0].focus()", python);
    assertThat(browser.visible("#mention-tip").getText())
        .contains("Python", "Required", "section heading", "Requirements", "3+ years");
    browser.screenshot("extract");

    python.sendKeys(Keys.ESCAPE);
    browser.waitUntil(d -> !browser.find("#mention-tip").isDisplayed());
  }

  @Test
  void theSkillPanelGroupsByLevelAndLinksToTheTaxonomy() {
    browser.open("/console/extract");
    browser.find("#extract-sample").click();
    browser.visible("#extract-result");
    List<String> groups =
        browser.all("#extract-side .group").stream()
            .map(g -> g.getAttribute("data-level"))
            .toList();
    assertThat(groups).containsExactly("required", "preferred", "other");
    assertThat(browser.find("#extract-side [data-skill-item='r']").getText()).contains("R");
    assertThat(browser.find("#extract-side .group[data-level='preferred']").getText())
        .contains("R");
    WebElement link = browser.find("#extract-side [data-skill-item='python'] a");
    assertThat(link.getAttribute("href")).endsWith("/console/skills#skill-python");
    assertThat(browser.find("#extract-side .section-list").getText())
        .contains("Requirements", "Nice to have");
  }
}
