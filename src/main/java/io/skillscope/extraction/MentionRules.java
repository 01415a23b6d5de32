package io.skillscope.extraction;

import io.skillscope.taxonomy.Alias;
import io.skillscope.taxonomy.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a candidate alias in one sentence is really the skill: case, {@code unless}
 * rules, then {@code when} rules (see docs/taxonomy.md). One instance per sentence, used by one
 * thread; the POS tags are computed at most once, and only when a rule asks for them.
 */
final class MentionRules {

  /** How far {@code before}/{@code after} rules look, in chars, within the line. */
  private static final int CONTEXT_CHARS = 60;

  /**
   * Why a candidate was admitted.
   *
   * @param confidence the mention's confidence
   * @param rule {@code alias} or {@code context:KIND}
   */
  record Admission(double confidence, String rule) {}

  private record Anchor(int from, int to, String skill) {}

  private final String text;
  private final SentenceSplitter.Sentence sentence;
  private final Tokens.TokenSeq tokens;
  private final PosTagger posTagger;
  private final List<Anchor> anchors = new ArrayList<>();
  private PosTagger.Tagged tagged;

  MentionRules(
      String text,
      SentenceSplitter.Sentence sentence,
      Tokens.TokenSeq tokens,
      PosTagger posTagger) {
    this.text = text;
    this.sentence = sentence;
    this.tokens = tokens;
    this.posTagger = posTagger;
  }

  Tokens.TokenSeq tokens() {
    return tokens;
  }

  void addAnchor(int from, int to, String skill) {
    anchors.add(new Anchor(from, to, skill));
  }

  /** The admission of the alias over tokens [from, to), or null when a rule rejects it. */
  Admission admit(SkillDictionary.Entry entry, int from, int to) {
    Alias alias = entry.alias();
    if (alias.caseSensitive() && !entry.sameCase(tokens.surface(), from, to)) {
      return null;
    }
    for (Condition condition : alias.unless()) {
      if (holds(condition, from, to, entry)) {
        return null;
      }
    }
    if (!alias.conditional()) {
      return new Admission(alias.confidence(), "alias");
    }
    Admission best = null;
    for (Condition condition : alias.when()) {
      if (holds(condition, from, to, entry)) {
        double confidence = condition.confidence().orElse(alias.confidence());
        if (best == null || confidence > best.confidence()) {
          best = new Admission(confidence, "context:" + condition.kind());
        }
      }
    }
    return best;
  }

  private boolean holds(Condition condition, int from, int to, SkillDictionary.Entry entry) {
    int start = tokens.starts()[from];
    int end = tokens.ends()[to - 1];
    return switch (condition) {
      case Condition.Before b ->
          b.pattern()
              .matcher(text.substring(Math.max(sentence.lineStart(), start - CONTEXT_CHARS), start))
              .find();
      case Condition.After a ->
          a.pattern()
              .matcher(text.substring(end, Math.min(sentence.lineEnd(), end + CONTEXT_CHARS)))
              .find();
      case Condition.Sentence s ->
          s.pattern().matcher(text.substring(sentence.start(), sentence.end())).find();
      case Condition.Near near -> near(near, from, to);
      case Condition.NearSkill ns -> nearSkill(ns.window(), from, to, entry.skill().id());
      case Condition.Pos pos -> pos.tags().contains(tagAt(start));
    };
  }

  private boolean near(Condition.Near near, int from, int to) {
    int lo = Math.max(0, from - near.window());
    int hi = Math.min(tokens.size(), to + near.window());
    for (int k = lo; k < hi; k++) {
      if (k >= from && k < to) {
        continue;
      }
      String lower = tokens.lower()[k];
      if (near.words().contains(lower) || near.words().contains(tokens.norm()[k])) {
        return true;
      }
      for (String prefix : near.prefixes()) {
        if (lower.startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean nearSkill(int window, int from, int to, String skill) {
    for (Anchor anchor : anchors) {
      boolean overlaps = anchor.from() < to && anchor.to() > from;
      boolean close = anchor.to() > from - window && anchor.from() < to + window;
      if (close && !overlaps && !anchor.skill().equals(skill)) {
        return true;
      }
    }
    return false;
  }

  private String tagAt(int start) {
    if (tagged == null) {
      tagged = posTagger.tag(text.substring(sentence.start(), sentence.end()));
    }
    return tagged.tagAt(start - sentence.start());
  }
}
