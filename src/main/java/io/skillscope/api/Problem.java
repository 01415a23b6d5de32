package io.skillscope.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error shape of the API (RFC 9457 problem details), sent as {@code
 * application/problem+json}. Never holds a class name or a stack trace.
 *
 * @param type a URI naming the kind of problem, documented in docs/api.md
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what was wrong with this request, for a person
 * @param instance the request path
 * @param violations for validation problems: each field and what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details, sent as application/problem+json")
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    violations = violations == null ? null : List.copyOf(violations);
  }

  /**
   * One invalid field.
   *
   * @param field the field, query parameter or {@code body}
   * @param message what is wrong with it
   */
  @Schema(description = "One invalid field")
  public record Violation(
      @Schema(description = "The field, query parameter or body", example = "text") String field,
      @Schema(description = "What is wrong with it", example = "must not be blank")
          String message) {}
}
