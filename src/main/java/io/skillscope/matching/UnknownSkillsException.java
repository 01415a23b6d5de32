package io.skillscope.matching;

import java.util.List;

/** A candidate's skill list names ids the taxonomy does not have. */
public class UnknownSkillsException extends RuntimeException {

  private final transient List<String> ids;

  public UnknownSkillsException(List<String> ids) {
    super("unknown skill ids: " + String.join(", ", ids), null, false, false);
    this.ids = List.copyOf(ids);
  }

  public List<String> ids() {
    return ids;
  }
}
