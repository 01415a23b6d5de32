package io.skillscope.extraction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a posting asks for a skill (see {@code shared/eval/LABELS.md}): as a must, as a plus, or not
 * as a demand on the candidate at all (the company's stack, the team's duties).
 */
public enum Level {
  REQUIRED,
  PREFERRED,
  OTHER;

  /** When one skill is named at several levels the strongest wins: required > preferred > other. */
  public boolean strongerThan(Level other) {
    return ordinal() < other.ordinal();
  }

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
