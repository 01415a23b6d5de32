package io.skillscope.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive alternation of phrases, tried only at word starts whose first char can open
 * one of them.
 *
 * <p>{@code Pattern.find} tries every alternative at every char: over the few dozen cue and heading
 * phrases that made the level stage cost as much as the rest of the pipeline. Here a sentence costs
 * one table lookup (its first two letters) per word and a {@code lookingAt} only where a phrase can
 * start. Write each alternative without a leading {@code \b}: a word start is implied. Immutable
 * and thread-safe.
 */
final class PhrasePattern {

  private final Pattern pattern;

  /**
   * First two chars (lower-case ASCII) that can open a phrase; a one-char word uses {@code ' '}.
   */
  private final boolean[] openers = new boolean[128 * 128];

  PhrasePattern(String regex) {
    this.pattern = Pattern.compile("(?i)(?:" + regex + ")");
    // The opening chars of every alternative, nested ones included: a superset is only slower.
    for (String alternative : regex.split("\\|")) {
      String a = alternative.replace("(?:", "").replace("(", "");
      if (a.isEmpty() || a.charAt(0) >= 128 || !Character.isLetterOrDigit(a.charAt(0))) {
        continue;
      }
      char first = Character.toLowerCase(a.charAt(0));
      char second = a.length() > 1 ? Character.toLowerCase(a.charAt(1)) : ' ';
      if (second < 128 && Character.isLetterOrDigit(second)) {
        openers[first * 128 + second] = true;
      } else {
        // a regex construct or the end of a one-letter word: any second char may follow
        for (int c = 0; c < 128; c++) {
          openers[first * 128 + c] = true;
        }
      }
    }
  }

  /** Calls {@code found} with each non-overlapping match in {@code text[from, to)}, in order. */
  void forEach(CharSequence text, int from, int to, Found found) {
    Matcher m = null;
    int i = from;
    while (i < to) {
      if (isWordStart(text, from, i)) {
        m = m == null ? pattern.matcher(text) : m;
        m.region(i, to);
        if (m.lookingAt()) {
          found.at(m.start(), m.end());
          i = Math.max(m.end(), i + 1);
          continue;
        }
      }
      i++;
    }
  }

  /** Whether any phrase occurs in {@code text}. */
  boolean in(CharSequence text) {
    Matcher m = null;
    for (int i = 0; i < text.length(); i++) {
      if (isWordStart(text, 0, i)) {
        m = m == null ? pattern.matcher(text) : m;
        m.region(i, text.length());
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isWordStart(CharSequence text, int from, int i) {
    char c = text.charAt(i);
    if (!Character.isLetterOrDigit(c)
        || (i > from && Character.isLetterOrDigit(text.charAt(i - 1)))) {
      return false;
    }
    char first = Character.toLowerCase(c);
    char second = i + 1 < text.length() ? Character.toLowerCase(text.charAt(i + 1)) : ' ';
    if (!Character.isLetterOrDigit(second)) {
      second = ' ';
    }
    return first < 128 && second < 128 && openers[first * 128 + second];
  }

  /** Receives a match. */
  @FunctionalInterface
  interface Found {
    void at(int start, int end);
  }
}
