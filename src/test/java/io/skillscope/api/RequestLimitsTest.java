package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static io.skillscope.api.ExtractResourceTest.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no room for any request and a tiny body limit, both refusals show deterministically. */
@QuarkusTest
@TestProfile(RequestLimitsTest.Tight.class)
class RequestLimitsTest {

  public static class Tight implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "skillscope.limits.max-in-flight",
          "0",
          "skillscope.limits.max-body-bytes",
          "100",
          "skillscope.limits.retry-after",
          "3s");
    }
  }

  @Test
  void aBodyOverTheLimitIsA413Problem() {
    assertProblem(
            given()
                .contentType("text/plain")
                .body("Python ".repeat(50))
                .post("/api/v1/extract")
                .then(),
            413)
        .body("detail", containsString("limit is 100"));
  }

  @Test
  void aRequestOverTheInFlightLimitIsA503ProblemWithRetryAfter() {
    assertProblem(
            given().contentType("text/plain").body("Python").post("/api/v1/extract").then(), 503)
        .header("Retry-After", equalTo("3"));
  }

  @Test
  void healthIsNotShed() {
    given().get("/q/health/live").then().statusCode(200);
  }
}
