package io.skillscope.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Cue phrases that say how a sentence asks for what it names.
 *
 * <p>Two strengths. A <em>strong</em> cue is an explicit word ("must", "required", "a plus",
 * "ideally", "nice to have", "preferred", "bonus", "you will learn"): it overrides the level of the
 * section the sentence sits in, so "Spark is a plus" under "Requirements" is preferred. A
 * <em>weak</em> cue is the shape of a demand ("3+ years of", "experience with", "proficiency in",
 * "knowledge of"): it makes a skill required only where no heading already decided the level, or in
 * a responsibilities list whose item opens with it ("Experience with Docker" among the duties).
 *
 * <p>Stateless and thread-safe.
 */
final class LevelRules {

  /**
   * A cue found in a sentence.
   *
   * @param reach which mentions it governs: all of its clause, only those after it ("ideally X"),
   *     or only those before it ("X preferred") unless it opens its clause ("Preferred: X")
   */
  record Cue(int start, int end, Level level, boolean strong, Reach reach) {}

  enum Reach {
    BOTH,
    AFTER,
    BEFORE
  }

  /** Preferred cues that qualify what comes after them: "SQL, ideally BigQuery". */
  private static final Pattern FORWARD = Pattern.compile("(?i)preferabl|ideally");

  /** Preferred cues that qualify what comes before them unless they open the clause. */
  private static final Pattern BACKWARD =
      Pattern.compile(
          "(?i)^(preferred|desired|desirable|advantage|beneficial|helpful|appreciated|welcome|optional"
              + "|not |a plus|an? \\w+ plus|is a|are a|big plus)");

  /**
   * A degree between a skill and a later cue takes the cue: "degree in Statistics, PhD preferred".
   */
  private static final Pattern DEGREE =
      Pattern.compile(
          "(?i)\\b(master|m\\.?s\\.?\\b|ph\\.?d|doctorate|advanced degree|graduate degree|mba)");

  /**
   * Verbs that open a duty ("Develop models ...", "Performs analyses ..."): not a demand on the
   * candidate.
   */
  private static final Pattern DUTY =
      Pattern.compile(
          "(?i)^(build|develop|design|work|collaborate|lead|conduct|perform|create|implement|maintain|partner|support"
              + "|drive|analy[sz]e|deliver|leverage|manage|own|apply|use|utilize|write|deploy|research|identify|present"
              + "|mentor|help|ensure|participate|contribute|provide|translate|define|establish|evaluate|monitor|prepare"
              + "|assist|interpret|architect|optimi[sz]e|train|improve|explore|investigate|prototype|document|automate"
              + "|integrate|coordinate|serve|act|communicate)(s|es)?\\b");

  // Each pattern is tried only at word starts (lookingAt), and only where the word's first
  // letter can open one of its alternatives: a sentence costs a few dozen lookups, not a regex
  // alternation at every char (the stage would otherwise halve the pipeline's throughput).
  private static final PhrasePattern PREFERRED =
      new PhrasePattern(
          "nice[ -]to[ -]haves?\\b|(?:a|an|is|are|be|big|huge|definite|strong|added|nice|major|real)\\s+plus\\b"
              + "|pluses\\b|plus\\s*[:!)]|bonus(?:es)?\\b(?!\\s*(?:pay|plan|structure|program|eligib"
              + "|potential|opportunit|target|payment))|preferred\\b|preferabl[ye]\\b|ideally\\b"
              + "|ideal candidates?\\b|desired\\b|desirable\\b|advantage(?:ous)?\\b|beneficial\\b"
              + "|helpful\\b|not (?:required|necessary|mandatory)\\b|would be (?:great|nice|good)\\b"
              + "|(?:good|great) to have\\b|extra credit\\b|appreciated\\b|optional\\b|welcome\\b"
              + "|stand out\\b|we.d love\\b|nice if\\b|favorabl[ye]\\b|even better\\b");

  private static final PhrasePattern REQUIRED =
      new PhrasePattern(
          "must\\b|required\\b|requires?\\b|mandatory\\b|must[- ]haves?\\b|(?:is|are) essential\\b"
              + "|essential (?:skills?|requirements?|qualifications?)\\b|need to have\\b"
              + "|minimum qualifications?\\b|basic qualifications?\\b|requirements?:");

  /** Words that name the skill as something the job offers or the team does, not a demand. */
  private static final PhrasePattern OTHER =
      new PhrasePattern(
          "(?:you(?:'|’)?ll|you will|opportunit(?:y|ies) to|chance to|will) (?:learn|be trained|gain)\\b"
              + "|we (?:use|leverage|work with)\\b|our (?:tech(?:nology)? )?stack\\b|training (?:in|on)\\b");

  private static final PhrasePattern DEMAND =
      new PhrasePattern(
          "experience (?:with|in|using|of|working|building|developing|deploying|applying)\\b"
              + "|experienced (?:with|in)\\b|proficien(?:t|cy)\\b|knowledge (?:of|in)\\b|familiar(?:ity)? with\\b"
              + "|understanding of\\b|(?:degree|background|expertise|skills?|fluen(?:t|cy)|competen(?:t|cy)"
              + "|track record) in\\b|skills\\b|expertise (?:with|of)\\b|you have\\b|you bring\\b|candidates? (?:should|will)"
              + "|we.re looking for\\b|comfortable (?:with|in)\\b|ability to\\b|should (?:have|be|possess)\\b"
              + "|strong\\b|demonstrated\\b|proven\\b|excellent\\b|working knowledge\\b"
              + "|bs|ms|ph\\.?d|bachelor|master|degree\\b");

