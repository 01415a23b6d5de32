package io.skillscope.extraction;

import io.skillscope.taxonomy.Alias;
import io.skillscope.taxonomy.Skill;
import io.skillscope.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The extraction pipeline: text → skills with every mention's offsets and confidence.
 *
 * <ol>
 *   <li>{@link SentenceSplitter}: lines, then OpenNLP sentences inside long lines.
 *   <li>{@link Tokens}: OpenNLP {@code SimpleTokenizer} spans, lower-cased and stemmed.
 *   <li>{@link SkillDictionary}: every alias starting at each token, longest first (Lucene FST).
 *   <li>{@link MentionRules}: each candidate's case, {@code unless} and {@code when} rules; the POS
 *       tagger runs only for sentences where a rule asks for it.
 *   <li>Longest admitted alias wins at a position; the scan resumes after it, so no two mentions
 *       overlap.
 *   <li>{@link RequirementLevels}: sections, cue phrases and years of experience give each mention
 *       its level and years; a skill takes the strongest level of its mentions.
 * </ol>
 *
 * <p>Thread-safe: all state is immutable or per call; the OpenNLP parts are thread-safe wrappers.
 */
public final class SkillExtractor {

  private final Taxonomy taxonomy;
  private final SkillDictionary dictionary;
  private final SentenceSplitter splitter;
  private final PosTagger posTagger;
  private final RequirementLevels levels = new RequirementLevels();

  private SkillExtractor(Taxonomy taxonomy, OpenNlpModels models) {
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    this.dictionary = SkillDictionary.build(taxonomy);
    this.splitter = new SentenceSplitter(models);
    this.posTagger = new PosTagger(models);
  }

