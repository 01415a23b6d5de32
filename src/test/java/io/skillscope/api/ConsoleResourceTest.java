package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static io.skillscope.api.ExtractResourceTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's pages as HTTP answers: where the service's address leads, the security headers, and
 * that the assets the pages load are served. What the pages show: io.skillscope.console.
 */
@QuarkusTest
class ConsoleResourceTest {

  private static final List<String> PAGES =
      List.of(
          "/console/extract",
          "/console/demand",
          "/console/postings",
          "/console/postings/some-id",
          "/console/match",
          "/console/skills");

  @Test
  void theServicesAddressLeadsToTheExtractPage() {
    for (String path : List.of("/", "/console")) {
      given()
          .redirects()
          .follow(false)
          .get(path)
          .then()
          .statusCode(303)
          .header("Location", endsWith("/console/extract"));
    }
  }

  @Test
  void everyPageIsHtmlThatForbidsInlineScriptAndLoadsItsOwnModule() {
    for (String page : PAGES) {
      given()
          .get(page)
          .then()
          .statusCode(200)
          .contentType(containsString("text/html"))
          .header("Content-Security-Policy", containsString("script-src 'self'"))
          .header("Content-Security-Policy", not(containsString("unsafe-inline")))
          .header("X-Content-Type-Options", equalTo("nosniff"))
          .body(containsString("<script type=\"module\" src=\"/console/assets/js/"))
          .body(containsString("aria-current=\"page\""));
    }
  }

  @Test
  void aPostingIdWithMarkupIsEscapedInItsPage() {
    String page =
        given().get("/console/postings/<b>x\"y").then().statusCode(200).extract().asString();
    assertThat(page).contains("data-id=\"&lt;b&gt;x&quot;y\"").doesNotContain("<b>x");
  }

  @Test
  void theChartLibraryThePagesImportIsServedByTheService() {
    String charts =
        given()
            .get("/console/assets/js/charts.js")
            .then()
            .statusCode(200)
            .contentType(containsString("javascript"))
            .extract()
            .asString();
    Matcher from = Pattern.compile("from '(/_static/echarts/[^']+)'").matcher(charts);
    assertThat(from.find()).as("charts.js imports ECharts from the service").isTrue();
    given().get(from.group(1)).then().statusCode(200).contentType(containsString("javascript"));
  }

  @Test
  void anUnknownConsolePageIsA404Problem() {
    assertProblem(given().get("/console/nothing-here").then(), 404);
  }
}
