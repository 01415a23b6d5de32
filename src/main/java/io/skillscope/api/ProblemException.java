package io.skillscope.api;

import java.util.List;

/** Thrown by resources to answer with a specific problem. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(int status, String slug, String title, String detail) {
    this(new Problem("/problems/" + slug, title, status, detail, null, null));
  }

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  static ProblemException notFound(String what) {
    return new ProblemException(404, "not-found", "Not Found", what);
  }

  static ProblemException invalid(String field, String message) {
    return new ProblemException(
        new Problem(
            "/problems/validation",
            "Invalid request",
            400,
            field + ": " + message,
            null,
            List.of(new Problem.Violation(field, message))));
  }
}
