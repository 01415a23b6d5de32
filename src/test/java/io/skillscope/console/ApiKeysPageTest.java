package io.skillscope.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With API keys configured the console asks for one, keeps it for the tab and sends it; a refused
 * key or a missing role is said in words. (Keys: AuthFilterTest's reader and ingester.)
 */
@QuarkusTest
@TestProfile(ConsoleKeysProfile.class)
class ApiKeysPageTest extends BrowserTest {

  private static final String READER = ConsoleKeysProfile.READER;

  @BeforeEach
  void freshTab() {
    refusedCallsExpected = true; // 401s before a key is given, 403s for a reader
    browser.open("/console/extract");
    browser.js("sessionStorage.clear()");
    browser.open("/console/extract");
  }

  @Test
  void theConsoleAsksForAKeyThenWorksWithIt() {
    browser.find("#extract-sample").click();
    browser.visible("#key-dialog");
    assertThat(browser.find("#key-reason").getText()).contains("Ask whoever runs the service");
    assertThat(browser.find("#key-status").isDisplayed()).isFalse();
    browser.screenshot("api-key");

    browser.find("#key-input").sendKeys("not-a-key");
    browser.find("#key-submit").click();
    browser.text("#key-reason", "The service did not accept the key: The API key is not known.");

    browser.find("#key-input").sendKeys(READER);
    browser.find("#key-submit").click();
    browser.visible("#extract-result");
    assertThat(browser.all("#extract-doc mark")).isNotEmpty();
    assertThat(browser.js("return sessionStorage.getItem('skillscope.apiKey')")).isEqualTo(READER);
    assertThat(browser.url()).doesNotContain(READER);
    assertThat(browser.find("#key-status").isDisplayed()).isTrue();

    // The key holds for the tab: the next page asks for nothing.
    browser.open("/console/skills");
    browser.visible("#skill-python");
    assertThat(browser.find("#key-dialog").isDisplayed()).isFalse();
    // Re-extraction progress needs the admin role, which a reader lacks: said, not asked.
    browser.text("#reextract-state", "Re-extraction progress needs a key with the admin role.");
  }

  @Test
  void aKeyWithoutTheRoleIsToldInWords() {
    browser.js("sessionStorage.setItem('skillscope.apiKey', arguments[0])", READER);
    browser.open("/console/match");
    browser.paste("#match-resume", "Five years of Python, SQL and statistics.");
    browser.find("#match-submit").click();
    // Storing a résumé needs the ingest role: the console keeps it in the tab instead and says why.
    browser.text(
        "#match-message", "Your API key may not store résumés: this one stays in this tab only.");
    assertThat(browser.url()).contains("resume=tab");
  }

  @Test
  void cancellingTheKeyDialogLeavesTheProblemInWords() {
    browser.find("#extract-sample").click();
    browser.visible("#key-dialog");
    browser.find("#key-cancel").click();
    assertThat(browser.visible("#extract-message .problem").getText())
        .contains("This needs an API key.", "This API needs a key");
  }
}
