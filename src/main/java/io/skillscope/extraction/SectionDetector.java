package io.skillscope.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the headings of a posting and the sections they open.
 *
 * <p>A heading is a short line: up to {@value #MAX_WORDS} words that end with a colon ("Location:",
 * "In this role, you will:"), or up to {@value #MAX_BARE_WORDS} words without closing punctuation
 * whose words name a known kind of section ("Preferred Qualifications", "Nice to have", "What
 * you'll do"). A line that starts with a known heading and a colon ("Requirements: Python, SQL")
 * opens a section too. The heading vocabulary was read off the 4,741 postings of the shared corpus
 * (docs/levels.md lists the most frequent ones). Bare short lines that name no known kind are not
 * headings: they are far more often list items ("Python", "Machine Learning").
 *
 * <p>Stateless and thread-safe.
 */
final class SectionDetector {

  static final int MAX_WORDS = 10;
  static final int MAX_BARE_WORDS = 6;

  /**
   * How headings written as a phrase rather than in Title Case begin ("What you will be doing").
   */
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "(?i)(what|who|why|how|about|your|our|in this role|nice|bonus|preferred|required|key|minimum|basic|desired"
              + ")\\b");

  /** "Experience with AWS", "Knowledge of SQL": a requirement item, not a heading. */
  private static final Pattern NAMES_SOMETHING =
      Pattern.compile("(?i)\\S\\s+(with|using|in|of)\\s+(?!the\\b|this\\b|you\\b|our\\b)");

  private static final java.util.Set<String> LEADS_IN =
      java.util.Set.of("with", "in", "of", "using", "on", "as", "like");

  // Checked in this order, first match wins: benefits before preferred ("bonus pay"), preferred
  // before requirements ("preferred qualifications"), requirements before responsibilities
  // ("required experience and duties" is rare, "job requirements" common), company last since
  // "about ..." is its weakest signal.
  private static final PhrasePattern BENEFITS =
      new PhrasePattern(
          "benefit|perks|what we offer|we offer|our offer|compensation|salary|pay|insurance|401|time off"
              + "|pto|schedule|job type|shift|eeo|equal (employment|opportunity)|work location|why you.ll love"
              + "|why join|reimbursement|retirement|leave|relocation|rewards|signing bonus|bonus pay|holidays"
              + "|application question|how to apply|apply now|disclaimer|physical (demands|requirements)"
              + "|working conditions|work environment|covid");
  private static final PhrasePattern PREFERRED =
      new PhrasePattern(
          "nice[ -]to[ -]haves?|bonus|prefer|ideal|desired|desirable|better if|even better|great if|favorabl|pluses|plus|good to have|great to have"
              + "|extra credit|optional|would be great|helpful|advantage|stand out|ideally|we.d love");
  private static final PhrasePattern REQUIREMENTS =
      new PhrasePattern(
          "requirement|qualification|what you.ll bring|what you bring|you bring|who you are|about you|you have"
              + "|you.ll have|you will have|looking for|skill|experience|education|must|competenc|knowledge"
              + "|abilities|required|minimum|profile|candidate|you.ll need|you need|you will need|what it takes"
              + "|expertise|background|certification|what we need|need to succeed|need from you");
  private static final PhrasePattern RESPONSIBILITIES =
      new PhrasePattern(
          "responsib|what you.ll do|what you will do|going to do|what you.ll be doing|what you will be doing|duties|role"
              + "|impact|day[ -]to[ -]day|you will|you.ll|essential functions|opportunity|position"
              + "|tasks|accountabilit|work on|projects|the job|what you do|job functions|your mission");
  private static final PhrasePattern COMPANY =
      new PhrasePattern(
          "about us|who we are|company|our team|the team|what we do|mission|our story|culture|why us|our values"
              + "");
  private static final PhrasePattern GENERIC =
      new PhrasePattern("description|summary|overview|location|details|information|the job|title");

  List<Section> detect(String text) {
    List<Section> sections = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      // String.indexOf is an intrinsic: far cheaper than a charAt loop over every char.
      int lf = text.indexOf('\n', lineStart);
      int lineEnd = lf < 0 ? n : lf;
      int end = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      if (end > lineStart) {
        headingAt(text, lineStart, end, sections);
      }
      lineStart = lineEnd + 1;
    }
    // Each section runs to the next heading.
    List<Section> closed = new ArrayList<>(sections.size());
    for (int s = 0; s < sections.size(); s++) {
      Section open = sections.get(s);
      int end = s + 1 < sections.size() ? sections.get(s + 1).start() : n;
      closed.add(new Section(open.heading(), open.start(), end, open.kind()));
    }
    return closed;
  }

  private static void headingAt(String text, int from, int to, List<Section> out) {
    if (to - from > 160) {
      // A paragraph: only an inline heading ("Responsibilities: The applicant will ...") can open
      // it, so look no further than its first words and skip the regexes on the rest.
      int colon = indexOf(text, ':', from, Math.min(to, from + 60));
      if (colon < 0) {
        return;
      }
      to = colon + 2;
    }
    // Hand-written scanning, no regex until a line has the shape of a heading: this runs on
    // every line of every posting.
    int s = from;
    while (s < to && !Character.isLetterOrDigit(text.charAt(s))) {
      s++;
    }
    if (s < to && Character.isDigit(text.charAt(s))) {
      int d = s;
      while (d < to && Character.isDigit(text.charAt(d))) {
        d++;
      }
      if (d - s > 2 || d >= to || (text.charAt(d) != '.' && text.charAt(d) != ')')) {
        return; // "401(k) matching", "2023 ..." : not a numbered heading
      }
      s = d + 1;
      while (s < to && !Character.isLetterOrDigit(text.charAt(s))) {
        s++;
      }
    }
    if (s >= to || !Character.isLetter(text.charAt(s))) {
      return;
    }
    int colon = indexOf(text, ':', s, to);
    boolean inline = colon >= 0 && hasLetterOrDigit(text, colon + 1, to);
    int candidateEnd = trimEnd(text, s, colon >= 0 ? colon : to);
    if (candidateEnd - s > 80) {
      return;
    }
    // Cheap shape checks first: most lines are list items or prose, and the vocabulary regexes
    // below are the costly part of this stage.
    int words = countWords(text, s, candidateEnd);
    boolean colonOnly = colon >= 0 && !inline;
    if (words == 0 || (colonOnly ? words > MAX_WORDS : words > (inline ? 4 : MAX_BARE_WORDS))) {
      return;
    }
    String candidate = text.substring(s, candidateEnd);
    if (!colonOnly && !isHeadingShaped(candidate)) {
      return;
    }
    if (colon < 0 && (bulleted(text, from, s) || endsLikeSentence(candidate))) {
      return;
    }
    if (LEADS_IN.contains(lastWord(candidate))) {
      return; // "Experience with: Git, ...", "Proficiency in:" introduce a list item, not a section
    }
    Section.Kind kind = classify(candidate);
    boolean heading;
    if (colonOnly) {
      // An unknown lead-in such as "We work with the following tools:" introduces a list inside
      // the current section; only a short unknown line ("Location:") opens a section of its own.
      heading = kind != null || words <= 4;
      kind = kind == null ? Section.Kind.OTHER : kind;
    } else if (inline) {
      // "Requirements: Python, SQL" opens a section; "Python: 2 years (Required)" does not.
      heading = kind != null && kind != Section.Kind.OTHER;
    } else {
      // A bulleted line without a colon is a list item ("- Health insurance"), not a heading.
      heading = kind != null && !NAMES_SOMETHING.matcher(candidate).find();
    }
    if (heading) {
      out.add(new Section(candidate, s, to, kind));
    }
  }

  /** The kind of section a heading opens, or null when its words name none. */
  static Section.Kind classify(String heading) {
    String h = heading.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (BENEFITS.in(h)) {
      return Section.Kind.BENEFITS;
    }
    if (PREFERRED.in(h)) {
      return Section.Kind.PREFERRED;
    }
    if (REQUIREMENTS.in(h)) {
      return Section.Kind.REQUIREMENTS;
    }
    if (RESPONSIBILITIES.in(h)) {
      return Section.Kind.RESPONSIBILITIES;
    }
    if (COMPANY.in(h)
        || h.startsWith("about ")
        || h.startsWith("we are")
        || h.startsWith("we're")) {
      return Section.Kind.COMPANY;
    }
    if (GENERIC.in(h) || h.startsWith("job ")) {
      return Section.Kind.OTHER;
    }
    return null;
  }

  /**
   * Title Case, ALL CAPS or a known phrase in lower case: "Nice to have", "What you'll do". A list
   * item such as "excellent communication skills" starts in lower case or reads as a sentence.
   */
  private static boolean isHeadingShaped(String candidate) {
    if (!Character.isUpperCase(firstLetterOrDigit(candidate))) {
      return false;
    }
    if (countWords(candidate, 0, candidate.length()) <= 3
        || LEAD_IN.matcher(candidate).lookingAt()) {
      return true;
    }
    // Title Case: every word of four letters or more starts with a capital.
    int n = candidate.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && !Character.isWhitespace(candidate.charAt(i - 1))) {
        continue;
      }
      int end = i;
      while (end < n && !Character.isWhitespace(candidate.charAt(end))) {
        end++;
      }
      char c = candidate.charAt(i);
      if (end - i >= 4 && Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** End of a heading without trailing colons, bullets, markdown and spaces. */
  private static int trimEnd(String text, int from, int to) {
    int end = to;
    while (end > from) {
      char c = text.charAt(end - 1);
      if (Character.isLetterOrDigit(c)
          || c == ')'
          || c == '?'
          || c == '!'
          || c == '.'
          || c == ';'
          || c == ','
          || c == '\''
          || c == '’') {
        break;
      }
      end--;
    }
    return end;
  }

  private static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String s) {
    int end = s.length();
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    return s.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static int countWords(String text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to && words <= MAX_WORDS; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  private static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean bulleted(String text, int from, int leadEnd) {
    for (int i = from; i < leadEnd; i++) {
      char c = text.charAt(i);
      if ("-•·●▪◦■\uF0B7".indexOf(c) >= 0
          || (c == '*' && i + 1 < leadEnd && text.charAt(i + 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsLikeSentence(String candidate) {
    char last = candidate.charAt(candidate.length() - 1);
    return last == '.' || last == ';' || last == ',';
  }

  private static char firstLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }
}
