package io.skillscope.console;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A console test class: one browser for all its tests, started before the first (after {@link
 * #prepare}) and closed after the last; after each test the browser's console must hold no error.
 */
abstract class BrowserTest {

  @TestHTTPResource("/")
  URL base;

  static Browser browser;

  /** A test that provokes 401, 403 or 404 answers on purpose sets this. */
  boolean refusedCallsExpected;

  /** What the class needs in the service before its browser starts (run once per class). */
  void prepare() {}

  @BeforeEach
  final void startBrowser() {
    if (browser == null) {
      prepare();
      browser = Browser.start(base);
    }
  }

  @AfterEach
  final void noErrors() {
    browser.resize(1280, 900);
    browser.assertNoErrors(refusedCallsExpected);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
