package io.skillscope.posting;

/** A search parameter the index cannot run, such as a full-text query that does not parse. */
public class InvalidQueryException extends RuntimeException {

  private final String parameter;

  public InvalidQueryException(String parameter, String message) {
    super(message, null, false, false);
    this.parameter = parameter;
  }

  /** The query parameter at fault. */
  public String parameter() {
    return parameter;
  }
}