  /**
   * Builds the pipeline; fails with a {@link io.skillscope.taxonomy.TaxonomyException} when two
   * skills claim an alias without a rule to tell them apart.
   */
  public static SkillExtractor create(Taxonomy taxonomy, OpenNlpModels models) {
    return new SkillExtractor(taxonomy, models);
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** Finds every skill {@code text} names. */
  public Extraction extract(String text) {
    long started = System.nanoTime();
    List<SentenceSplitter.Sentence> sentences = splitter.split(text);
    List<Section> sections = levels.sections(text);
    // Insertion order keeps a skill ahead of the skills its alias implies at the same offset.
    Map<String, List<Mention>> bySkill = new LinkedHashMap<>();
    List<SkillDictionary.Match> scratch = new ArrayList<>(4);
    for (SentenceSplitter.Sentence sentence : sentences) {
      scan(text, sentence, sections, bySkill, scratch);
    }
    List<ExtractedSkill> skills = new ArrayList<>(bySkill.size());
    bySkill.forEach((id, mentions) -> skills.add(toSkill(id, mentions)));
    skills.sort(Comparator.comparingInt(s -> s.mentions().getFirst().start()));
    return new Extraction(
        taxonomy.version(),
        skills,
        sections,
        text.length(),
        sentences.size(),
        System.nanoTime() - started);
  }

  private void scan(
      String text,
      SentenceSplitter.Sentence sentence,
      List<Section> sections,
      Map<String, List<Mention>> bySkill,
      List<SkillDictionary.Match> scratch) {
    Tokens.TokenSeq tokens =
        Tokens.of(text.substring(sentence.start(), sentence.end()), sentence.start());
    int n = tokens.size();
    List<SkillDictionary.Match>[] candidates = null;
    for (int i = 0; i < n; i++) {
      dictionary.matchesAt(tokens, i, scratch);
      if (!scratch.isEmpty()) {
        if (candidates == null) {
          @SuppressWarnings("unchecked")
          List<SkillDictionary.Match>[] fresh = new List[n];
          candidates = fresh;
        }
        candidates[i] = List.copyOf(scratch);
      }
    }
    if (candidates == null) {
      return;
    }
    MentionRules rules = new MentionRules(text, sentence, tokens, posTagger);
    markAnchors(candidates, rules);
    RequirementLevels.Scope scope = levels.scope(text, sections, sentence);
    int i = 0;
    while (i < n) {
      int taken =
          candidates[i] == null
              ? 0
              : admitLongest(candidates[i], i, rules, scope, text, sentence, bySkill);
      i += Math.max(taken, 1);
    }
  }

  /** Unconditional aliases that pass their rules anchor {@code nearSkill} conditions. */
  private static void markAnchors(List<SkillDictionary.Match>[] candidates, MentionRules rules) {
    for (int i = 0; i < candidates.length; i++) {
      if (candidates[i] == null) {
        continue;
      }
      for (SkillDictionary.Match match : candidates[i]) {
        for (SkillDictionary.Entry entry : match.entries()) {
          if (!entry.alias().conditional() && rules.admit(entry, i, i + match.length()) != null) {
            rules.addAnchor(i, i + match.length(), entry.skill().id());
          }
        }
      }
    }
  }

  /** Admits the longest candidate whose rules hold; returns the tokens it covers, or 0. */
  private int admitLongest(
      List<SkillDictionary.Match> matches,
      int from,
      MentionRules rules,
      RequirementLevels.Scope scope,
      String text,
      SentenceSplitter.Sentence sentence,
      Map<String, List<Mention>> bySkill) {
    for (SkillDictionary.Match match : matches) {
      int to = from + match.length();
      boolean admitted = false;
      for (SkillDictionary.Entry entry : match.entries()) {
        MentionRules.Admission admission = rules.admit(entry, from, to);
        if (admission == null) {
          continue;
        }
        admitted = true;
        int start = rules.tokens().starts()[from];
        int end = rules.tokens().ends()[to - 1];
        String words = text.substring(start, end);
        Alias alias = entry.alias();
        RequirementLevels.Assignment level = scope.assign(start, end);
        add(
            bySkill,
            entry.skill().id(),
            new Mention(
                start,
                end,
                words,
                sentence.index(),
                admission.confidence(),
                admission.rule(),
                alias.text(),
                level.level(),
                level.evidence(),
                level.minYears()));
        for (String also : alias.also()) {
          add(
              bySkill,
              also,
              new Mention(
                  start,
                  end,
                  words,
                  sentence.index(),
                  admission.confidence(),
                  "also",
                  alias.text(),
                  level.level(),
                  level.evidence(),
                  level.minYears()));
        }
      }
      if (admitted) {
        return match.length();
      }
    }
    return 0;
  }

  private static void add(Map<String, List<Mention>> bySkill, String id, Mention mention) {
    List<Mention> mentions = bySkill.computeIfAbsent(id, k -> new ArrayList<>(2));
    for (Mention m : mentions) {
      if (m.start() == mention.start() && m.end() == mention.end()) {
        return;
      }
    }
    mentions.add(mention);
  }

  private ExtractedSkill toSkill(String id, List<Mention> mentions) {
    Skill skill = taxonomy.skill(id).orElseThrow();
    mentions.sort(Comparator.comparingInt(Mention::start));
    double doubt = 1;
    for (Mention m : mentions) {
      doubt *= 1 - m.confidence();
    }
    // Capped below 1: many mentions make us very sure, never certain.
    double confidence = Math.min(0.999, Math.round((1 - doubt) * 1000) / 1000.0);
    Level level = Level.OTHER;
    for (Mention m : mentions) {
      if (m.level().strongerThan(level)) {
        level = m.level();
      }
    }
    return new ExtractedSkill(
        skill.id(),
        skill.name(),
        skill.category(),
        level,
        minYears(mentions, level),
        confidence,
        mentions);
  }

  /**
   * Years asked at the skill's level win ("2+ years of Python" required, "5+ years preferred" → 2);
   * the largest when several mentions at that level state one; else any mention's.
   */
  private static Integer minYears(List<Mention> mentions, Level level) {
    Integer atLevel = null;
    Integer any = null;
    for (Mention m : mentions) {
      if (m.minYears() == null) {
        continue;
      }
      any = any == null ? m.minYears() : Math.max(any, m.minYears());
      if (m.level() == level) {
        atLevel = atLevel == null ? m.minYears() : Math.max(atLevel, m.minYears());
      }
    }
    return atLevel != null ? atLevel : any;
  }
}