  /** The strong cues of {@code text[from, to)}. */
  List<Cue> cues(String text, int from, int to) {
    List<Cue> cues = new ArrayList<>(4);
    find(PREFERRED, Level.PREFERRED, true, text, from, to, cues);
    cues.replaceAll(c -> new Cue(c.start(), c.end(), c.level(), true, reach(text, from, c)));
    // "not required" is a preferred cue; its "required" must not count as well.
    for (Cue c : find(REQUIRED, Level.REQUIRED, true, text, from, to, new ArrayList<>(2))) {
      if (!insideAny(c, cues)) {
        cues.add(c);
      }
    }
    find(OTHER, Level.OTHER, true, text, from, to, cues);
    return cues;
  }

  /**
   * The weak cues of {@code text[from, to)}: its years phrases and demand shapes. Asked only when
   * no strong cue decided and the section leaves room for them, so most sentences never pay.
   */
  List<Cue> weakCues(String text, int from, int to, List<YearsParser.Phrase> years) {
    List<Cue> cues = new ArrayList<>(4);
    for (YearsParser.Phrase p : years) {
      cues.add(new Cue(p.start(), p.end(), Level.REQUIRED, false, Reach.BOTH));
    }
    return find(DEMAND, Level.REQUIRED, false, text, from, to, cues);
  }

  /**
   * The level of a mention at {@code [start, end)} given its sentence's cues and its section: the
   * nearest strong cue in the same clause wins over the section; a weak cue decides only where no
   * heading did. Returns the cue that decided, or null when the section (or the default) does.
   */
  static Cue decide(
      List<Cue> cues,
      Supplier<List<Cue>> weakCues,
      String text,
      int start,
      int end,
      Section.Kind section,
      int itemStart,
      int sentenceStart) {
    Cue strong = nearest(cues, true, text, start, end);
    if (strong != null) {
      return strong;
    }
    if (section == Section.Kind.REQUIREMENTS || section == Section.Kind.PREFERRED) {
      // "Work with Python and ..." under a skills heading is a duty, not a demand: headings such
      // as "Technical Expertise" also head lists of what the job does.
      return duty(text, sentenceStart, start);
    }
    if (section != null
        && section != Section.Kind.OTHER
        && section != Section.Kind.RESPONSIBILITIES) {
      return null;
    }
    Cue weak = nearest(weakCues.get(), false, text, start, end);
    if (weak == null) {
      return null;
    }
    if (section == null || section == Section.Kind.OTHER) {
      return isDuty(text, sentenceStart, start) ? null : weak;
    }
    if (section == Section.Kind.RESPONSIBILITIES
        && opensItem(text, itemStart, weak.start())
        && !isDuty(text, sentenceStart, start)) {
      return weak;
    }
    return null;
  }

  /** The duty verb opening the sentence, as an {@code other} cue, or null. */
  private static Cue duty(String text, int sentenceStart, int limit) {
    int i = sentenceStart;
    while (i < limit && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    if (i >= limit) {
      return null;
    }
    java.util.regex.Matcher m = DUTY.matcher(text).region(i, limit);
    return m.lookingAt() ? new Cue(m.start(), m.end(), Level.OTHER, false, Reach.BOTH) : null;
  }

  /** The sentence opens with a duty verb, after any bullet or numbering. */
  static boolean isDuty(String text, int sentenceStart, int limit) {
    int i = sentenceStart;
    while (i < limit && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i < limit && DUTY.matcher(text).region(i, limit).lookingAt();
  }

  private static Reach reach(String text, int from, Cue c) {
    String cue = text.substring(c.start(), c.end());
    if (FORWARD.matcher(cue).lookingAt()) {
      return Reach.AFTER;
    }
    if (BACKWARD.matcher(cue).lookingAt() && !opensClause(text, from, c.start())) {
      return Reach.BEFORE;
    }
    return Reach.BOTH;
  }

  private static boolean opensClause(String text, int from, int cueStart) {
    for (int i = cueStart - 1; i >= from; i--) {
      char ch = text.charAt(i);
      if (ch == ';' || ch == ':') {
        return true;
      }
      if (Character.isLetterOrDigit(ch)) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensItem(String text, int itemStart, int cueStart) {
    for (int i = itemStart; i < cueStart; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        // allow one adjective before the cue: "Strong experience with", "Solid knowledge of"
        return cueStart - i <= 12 && text.indexOf(' ', i) >= cueStart - 1;
      }
    }
    return true;
  }

  private static Cue nearest(List<Cue> cues, boolean strong, String text, int start, int end) {
    Cue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cue c : cues) {
      if (c.strong() != strong || !sameClause(text, c, start, end)) {
        continue;
      }
      boolean after = c.start() >= end;
      if ((after && c.reach() == Reach.AFTER) || (!after && c.reach() == Reach.BEFORE)) {
        continue;
      }
      if (after
          && c.level() == Level.PREFERRED
          && DEGREE.matcher(text).region(end, c.start()).find()) {
        continue;
      }
      int distance = c.end() <= start ? start - c.end() : Math.max(0, c.start() - end);
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** A semicolon (or a full stop inside a long line) ends a clause: cues do not reach across it. */
  private static boolean sameClause(String text, Cue c, int start, int end) {
    int from = Math.min(c.end(), end);
    int to = Math.max(c.start(), start);
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ';') {
        return false;
      }
    }
    return true;
  }

  private static boolean insideAny(Cue c, List<Cue> cues) {
    for (Cue o : cues) {
      if (c.start() >= o.start() && c.end() <= o.end()) {
        return true;
      }
    }
    return false;
  }

  private static List<Cue> find(
      PhrasePattern p, Level level, boolean strong, String text, int from, int to, List<Cue> out) {
    p.forEach(
        text, from, to, (start, end) -> out.add(new Cue(start, end, level, strong, Reach.BOTH)));
    return out;
  }
}
