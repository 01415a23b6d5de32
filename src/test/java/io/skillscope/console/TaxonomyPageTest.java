package io.skillscope.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /console/skills: the taxonomy by category, with aliases, rules, relations and re-extraction. */
@QuarkusTest
@TestProfile(ConsoleProfile.class)
class TaxonomyPageTest extends BrowserTest {

  @Test
  void everySkillIsListedUnderItsCategoryWithAliasesRulesAndRelations() {
    List<String> ids = given().get("/api/v1/skills").jsonPath().getList("skills.id");
    browser.open("/console/skills");
    browser.visible("#skill-python");
    assertThat(browser.all(".skill-card")).hasSize(ids.size());
    WebElement r = browser.find("#skill-r");
    assertThat(r.getText()).contains("R", "Related:", "Python");
    r.findElement(org.openqa.selenium.By.cssSelector("details.rules summary")).click();
    assertThat(r.getText())
        .contains(
            "exact case",
            "counts only when",
            "nearSkill within 4 tokens",
            "never when",
            "after /^\\s*&/");
    assertThat(browser.find("#reextract-state").getText()).contains("older taxonomy");
    browser.screenshot("skills");
  }

  @Test
  void aCategoryFilterAndALinkToOneSkillWork() {
    browser.open("/console/skills#skill-pytorch");
    WebElement pytorch = browser.visible("#skill-pytorch.target");
    assertThat(browser.driver.switchTo().activeElement()).isEqualTo(pytorch);

    new Select(browser.find("#s-category")).selectByValue("soft-skills");
    browser.find("#skills-filters button").click();
    browser.waitUntil(d -> browser.all("#skill-python").isEmpty());
    assertThat(browser.all(".category")).hasSize(1);
    assertThat(browser.url()).contains("category=soft-skills");
    assertThat(browser.all("#skill-communication")).hasSize(1);
  }
}
