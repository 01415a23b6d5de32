package io.skillscope.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Posting text is shown as text: markup in it runs nothing and draws nothing, on the extract page
 * and on a stored posting's page; and the pages' Content-Security-Policy refuses inline script.
 */
@QuarkusTest
@TestProfile(ConsoleProfile.class)
class HostileTextTest extends BrowserTest {

  private static final String HOSTILE =
      "Requirements: Python and SQL.\n"
          + "<script>window.pwned = 'script'</script>\n"
          + "<img src=x onerror=\"window.pwned = 'img'\">\n"
          + "<a href=\"javascript:window.pwned = 'link'\">apply here</a> with R or SAS.\n"
          + "<svg onload=\"window.pwned = 'svg'\"></svg><b>bold</b> &amp; &lt;tags&gt;";

  @Test
  void markupInAPastedPostingIsShownAsTextAndRunsNothing() {
    int mentions = CorpusPostings.extract(HOSTILE).getList("skills.mentions.flatten()").size();
    browser.open("/console/extract");
    browser.find("#extract-text").sendKeys(HOSTILE);
    browser.find("#extract-submit").click();
    browser.visible("#extract-result");

    assertThat(browser.all("#extract-doc mark")).hasSize(mentions);
    assertNothingRan("#extract-doc");
    assertThat(browser.find("#extract-doc").getText())
        .contains("<script>window.pwned = 'script'</script>", "<img src=x onerror=", "&amp;");
    browser.assertNoErrors(false);
    browser.screenshot("hostile-extract");
  }

  @Test
  void aStoredPostingWithMarkupInEveryFieldShowsItAsText() {
    String company = "<img src=x onerror=\"window.pwned = 'company'\"> " + UUID.randomUUID();
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title",
                    "<script>window.pwned = 'title'</script>Data Engineer",
                    "company",
                    company,
                    "location",
                    "<b onmouseover=\"window.pwned = 'location'\">Berlin</b>",
                    "description",
                    HOSTILE))
            .post("/api/v1/postings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    browser.open("/console/postings/" + id);
    browser.visible("#posting-result");
    assertThat(browser.find("#posting-title").getText())
        .isEqualTo("<script>window.pwned = 'title'</script>Data Engineer");
    assertThat(browser.find("#posting-meta").getText()).contains(company);
    assertNothingRan("#posting");
    assertNothingRan("#posting-doc");

    browser.open(
        "/console/postings?company="
            + java.net.URLEncoder.encode(company, java.nio.charset.StandardCharsets.UTF_8));
    browser.visible("#postings-list li");
    assertNothingRan("#postings-list");
    assertThat(browser.find("#postings-list").getText()).contains("<script>");
    browser.assertNoErrors(false);
  }

  @Test
  void thePagesContentSecurityPolicyRefusesInlineScript() {
    given()
        .get("/console/extract")
        .then()
        .statusCode(200)
        .header(
            "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
        .header(
            "Content-Security-Policy",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")));
    browser.open("/console/extract");
    browser.log();
    Object ran =
        browser.js(
            "const s = document.createElement('script');"
                + " s.textContent = 'window.inlineRan = true'; document.head.append(s);"
                + " return window.inlineRan === true;");
    assertThat(ran).isEqualTo(false);
    assertThat(browser.log())
        .anySatisfy(e -> assertThat(e.getMessage()).contains("Content Security Policy"));
  }

  private void assertNothingRan(String container) {
    assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);
    assertThat(
            browser.all(
                container
                    + " script, "
                    + container
                    + " img, "
                    + container
                    + " svg, "
                    + container
                    + " b"))
        .isEmpty();
    assertThat(browser.all(container + " a[href^='javascript']")).isEmpty();
  }
}
