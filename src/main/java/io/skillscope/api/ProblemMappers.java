package io.skillscope.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.skillscope.posting.InvalidQueryException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception that can leave a resource to a {@link Problem}. The detail names what was
 * wrong (the field, the JSON position, the limit) and never a Java class or a stack trace.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, HttpServerRequest request) {
    return respond(e.problem(), request);
  }

  @ServerExceptionMapper
  public Response violations(ResteasyReactiveViolationException e, HttpServerRequest request) {
    return constraintViolations(e, request);
  }

  @ServerExceptionMapper
  public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
    List<Problem.Violation> violations =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.Violation(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    String detail =
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .collect(Collectors.joining("; "));
    return respond(
        new Problem("/problems/validation", "Invalid request", 400, detail, null, violations),
        request);
  }

  @ServerExceptionMapper
  public Response invalidQuery(InvalidQueryException e, HttpServerRequest request) {
    return problem(ProblemException.invalid(e.parameter(), e.getMessage()), request);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, HttpServerRequest request) {
    return respond(jsonProblem(e), request);
  }

  /** Quarkus maps this one itself, in another shape; ours wins for the exact type. */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
    return respond(jsonProblem(e), request);
  }

  @ServerExceptionMapper
  public Response unparsable(JsonParseException e, HttpServerRequest request) {
    return respond(jsonProblem(e), request);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, HttpServerRequest request) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return respond(jsonProblem(json), request);
    }
    int status = e.getResponse().getStatus();
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "HTTP " + status : type.getReasonPhrase();
    String detail =
        switch (status) {
          case 404 -> "There is no resource at " + request.path() + ".";
          case 405 -> request.method() + " is not allowed on " + request.path() + ".";
          case 406 -> "None of the media types in Accept can be produced here.";
          case 415 -> "Content-Type " + contentType(request) + " is not accepted here.";
          default -> title + ".";
        };
    String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return respond(new Problem("/problems/" + slug, title, status, detail, null, null), request);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpServerRequest request) {
    LOG.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
    return respond(
        new Problem(
            "/problems/internal-error",
            "Internal Server Error",
            500,
            "The server failed to answer this request; the failure is logged.",
            null,
            null),
        request);
  }

  private static Problem jsonProblem(JsonProcessingException e) {
    String where = location(e.getLocation());
    String detail;
    List<Problem.Violation> violations = null;
    if (e instanceof UnrecognizedPropertyException u) {
      detail = "Unknown field \"" + u.getPropertyName() + "\"" + where + ".";
      violations = List.of(new Problem.Violation(jsonPath(u), "unknown field"));
    } else if (e instanceof InvalidFormatException f) {
      detail = "Field \"" + jsonPath(f) + "\" has an invalid value" + where + ".";
      violations = List.of(new Problem.Violation(jsonPath(f), "invalid value"));
    } else if (e instanceof MismatchedInputException m && !jsonPath(m).isEmpty()) {
      detail = "Field \"" + jsonPath(m) + "\" has the wrong type" + where + ".";
      violations = List.of(new Problem.Violation(jsonPath(m), "wrong type"));
    } else if (e instanceof MismatchedInputException) {
      detail = "The body is not the JSON object this endpoint takes" + where + ".";
    } else {
      String message =
          e.getOriginalMessage() == null
              ? ""
              : e.getOriginalMessage().lines().findFirst().orElse("");
      // Jackson appends where a still-open object started, with a note about source redaction.
      message = message.replaceAll("\\s*\\(?(start marker at )?\\[Source:.*$", "").strip();
      detail = "Malformed JSON" + where + ": " + message;
    }
    return new Problem("/problems/malformed-json", "Malformed JSON", 400, detail, null, violations);
  }

  private static String location(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String jsonPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  /** The name a client knows: the body field, the query parameter, or "body" for the body. */
  private static String field(ConstraintViolation<?> violation) {
    String parameter = null;
    StringBuilder property = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (!property.isEmpty()) {
          property.append('.');
        }
        property.append(node.getName());
        if (node.getIndex() != null) {
          property.append('[').append(node.getIndex()).append(']');
        }
      }
    }
    if (!property.isEmpty()) {
      return property.toString();
    }
    if (parameter == null || parameter.equals("request") || parameter.equals("body")) {
      return "body";
    }
    return parameter;
  }

  private static String contentType(HttpServerRequest request) {
    String type = request.getHeader("Content-Type");
    return type == null ? "(none)" : type;
  }

  private static Response respond(Problem problem, HttpServerRequest request) {
    if (request.path().startsWith("/api/v1/postings") && "POST".equals(request.method().name())) {
      Metrics.counter("skillscope.ingest.failures", "status", String.valueOf(problem.status()))
          .increment();
    }
    Problem withInstance =
        new Problem(
            problem.type(),
            problem.title(),
            problem.status(),
            problem.detail(),
            request.path(),
            problem.violations());
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withInstance).build();
  }
}
