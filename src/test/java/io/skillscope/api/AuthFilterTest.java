package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static io.skillscope.api.ExtractResourceTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AuthFilterTest.WithKeys.class)
class AuthFilterTest {

  /** Two keys: a reader and an ingester. */
  public static class WithKeys implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "skillscope.auth.keys.dashboard.key", "reader-secret-1",
          "skillscope.auth.keys.dashboard.roles", "read",
          "skillscope.auth.keys.ats.key", "ingest-secret-2",
          "skillscope.auth.keys.ats.roles", "ingest");
    }
  }

  @Test
  void aCallWithoutAKeyIsUnauthorized() {
    assertProblem(given().get("/api/v1/skills").then(), 401)
        .header("WWW-Authenticate", equalTo("Bearer"));
  }

  @Test
  void anUnknownKeyIsUnauthorized() {
    assertProblem(given().header("Authorization", "Bearer nope").get("/api/v1/skills").then(), 401)
        .body("detail", equalTo("The API key is not known."));
  }

  @Test
  void aBearerKeyWithTheRoleIsLetThrough() {
    given()
        .header("Authorization", "Bearer reader-secret-1")
        .get("/api/v1/skills")
        .then()
        .statusCode(200);
  }

  @Test
  void theXApiKeyHeaderWorksToo() {
    given()
        .header("X-API-Key", "reader-secret-1")
        .contentType("text/plain")
        .body("Python")
        .post("/api/v1/extract")
        .then()
        .statusCode(200);
  }

  @Test
  void aKeyWithoutTheRoleIsForbiddenAndNamedButNotShown() {
    assertProblem(given().header("X-API-Key", "ingest-secret-2").get("/api/v1/skills").then(), 403)
        .body("detail", containsString("\"ats\""))
        .body("detail", containsString("\"read\""))
        .body(org.hamcrest.Matchers.not(containsString("ingest-secret-2")));
  }

  @Test
  void healthStaysOpenForProbes() {
    given().get("/q/health/live").then().statusCode(200);
  }

  @Test
  void rolesFollowWhatACallDoes() {
    assertThat(AuthFilter.neededRole("GET", "/api/v1/postings")).isEqualTo(AuthConfig.Role.read);
    assertThat(AuthFilter.neededRole("POST", "/api/v1/extract")).isEqualTo(AuthConfig.Role.read);
    assertThat(AuthFilter.neededRole("POST", "/api/v1/postings/batch"))
        .isEqualTo(AuthConfig.Role.ingest);
    assertThat(AuthFilter.neededRole("DELETE", "/api/v1/postings/abc"))
        .isEqualTo(AuthConfig.Role.ingest);
    assertThat(AuthFilter.neededRole("POST", "/api/v1/postings/abc/match"))
        .isEqualTo(AuthConfig.Role.read);
    assertThat(AuthFilter.neededRole("POST", "/api/v1/match")).isEqualTo(AuthConfig.Role.read);
    assertThat(AuthFilter.neededRole("POST", "/api/v1/candidates"))
        .isEqualTo(AuthConfig.Role.ingest);
    assertThat(AuthFilter.neededRole("GET", "/api/v1/admin/reextract"))
        .isEqualTo(AuthConfig.Role.admin);
  }
}
