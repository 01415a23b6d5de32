package io.skillscope.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * One way a skill is written, with the rules that decide whether a match is really the skill.
 *
 * @param text the alias as a reader would see it ("scikit-learn", "A/B testing")
 * @param caseSensitive whether the letters must match exactly ("R", "SAS")
 * @param confidence the confidence of a mention this alias makes, in (0, 1]
 * @param when conditions of which at least one must hold; empty means always
 * @param unless conditions of which none may hold
 * @param also ids of further skills the same span names ("tf.keras" also names TensorFlow)
 * @param line the line of the taxonomy file that defines the alias, for messages
 */
public record Alias(
    String text,
    boolean caseSensitive,
    double confidence,
    List<Condition> when,
    List<Condition> unless,
    List<String> also,
    int line) {

  public Alias {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("alias text is blank");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
    }
    when = List.copyOf(when);
    unless = List.copyOf(unless);
    also = List.copyOf(also);
  }

  /** Whether the alias needs context to count (it has {@code when} conditions). */
  public boolean conditional() {
    return !when.isEmpty();
  }

  /** Whether the alias has any rule that can tell it apart from the same words elsewhere. */
  public boolean hasRule() {
    return caseSensitive || !when.isEmpty() || !unless.isEmpty();
  }
}
