package io.skillscope.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks API keys on every {@code /api/} call when keys are configured: 401 without a known key,
 * 403 when the key lacks the role the call needs (see {@link ApiKeys} for how keys are compared).
 */
public class AuthFilter {

  private final ApiKeys keys;

  public AuthFilter(ApiKeys keys) {
    this.keys = keys;
  }

  @ServerRequestFilter
  public Response check(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (keys.open() || !path.startsWith("/api/")) {
      return null;
    }
    String presented = presentedKey(request);
    if (presented == null) {
      return problem(
          401,
          "unauthorized",
          "Unauthorized",
          "This API needs a key: send Authorization: Bearer KEY or X-API-Key: KEY.");
    }
    ApiKeys.Known match = keys.find(presented);
    if (match == null) {
      return problem(401, "unauthorized", "Unauthorized", "The API key is not known.");
    }
    AuthConfig.Role needed = neededRole(request.getMethod(), path);
    if (!match.roles().contains(needed)) {
      return problem(
          403,
          "forbidden",
          "Forbidden",
          "The key \""
              + match.name()
              + "\" lacks the role \""
              + needed
              + "\" that "
              + request.getMethod()
              + " "
              + path
              + " needs.");
    }
    return null;
  }

  /**
   * Reading and computing needs {@code read}; storing needs {@code ingest}; admin calls {@code
   * admin}.
   */
  static AuthConfig.Role neededRole(String method, String path) {
    if (path.startsWith("/api/v1/admin")) {
      return AuthConfig.Role.admin;
    }
    boolean writes = !method.equals("GET") && !method.equals("HEAD");
    boolean stores =
        path.startsWith("/api/v1/postings") && !path.endsWith("/match")
            || path.startsWith("/api/v1/candidates");
    return writes && stores ? AuthConfig.Role.ingest : AuthConfig.Role.read;
  }

  private static String presentedKey(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String key = authorization.substring(7).strip();
      return key.isEmpty() ? null : key;
    }
    String header = request.getHeaderString("X-API-Key");
    return header == null || header.isBlank() ? null : header.strip();
  }

  private static Response problem(int status, String slug, String title, String detail) {
    Response.ResponseBuilder builder =
        Response.status(status)
            .type(Problem.MEDIA_TYPE)
            .entity(new Problem("/problems/" + slug, title, status, detail, null, null));
    if (status == 401) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return builder.build();
  }
}
