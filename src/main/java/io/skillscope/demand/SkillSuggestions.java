package io.skillscope.demand;

import io.skillscope.taxonomy.Skill;
import io.skillscope.taxonomy.Taxonomy;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The known skill ids nearest to a mistyped one: Levenshtein distance to each skill's id and to its
 * display name (so {@code scikit} finds {@code scikit-learn} and {@code Postgres} finds {@code
 * postgresql}), the smaller of the two. Thread-safe.
 */
final class SkillSuggestions {

  private static final int SUGGESTIONS = 3;

  private final Taxonomy taxonomy;

  SkillSuggestions(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** Up to three ids, nearest first (ties in id order). */
  List<String> nearest(String unknown) {
    String typed = unknown.toLowerCase(Locale.ROOT);
    return taxonomy.skills().stream()
        .map(s -> new Scored(s.id(), distance(typed, s)))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id))
        .limit(SUGGESTIONS)
        .map(Scored::id)
        .toList();
  }

  private record Scored(String id, int distance) {}

  private static int distance(String typed, Skill skill) {
    return Math.min(
        levenshtein(typed, skill.id()), levenshtein(typed, skill.name().toLowerCase(Locale.ROOT)));
  }

  static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
