package io.skillscope.extraction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A part of a posting under one heading.
 *
 * @param heading the heading as written, without bullets and the trailing colon
 * @param start first char of the heading
 * @param end end (exclusive) of the section: where the next heading starts, or the end of the text
 * @param kind what the section holds
 */
public record Section(String heading, int start, int end, Kind kind) {

  /** What a section holds; decides the level of the skills it names unless a cue says otherwise. */
  public enum Kind {
    REQUIREMENTS(Level.REQUIRED),
    PREFERRED(Level.PREFERRED),
    RESPONSIBILITIES(Level.OTHER),
    COMPANY(Level.OTHER),
    BENEFITS(Level.OTHER),
    OTHER(Level.OTHER);

    private final Level level;

    Kind(Level level) {
      this.level = level;
    }

    /** The level a skill named under such a heading gets when its sentence holds no cue. */
    public Level level() {
      return level;
    }

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Section {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start + heading.length()) {
      throw new IllegalArgumentException("bad section span " + start + ".." + end);
    }
  }

  /** Offsets of the heading itself, for the evidence of a level. */
  LevelEvidence evidence() {
    return new LevelEvidence("section", heading, start, start + heading.length());
  }
}
