package io.skillscope.demand;

import io.skillscope.posting.InvalidQueryException;
import java.util.List;

/** A skill id the taxonomy does not know; the message names it and the nearest known ids. */
public class UnknownSkillException extends InvalidQueryException {

  private final List<String> unknown;

  public UnknownSkillException(String parameter, List<String> unknown, String message) {
    super(parameter, message);
    this.unknown = List.copyOf(unknown);
  }

  /** The ids that were not found. */
  public List<String> unknown() {
    return unknown;
  }
}
