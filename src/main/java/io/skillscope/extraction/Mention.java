package io.skillscope.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One place where the text names a skill.
 *
 * @param start first char in the extracted text
 * @param end end (exclusive); {@code text.substring(start, end)} is {@link #text()}
 * @param text the words as written
 * @param sentence 0-based sentence index
 * @param confidence how sure we are that these words name the skill, in (0, 1]
 * @param rule what admitted the mention: {@code alias} (an unambiguous alias), {@code context:KIND}
 *     (an ambiguous alias whose {@code when} condition of that kind held), or {@code also} (implied
 *     by an alias of another skill, as tf.keras implies TensorFlow)
 * @param alias the taxonomy alias that matched
 * @param level how this sentence asks for the skill
 * @param evidence the cue or section heading that decided {@code level}; absent when neither did
 *     and the level is the default {@code other}
 * @param minYears years of experience the sentence asks for this skill; absent when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "start",
  "end",
  "text",
  "sentence",
  "confidence",
  "rule",
  "alias",
  "level",
  "evidence",
  "minYears"
})
public record Mention(
    int start,
    int end,
    String text,
    int sentence,
    double confidence,
    String rule,
    String alias,
    Level level,
    LevelEvidence evidence,
    Integer minYears) {

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(level, "level");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
