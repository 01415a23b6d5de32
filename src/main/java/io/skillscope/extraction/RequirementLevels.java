package io.skillscope.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The requirement-level stage: gives each mention its {@link Level}, the evidence for it and the
 * years of experience its sentence asks for.
 *
 * <p>Runs after the dictionary, only on sentences that hold a mention (about one in ten), so its
 * regexes never touch most of the text. Sections are found once per text by {@link
 * SectionDetector}; cues by {@link LevelRules}; years by {@link YearsParser}. Stateless and
 * thread-safe.
 */
final class RequirementLevels {

  /** The level, its evidence (null when nothing but the default decided) and the years, if any. */
  record Assignment(Level level, LevelEvidence evidence, Integer minYears) {}

  /**
   * A years phrase governs skills of its own clause within this many chars: long enough for
   * "Minimum 3 years of designing and building production data pipelines ... using Java, Python".
   */
  static final int YEARS_REACH = 250;

  /** A degree between a years phrase and a skill names the degree's field, not the experience. */
  private static final Pattern ABBREVIATION_BEFORE =
      Pattern.compile("(?i)\\b(e\\.g|i\\.e|etc|incl|approx|vs|ex|esp)\\.\\s*$");

  private static final Pattern DEGREE =
      Pattern.compile(
          "(?i)\\b(degree|bachelor|master|ph\\.?d|doctorate|b\\.?s\\.?|m\\.?s\\.?|b\\.?a\\.?|mba)\\b");

  private final SectionDetector sections = new SectionDetector();
  private final LevelRules rules = new LevelRules();
  private final YearsParser years = new YearsParser();

  /** The sentence model asked where the rules fall back; null (the default) for rules only. */
  private final LevelModel model;

  RequirementLevels() {
    this(LevelModel.fromSystemProperties());
  }

  RequirementLevels(LevelModel model) {
    this.model = model;
  }

  List<Section> sections(String text) {
    return sections.detect(text);
  }

  /** The cues and years of one sentence, ready to assign its mentions. */
  Scope scope(String text, List<Section> all, SentenceSplitter.Sentence sentence) {
    return new Scope(this, text, all, sentence);
  }

  /**
   * The sentence detector cuts after abbreviations and inside parentheses ("(e.g. R, SAS, or
   * Matlab)"); such a cut does not end the sentence for cues and years, so the scope reaches back
   * to the start of the line.
   */
  private static boolean spuriousBreak(String text, SentenceSplitter.Sentence sentence) {
    if (sentence.start() == sentence.lineStart()) {
      return false;
    }
    // Only the last few chars can hold the abbreviation: keep the regex off long paragraphs.
    if (ABBREVIATION_BEFORE
        .matcher(text)
        .region(Math.max(sentence.lineStart(), sentence.start() - 12), sentence.start())
        .find()) {
      return true;
    }
    int open = 0;
    // A parenthesis opened more than 200 chars back is not the one cut through.
    for (int i = Math.max(sentence.lineStart(), sentence.start() - 200);
        i < sentence.start();
        i++) {
      char c = text.charAt(i);
      open += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return open > 0;
  }

  /**
   * What one sentence says about the level of what it names. Computed on the first mention the
   * sentence admits: sentences whose candidates all fail their rules cost nothing. One per sentence
   * and call, not shared between threads.
   */
  static final class Scope {
    private final RequirementLevels levels;
    private final String text;
    private final List<Section> sections;
    private final SentenceSplitter.Sentence sentence;
    private Section section;
    private List<LevelRules.Cue> cues;
    private List<YearsParser.Phrase> phrases;
    private List<LevelRules.Cue> weak;
    private int sentenceStart;
    private Level modelLevel;

    private Scope(
        RequirementLevels levels,
        String text,
        List<Section> sections,
        SentenceSplitter.Sentence sentence) {
      this.levels = levels;
      this.text = text;
      this.sections = sections;
      this.sentence = sentence;
    }

    private List<LevelRules.Cue> weakCues() {
      if (weak == null) {
        weak = levels.rules.weakCues(text, sentenceStart, sentence.end(), phrases);
      }
      return weak;
    }

    private void read() {
      if (cues != null) {
        return;
      }
      section = sectionAt(sections, sentence.start());
      sentenceStart = spuriousBreak(text, sentence) ? sentence.lineStart() : sentence.start();
      phrases = levels.years.find(text, sentenceStart, sentence.end());
      cues = levels.rules.cues(text, sentenceStart, sentence.end());
    }

    Assignment assign(int start, int end) {
      read();
      Section.Kind kind = section == null ? null : section.kind();
      LevelRules.Cue cue =
          LevelRules.decide(
              cues, this::weakCues, text, start, end, kind, sentence.lineStart(), sentenceStart);
      Integer minYears = yearsFor(start, end);
      if (cue != null) {
        LevelEvidence evidence =
            new LevelEvidence(
                "cue", text.substring(cue.start(), cue.end()), cue.start(), cue.end());
        return new Assignment(cue.level(), evidence, minYears);
      }
      if (levels.model != null && (kind == null || kind == Section.Kind.OTHER)) {
        // No cue and no heading that names a kind: the rules would fall back to other.
        if (modelLevel == null) {
          modelLevel = levels.model.classify(text, sentenceStart, sentence.end());
        }
        LevelEvidence evidence =
            new LevelEvidence(
                "model",
                text.substring(sentenceStart, sentence.end()),
                sentenceStart,
                sentence.end());
        return new Assignment(modelLevel, evidence, minYears);
      }
      if (section != null) {
        return new Assignment(kind.level(), section.evidence(), minYears);
      }
      return new Assignment(Level.OTHER, null, minYears);
    }

    /** The nearest phrase before the mention in its clause, else the nearest after it. */
    private Integer yearsFor(int start, int end) {
      YearsParser.Phrase before = null;
      YearsParser.Phrase after = null;
      for (YearsParser.Phrase p : phrases) {
        if (p.end() <= start && start - p.end() <= YEARS_REACH && noBreak(p.end(), start)) {
          before = p;
        } else if (p.start() >= end
            && after == null
            && p.start() - end <= YEARS_REACH
            && noBreak(end, p.start())) {
          after = p;
        }
      }
      YearsParser.Phrase chosen = before != null ? before : after;
      return chosen == null ? null : chosen.years();
    }

    private boolean noBreak(int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == ';') {
          return false;
        }
      }
      return !DEGREE.matcher(text).region(from, to).find();
    }
  }

  private static Section sectionAt(List<Section> all, int offset) {
    int lo = 0;
    int hi = all.size() - 1;
    Section found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Section s = all.get(mid);
      if (s.start() <= offset) {
        found = s;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
