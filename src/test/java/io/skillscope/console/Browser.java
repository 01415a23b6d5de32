package io.skillscope.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, driven through Debian's chromedriver: {@code
 * /usr/bin/chromium} and {@code /usr/bin/chromedriver}, never a downloaded driver. Where they are
 * missing the tests are skipped with a message, except under {@code CI=true}, where they fail
 * ({@code .ci/run} installs both). Waits are explicit, on the console's test hooks, with a generous
 * timeout for a loaded 2-core machine; nothing sleeps.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  final ChromeDriver driver;
  private final URL base;
  private final Path profile;
  final Path downloads;

  private Browser(URL base, Path profile, Path downloads, ChromeDriver driver) {
    this.base = base;
    this.profile = profile;
    this.downloads = downloads;
    this.driver = driver;
  }

  /** A browser at 1280 × 900 for the service at base, or the test is skipped (failed on CI). */
  static Browser start(URL base) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String missing =
          "Browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " (Debian packages chromium"
              + " and chromium-driver: apt-get install -y chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(missing + "; CI must have them (.ci/run installs them)");
      }
      Assumptions.abort(missing + "; skipped here.");
    }
    try {
      Path profile = Files.createTempDirectory("skillscope-chromium-");
      Path downloads = Files.createTempDirectory("skillscope-downloads-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-dev-shm-usage",
          "--hide-scrollbars",
          "--lang=en-US",
          "--window-size=1280,900",
          "--user-data-dir=" + profile);
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(PATIENCE);
      return new Browser(base, profile, downloads, driver);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a console path ("/console/extract") and waits for the page to have loaded. */
  Browser open(String path) {
    driver.get(base.toString().replaceAll("/$", "") + path);
    waitUntil(d -> "complete".equals(js("return document.readyState")));
    return this;
  }

  String url() {
    return driver.getCurrentUrl();
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Sets a text field's value as a paste would (typing 5,000 characters takes long). */
  void paste(String css, String text) {
    js(
        "const f = document.querySelector(arguments[0]); f.focus(); f.value = arguments[1];"
            + " f.dispatchEvent(new Event('input', {bubbles: true}));",
        css,
        text);
  }

  <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE).until(condition);
  }

  /** Waits until the element is shown (and answers it). */
  WebElement visible(String css) {
    return waitUntil(
        d -> {
          List<WebElement> found = d.findElements(By.cssSelector(css));
          return !found.isEmpty() && found.getFirst().isDisplayed() ? found.getFirst() : null;
        });
  }

  /** Waits until the element's text is exactly text. */
  void text(String css, String text) {
    waitUntil(
        d ->
            d.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> text.equals(e.getText().strip())));
  }

  /** Waits for every listed chart (data-chart) to be drawn (data-ready="true"). */
  void chartsReady(String... charts) {
    for (String chart : charts) {
      visible("[data-chart='" + chart + "'][data-ready='true']");
    }
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Saves the whole page (not only the window) as target/screenshots/name.png. */
  Path screenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    long height = (Long) js("return Math.ceil(document.documentElement.scrollHeight)");
    try {
      resize(window.getWidth(), (int) Math.min(Math.max(height, window.getHeight()), 8000));
      js("window.scrollTo(0, 0)");
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      resize(window.getWidth(), window.getHeight());
    }
  }

  /** The browser's console messages since the last call. */
  List<LogEntry> log() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /**
   * No script error, failed request or refused resource (CSP) since the last look; with
   * refusedCallsExpected, API answers of 401, 403 and 404 (which the browser logs as failed loads)
   * are let through.
   */
  void assertNoErrors(boolean refusedCallsExpected) {
    assertThat(
            log().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !(refusedCallsExpected && m.matches(".*status of 40[134].*"))))
        .as("errors in the browser console")
        .isEmpty();
  }

  /** A file the browser downloaded, once it is complete. */
  Path downloaded(String name) {
    Path file = downloads.resolve(name);
    waitUntil(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
      delete(downloads);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
