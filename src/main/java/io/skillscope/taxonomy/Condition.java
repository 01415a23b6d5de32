package io.skillscope.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A context condition on an alias: {@code when} conditions admit a mention, {@code unless}
 * conditions reject one. Conditions are data; {@code io.skillscope.extraction} evaluates them.
 */
public sealed interface Condition {

  /** The confidence of a mention admitted by this condition, if the taxonomy gives one. */
  OptionalDouble confidence();

  /** A short name for the condition kind, reported as the mention's rule. */
  String kind();

  /** The text just before the mention, on the same line, ends with a match of {@code pattern}. */
  record Before(Pattern pattern, OptionalDouble confidence) implements Condition {
    public Before {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public String kind() {
      return "before";
    }
  }

  /** The text just after the mention, on the same line, starts with a match of {@code pattern}. */
  record After(Pattern pattern, OptionalDouble confidence) implements Condition {
    public After {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public String kind() {
      return "after";
    }
  }

  /**
   * One of {@code words} (lower-case; an entry ending in {@code *} is a prefix) is within {@code
   * window} tokens of the mention in the same sentence.
   */
  record Near(Set<String> words, List<String> prefixes, int window, OptionalDouble confidence)
      implements Condition {
    public Near {
      words = Set.copyOf(words);
      prefixes = List.copyOf(prefixes);
      if (window < 1) {
        throw new IllegalArgumentException("window must be at least 1");
      }
    }

    @Override
    public String kind() {
      return "near";
    }
  }

  /** Another skill's unconditional mention lies within {@code window} tokens, same sentence. */
  record NearSkill(int window, OptionalDouble confidence) implements Condition {
    public NearSkill {
      if (window < 1) {
        throw new IllegalArgumentException("window must be at least 1");
      }
    }

    @Override
    public String kind() {
      return "nearSkill";
    }
  }

  /** OpenNLP's POS tagger gives the mention's first token one of {@code tags} (UD tag set). */
  record Pos(Set<String> tags, OptionalDouble confidence) implements Condition {
    public Pos {
      tags = Set.copyOf(tags);
    }

    @Override
    public String kind() {
      return "pos";
    }
  }

  /** The sentence holding the mention contains a match of {@code pattern}. */
  record Sentence(Pattern pattern, OptionalDouble confidence) implements Condition {
    public Sentence {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public String kind() {
      return "sentence";
    }
  }
}
