package io.skillscope.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the years of experience a sentence asks for: "3+ years", "three years'", "5-7 years" (→ 5),
 * "minimum of 2 years", "at least one year", "2 to 4 yrs" (→ 2), "5 or more years".
 *
 * <p>Time that is not experience is skipped: "in the last 5 years", "over 20 years" of company
 * history, "18 years of age", "years old". Stateless and thread-safe.
 */
final class YearsParser {

  /** A years-of-experience phrase: its offsets in the text and the minimum it states. */
  record Phrase(int start, int end, int years) {}

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20));

  private static final String NUM =
      "(\\d{1,2}(?:\\.\\d)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)";

  private static final Pattern YEARS =
      Pattern.compile(
          "(?i)\\b(?:(minimum of|min\\.? of|minimum|at least|over|more than|in excess of|a|an)\\s+)?"
              + "(?:\\(?"
              + NUM
              + "\\)?\\s*(?:\\(\\d{1,2}\\)\\s*)?)"
              + "(?:\\s*(?:-|–|—|to|or)\\s*"
              + NUM
              + ")?"
              + "\\s*(\\+|plus)?\\s*(?:or more\\s+|and above\\s+|and up\\s+)?"
              + "(?:full[- ]time\\s+|professional\\s+|relevant\\s+|hands[- ]on\\s+)?"
              + "(?:years?|yrs?)\\b['’]?(\\+)?");

  /** Words before a phrase that make it a span of time rather than experience. */
  private static final Pattern NOT_BEFORE =
      Pattern.compile("(?i)(in|within|for|during|over|past|last|next|first|every|after|each)\\s*$");

  /** Words after a phrase that make it an age, a duration or a history. */
  private static final Pattern NOT_AFTER =
      Pattern.compile(
          "(?i)^\\s*(of age|old|ago|in business|of (?:history|growth|service|operation)|running|degree|college|university|contract|program|plan|term|period)");

  List<Phrase> find(CharSequence text, int from, int to) {
    List<Phrase> found = List.of();
    if (!mentionsYears(text, from, to)) {
      return found; // most sentences: skip the regex
    }
    Matcher m = YEARS.matcher(text).region(from, to);
    while (m.find()) {
      String quantifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      String first = m.group(2);
      if ((quantifier.equals("a") || quantifier.equals("an"))) {
        continue; // "a 3 year contract" reads as a duration; "a year" is matched as a number below
      }
      int look = Math.max(from, m.start() - 24);
      if (NOT_BEFORE.matcher(text.subSequence(look, m.start())).find()) {
        continue;
      }
      int after = Math.min(to, m.end() + 24);
      if (NOT_AFTER.matcher(text.subSequence(m.end(), after)).find()) {
        continue;
      }
      Integer years = number(first);
      if (years == null || years == 0 || years > 30) {
        continue;
      }
      if (found.isEmpty()) {
        found = new ArrayList<>(2);
      }
      found.add(new Phrase(m.start(), m.end(), years));
    }
    return found;
  }

  /** Whether "year" or "yr" occurs, in any case. */
  private static boolean mentionsYears(CharSequence text, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if ((text.charAt(i) | 0x20) == 'y') {
        char a = (char) (text.charAt(i + 1) | 0x20);
        if (a == 'r'
            || (a == 'e'
                && i + 3 < to
                && (text.charAt(i + 2) | 0x20) == 'a'
                && (text.charAt(i + 3) | 0x20) == 'r')) {
          return true;
        }
      }
    }
    return false;
  }

  private static Integer number(String s) {
    String w = s.toLowerCase(Locale.ROOT);
    Integer word = WORDS.get(w);
    if (word != null) {
      return word;
    }
    try {
      return (int) Math.floor(Double.parseDouble(w));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
