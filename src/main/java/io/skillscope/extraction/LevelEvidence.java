package io.skillscope.extraction;

import java.util.Objects;

/**
 * Why a mention got its level: the cue phrase in its sentence or the heading of its section, with
 * its offsets in the extracted text so a user can see it.
 *
 * @param source {@code cue} (a phrase in the sentence, such as "a plus" or "3+ years") or {@code
 *     section} (the heading of the section the sentence sits in) or {@code model} (the sentence,
 *     read by the optional {@link LevelModel})
 * @param text the cue or heading as written
 * @param start first char of {@code text}
 * @param end end (exclusive)
 */
public record LevelEvidence(String source, String text, int start, int end) {

  public LevelEvidence {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
