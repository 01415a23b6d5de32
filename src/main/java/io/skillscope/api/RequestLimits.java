package io.skillscope.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Semaphore;

/**
 * Sheds load before it reaches a resource: a request over the in-flight limit gets a 503 problem
 * with {@code Retry-After}, a body announced larger than the limit a 413 problem. It is a Vert.x
 * route handler rather than a JAX-RS filter so that the permit is released when the response ends
 * whatever happened (error, client gone), via the routing context's end handler.
 */
@ApplicationScoped
public class RequestLimits {

  private final LimitsConfig config;
  private final Semaphore inFlight;
  private final ObjectMapper json;

  public RequestLimits(LimitsConfig config, ObjectMapper json) {
    this.config = config;
    this.inFlight = new Semaphore(config.maxInFlight());
    this.json = json;
  }

  void register(@Observes Router router) {
    router.route("/api/*").order(-100).handler(this::handle);
  }

  private void handle(RoutingContext rc) {
    String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && !rc.request().path().endsWith("/stream") && tooLong(length)) {
      refuse(
          rc,
          413,
          "body-too-large",
          "Payload Too Large",
          "The request body has "
              + length
              + " bytes; the limit is "
              + config.maxBodyBytes()
              + " (skillscope.limits.max-body-bytes).");
      return;
    }
    if (!inFlight.tryAcquire()) {
      rc.response()
          .putHeader("Retry-After", String.valueOf(Math.max(1, config.retryAfter().toSeconds())));
      refuse(
          rc,
          503,
          "overloaded",
          "Service Unavailable",
          "The service is at its limit of "
              + config.maxInFlight()
              + " requests under way (skillscope.limits.max-in-flight); retry shortly.");
      return;
    }
    rc.addEndHandler(done -> inFlight.release());
    rc.next();
  }

  private boolean tooLong(String length) {
    try {
      return Long.parseLong(length.strip()) > config.maxBodyBytes();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void refuse(RoutingContext rc, int status, String slug, String title, String detail) {
    Problem problem =
        new Problem("/problems/" + slug, title, status, detail, rc.request().path(), null);
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Problem always serialises", e);
    }
    rc.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader("Connection", "close")
        .end(body);
  }
}
