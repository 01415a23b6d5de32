package io.skillscope.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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

  /** Bullets, numbering and markdown that may precede a heading. */
  private static final Pattern LEAD = Pattern.compile("^[\\s\\-*#>•·●▪◦■\\u25CF\\uF0B7_=|]*(\\d{1,2}[.)]\\s+)?");

  /** How headings written as a phrase rather than in Title Case begin ("What you will be doing"). */
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "(?i)(what|who|why|how|about|your|our|in this role|nice|bonus|preferred|required|key|minimum|basic|desired"
              + ")\\b");

  /** "Experience with AWS", "Knowledge of SQL": a requirement item, not a heading. */
  private static final Pattern NAMES_SOMETHING = Pattern.compile("(?i)\\S\\s+(with|using|in|of)\\s+(?!the\\b|this\\b|you\\b|our\\b)");

  private static final Pattern LEADS_IN =
      Pattern.compile("(?i)\\b(with|in|of|using|on|such as|like)$");

  private static final Pattern TRAIL = Pattern.compile("[\\s*#_=|:：\\-–—]*$");

  // Checked in this order, first match wins: benefits before preferred ("bonus pay"), preferred
  // before requirements ("preferred qualifications"), requirements before responsibilities
  // ("required experience and duties" is rare, "job requirements" common), company last since
  // "about ..." is its weakest signal.
  private static final Pattern BENEFITS =
      Pattern.compile(
          "benefit|perks|what we offer|we offer|our offer|compensation|salary|\\bpay\\b|insurance|401|time off"
              + "|\\bpto\\b|schedule|job type|shift|\\beeo|equal (employment|opportunity)|work location|why you.ll love"
              + "|why join|reimbursement|retirement|\\bleave\\b|relocation|rewards|signing bonus|bonus pay|holidays"
              + "|application question|how to apply|apply now|disclaimer|physical (demands|requirements)"
              + "|working conditions|work environment|covid");
  private static final Pattern PREFERRED =
      Pattern.compile(
          "nice[ -]to[ -]haves?|bonus|prefer|desired|desirable|better if|even better|great if|favorabl|\\bpluses\\b|\\bplus\\b|good to have|great to have"
              + "|extra credit|optional|would be great|helpful|advantage|stand out|ideally|we.d love");
  private static final Pattern REQUIREMENTS =
      Pattern.compile(
          "requirement|qualification|what you.ll bring|what you bring|you bring|who you are|about you|you have"
              + "|you.ll have|you will have|looking for|skill|experience|education|must|competenc|knowledge"
              + "|abilities|\\brequired\\b|minimum|profile|candidate|you.ll need|you need|you will need|what it takes"
              + "|expertise|background|certification|what we need|need to succeed|need from you|you.re");
  private static final Pattern RESPONSIBILITIES =
      Pattern.compile(
          "responsib|what you.ll do|what you will do|what you.ll be doing|what you will be doing|duties|\\brole\\b"
              + "|impact|day[ -]to[ -]day|you will|you.ll|essential functions|opportunity|\\bposition\\b"
              + "|\\btasks\\b|accountabilit|work on|projects|the job\\b|what you do|job functions|your mission");
  private static final Pattern COMPANY =
      Pattern.compile(
          "about us|who we are|company|our team|the team|what we do|mission|our story|culture|why us|our values"
              + "|^about\\b|^we are|^we.re");
  private static final Pattern GENERIC =
      Pattern.compile("description|summary|overview|location|details|information|^job\\b|^the job|title");

  List<Section> detect(String text) {
    List<Section> sections = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i > lineStart) {
          headingAt(text, lineStart, i, sections);
        }
        lineStart = i + 1;
      }
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
    String line = text.substring(from, to);
    Matcher lead = LEAD.matcher(line);
    int s = lead.lookingAt() ? lead.end() : 0;
    int colon = line.indexOf(':', s);
    if (colon < 0) {
      colon = line.indexOf('：', s);
    }
    String rest = colon < 0 ? "" : line.substring(colon + 1).strip();
    String candidate = stripTrail(line.substring(s, colon < 0 || rest.isEmpty() ? line.length() : colon));
    if (candidate.isEmpty() || candidate.length() > 80 || !Character.isLetter(firstLetterOrDigit(candidate))) {
      return;
    }
    if (LEADS_IN.matcher(candidate).find()) {
      return; // "Experience with: Git, ...", "Proficiency in:" introduce a list item, not a section
    }
    int words = candidate.split("\\s+").length;
    Section.Kind kind = classify(candidate);
    boolean heading;
    if (colon >= 0 && rest.isEmpty()) {
      // An unknown lead-in such as "We work with the following tools:" introduces a list inside
      // the current section; only a short unknown line ("Location:") opens a section of its own.
      heading = kind != null ? words <= MAX_WORDS : words <= 4;
      kind = kind == null ? Section.Kind.OTHER : kind;
    } else if (colon >= 0) {
      // "Requirements: Python, SQL" opens a section; "Python: 2 years (Required)" does not.
      heading = kind != null && kind != Section.Kind.OTHER && words <= 4 && isHeadingShaped(candidate);
    } else {
      // A bulleted line without a colon is a list item ("- Health insurance"), not a heading.
      heading = !bulleted(line, s) && !NAMES_SOMETHING.matcher(candidate).find() && kind != null
          && words <= MAX_BARE_WORDS && isHeadingShaped(candidate) && !endsLikeSentence(candidate);
    }
    if (heading) {
      out.add(new Section(candidate, from + s, to, kind));
    }
  }

  /** The kind of section a heading opens, or null when its words name none. */
  static Section.Kind classify(String heading) {
    String h = heading.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (BENEFITS.matcher(h).find()) {
      return Section.Kind.BENEFITS;
    }
    if (PREFERRED.matcher(h).find()) {
      return Section.Kind.PREFERRED;
    }
    if (REQUIREMENTS.matcher(h).find()) {
      return Section.Kind.REQUIREMENTS;
    }
    if (RESPONSIBILITIES.matcher(h).find()) {
      return Section.Kind.RESPONSIBILITIES;
    }
    if (COMPANY.matcher(h).find()) {
      return Section.Kind.COMPANY;
    }
    if (GENERIC.matcher(h).find()) {
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
    String[] words = candidate.split("\\s+");
    if (words.length <= 3 || LEAD_IN.matcher(candidate).lookingAt()) {
      return true;
    }
    for (String w : words) {
      if (w.length() >= 4 && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean bulleted(String line, int leadEnd) {
    for (int i = 0; i < leadEnd; i++) {
      char c = line.charAt(i);
      if ("-•·●▪◦■\uF0B7".indexOf(c) >= 0 || (c == '*' && i + 1 < leadEnd && line.charAt(i + 1) == ' ')) {
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

  private static String stripTrail(String s) {
    return TRAIL.matcher(s).replaceFirst("").strip();
  }
}
