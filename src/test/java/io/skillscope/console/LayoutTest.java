package io.skillscope.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page at a phone's 390 px and at 1280 px: nothing wider than the screen, every control
 * labelled, and the navigation and forms reachable from the keyboard.
 */
@QuarkusTest
@TestProfile(ConsoleProfile.class)
class LayoutTest extends BrowserTest {

  private static final List<String> PAGES =
      List.of(
          "/console/extract",
          "/console/demand",
          "/console/postings",
          "/console/match",
          "/console/skills");

  /** Controls without a name a screen reader can say: a label, aria-label(ledby) or text. */
  private static final String UNLABELLED =
      "return [...document.querySelectorAll('input, select, textarea, button, a[href]')]"
          + ".filter(e => e.offsetParent !== null || e.closest('dialog[open]'))"
          + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
          + " && !e.getAttribute('aria-labelledby') && !e.textContent.trim())"
          + ".map(e => e.outerHTML.slice(0, 120));";

  @Override
  void prepare() {
    CorpusPostings.store();
  }

  @Test
  void everyPageFitsAPhoneScreenAndLabelsEveryControl() {
    browser.resize(390, 844);
    for (String page : PAGES) {
      browser.open(page);
      settle(page);
      long width = (Long) browser.js("return document.documentElement.scrollWidth");
      long screen = (Long) browser.js("return document.documentElement.clientWidth");
      assertThat(width).as(page + " is no wider than the screen").isLessThanOrEqualTo(screen);
      assertThat((List<?>) browser.js(UNLABELLED)).as(page + " unlabelled controls").isEmpty();
      browser.screenshot("phone-" + page.substring("/console/".length()));
    }
  }

  @Test
  void everyPageLabelsEveryControlAtDesktopWidth() {
    for (String page : PAGES) {
      browser.open(page);
      settle(page);
      assertThat((List<?>) browser.js(UNLABELLED)).as(page + " unlabelled controls").isEmpty();
    }
  }

  @Test
  void theKeyboardReachesTheNavigationAndAPostingsMarks() {
    browser.open("/console/extract");
    WebElement body = browser.find("body");
    body.sendKeys(Keys.TAB);
    WebElement skip = browser.driver.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("Skip to content");
    skip.sendKeys(Keys.TAB);
    skip = browser.driver.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("SkillScope");
    List<String> stops = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
      stops.add(browser.driver.switchTo().activeElement().getText());
    }
    assertThat(stops).containsExactly("Extract", "Demand", "Postings", "Match", "Taxonomy");

    // Through the form by keyboard alone: type, submit with Enter on the button, Tab to a mark.
    browser.driver.switchTo().activeElement().sendKeys(Keys.TAB); // title
    browser.driver.switchTo().activeElement().sendKeys(Keys.TAB); // text
    WebElement text = browser.driver.switchTo().activeElement();
    assertThat(text.getAttribute("id")).isEqualTo("extract-text");
    text.sendKeys("Requirements: 3+ years of Python.");
    text.sendKeys(Keys.TAB);
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    browser.visible("#extract-result");
    browser.find("#extract-sample").sendKeys(Keys.TAB);
    WebElement mark = browser.driver.switchTo().activeElement();
    assertThat(mark.getAttribute("data-skill")).isEqualTo("python");
    assertThat(browser.visible("#mention-tip").getText()).contains("Python");
  }

  /** Waits for what the page fetches, so that the check sees the page drawn. */
  private void settle(String page) {
    switch (page) {
      case "/console/demand" -> browser.chartsReady("top-skills", "trends", "cooccurrence");
      case "/console/postings" -> browser.visible("#postings-list li");
      case "/console/skills" -> browser.visible("#skill-python");
      default -> browser.visible("main h1");
    }
  }
}
