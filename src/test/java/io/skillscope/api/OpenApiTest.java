package io.skillscope.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI description documents every endpoint, and Swagger UI is served. */
@QuarkusTest
class OpenApiTest {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private JsonNode openapi;

  /** Fetched per test: the random test port is known only once Quarkus runs. */
  @BeforeEach
  void fetch() throws Exception {
    String json =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    openapi = new ObjectMapper().readTree(json);
  }

  /** Every operation under /api/v1, as "METHOD path" → operation. */
  private Map<String, JsonNode> operations() {
    Map<String, JsonNode> ops = new TreeMap<>();
    openapi
        .path("paths")
        .properties()
        .forEach(
            path -> {
              if (path.getKey().startsWith("/api/v1")) {
                path.getValue().properties().stream()
                    .filter(op -> METHODS.contains(op.getKey()))
                    .forEach(
                        op ->
                            ops.put(
                                op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
              }
            });
    return ops;
  }

  @Test
  void describesTheApi() {
    assertTrue(openapi.path("info").path("title").asText().contains("SkillScope"));
    assertTrue(
        openapi.path("info").path("description").asText().contains("application/problem+json"));
    JsonNode schemes = openapi.path("components").path("securitySchemes");
    assertTrue(schemes.has("bearer") && schemes.has("apiKey"), schemes.toString());
    assertTrue(
        operations()
            .keySet()
            .containsAll(
                List.of(
                    "POST /api/v1/extract",
                    "GET /api/v1/skills",
                    "GET /api/v1/skills/{id}",
                    "POST /api/v1/postings",
                    "GET /api/v1/postings",
                    "POST /api/v1/postings/batch",
                    "POST /api/v1/postings/stream",
                    "GET /api/v1/postings/{id}",
                    "DELETE /api/v1/postings/{id}",
                    "POST /api/v1/candidates",
                    "POST /api/v1/match",
                    "POST /api/v1/postings/{id}/match",
                    "GET /api/v1/postings/{id}/candidates",
                    "POST /api/v1/admin/reextract",
                    "GET /api/v1/demand",
                    "GET /api/v1/demand/trends",
                    "GET /api/v1/demand/cooccurrence")),
        operations().keySet().toString());
  }

  @Test
  void everyOperationHasASummaryAndA4xxProblem() {
    List<String> missing = new ArrayList<>();
    operations()
        .forEach(
            (name, op) -> {
              if (op.path("summary").asText().isBlank()) {
                missing.add(name + ": summary");
              }
              boolean problem =
                  op.path("responses").properties().stream()
                      .anyMatch(r -> r.getKey().startsWith("4") && isProblem(r.getValue()));
              if (!problem) {
                missing.add(name + ": 4xx problem response");
              }
            });
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  /** A response, or the component it refers to, in application/problem+json. */
  private boolean isProblem(JsonNode response) {
    JsonNode resolved = response;
    if (response.has("$ref")) {
      String name = response.path("$ref").asText().replace("#/components/responses/", "");
      resolved = openapi.path("components").path("responses").path(name);
    }
    return resolved.path("content").has(Problem.MEDIA_TYPE);
  }

  @Test
  void requestBodiesCarryExamplesFromRealPostings() {
    JsonNode paths = openapi.path("paths");
    assertExample(paths.path("/api/v1/extract").path("post"), "application/json", "Azure ML");
    assertExample(paths.path("/api/v1/extract").path("post"), "text/plain", "Power BI");
    assertExample(
        paths.path("/api/v1/postings").path("post"), "application/json", "Tecolote Research");
    assertExample(
        paths.path("/api/v1/postings/batch").path("post"), "application/json", "MD Anderson");
    // The NDJSON example stays text, every line of it.
    assertExample(
        paths.path("/api/v1/postings/stream").path("post"), "application/x-ndjson", "jy-ml-000116");
  }

  private static void assertExample(JsonNode operation, String mediaType, String excerpt) {
    JsonNode examples =
        operation.path("requestBody").path("content").path(mediaType).path("examples");
    assertFalse(examples.isEmpty(), "no example for " + mediaType + " in " + operation);
    assertTrue(examples.toString().contains(excerpt), examples.toString());
  }

  @Test
  void swaggerUiAnswers() {
    given().get("/q/swagger-ui/").then().statusCode(200);
  }
}
