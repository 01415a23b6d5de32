package io.skillscope.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problems every {@code /api/} call can answer (from AuthFilter and RequestLimits, which
 * run before any resource) to each operation, so the resources list only their own; and gives the
 * NDJSON stream its example as the text it is (annotation examples are read as one JSON value,
 * which would keep only the first line). Registered by {@code mp.openapi.filter} in
 * application.properties.
 */
public class OpenApiFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/api/")) {
                return;
              }
              if (path.equals("/api/v1/postings/stream") && item.getPOST() != null) {
                streamExample(item.getPOST());
              }
              item.getOperations()
                  .values()
                  .forEach(
                      operation -> {
                        APIResponses responses = operation.getResponses();
                        if (responses == null) {
                          responses = OASFactory.createAPIResponses();
                          operation.setResponses(responses);
                        }
                        add(responses, "401", "Unauthorized");
                        add(responses, "403", "Forbidden");
                        add(responses, "503", "Overloaded");
                      });
            });
  }

  private static void streamExample(Operation post) {
    if (post.getRequestBody() == null || post.getRequestBody().getContent() == null) {
      return;
    }
    MediaType ndjson = post.getRequestBody().getContent().getMediaType(PostingResource.NDJSON);
    if (ndjson != null && ndjson.getExamples() != null) {
      ndjson
          .getExamples()
          .values()
          .forEach(example -> example.setValue(ApiExamples.POSTING_STREAM));
    }
  }

  private static void add(APIResponses responses, String code, String component) {
    if (!responses.hasAPIResponse(code)) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(component));
    }
  }
}
