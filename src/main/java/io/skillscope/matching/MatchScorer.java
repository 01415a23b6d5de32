package io.skillscope.matching;

import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Level;
import io.skillscope.taxonomy.Relation;
import io.skillscope.taxonomy.Skill;
import io.skillscope.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The match score, deterministic and explained (docs/matching.md).
 *
 * <ul>
 *   <li>Each skill the posting names weighs by its level: required 1, preferred 0.5, other 0 (named
 *       but not asked of the candidate). A posting that asks for nothing at required or preferred
 *       level is scored on its other skills, each weighing 1.
 *   <li>Rarer skills weigh up to 1.5× more ({@code rarity}, from the stored postings): knowing the
 *       skill few postings ask for says more about fit than knowing the one they all ask for.
 *   <li>Credit: the skill itself, 1; with fewer years than asked, years/asked but at least 0.5; a
 *       related skill from the taxonomy instead, 0.6 if narrower (deep learning for machine
 *       learning), 0.5 if a sibling (PyTorch for TensorFlow), 0.3 if broader. The best applies.
 *   <li>Score = 100 × Σ weight × credit / Σ weight, rounded to one decimal.
 * </ul>
 *
 * <p>Because credits only take maxima, a candidate who gains a skill never scores lower; one who
 * has every required and preferred skill, with the years asked, scores 100. Thread-safe.
 */
public final class MatchScorer {

  static final double REQUIRED_WEIGHT = 1.0;
  static final double PREFERRED_WEIGHT = 0.5;
  static final double NARROWER_CREDIT = 0.6;
  static final double SIBLING_CREDIT = 0.5;
  static final double BROADER_CREDIT = 0.3;
  static final double MIN_YEARS_CREDIT = 0.5;
  private static final int SUGGESTIONS = 5;

  private final Taxonomy taxonomy;
  private final Map<String, Map<String, Relation.Kind>> relations = new HashMap<>();

  public MatchScorer(Taxonomy taxonomy) {
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    for (Skill skill : taxonomy.skills()) {
      for (Relation r : skill.related()) {
        // Relations are stated once in the taxonomy; the inverse holds too.
        relations.computeIfAbsent(skill.id(), k -> new HashMap<>()).putIfAbsent(r.id(), r.kind());
        relations
            .computeIfAbsent(r.id(), k -> new HashMap<>())
            .putIfAbsent(skill.id(), inverse(r.kind()));
      }
    }
  }

  /** Scores without rarity: every skill of a level weighs the same. */
  public MatchResult score(List<ExtractedSkill> posting, Map<String, CandidateSkill> candidate) {
    return score(posting, candidate, id -> 1.0);
  }

  /**
   * @param posting the posting's extracted skills
   * @param candidate the candidate's skills by id
   * @param rarity a weight factor in [1, 1.5] per skill id
   */
  public MatchResult score(
      List<ExtractedSkill> posting,
      Map<String, CandidateSkill> candidate,
      ToDoubleFunction<String> rarity) {
    boolean asksSomething = posting.stream().anyMatch(s -> s.level() != Level.OTHER);
    List<SkillMatch> matches = new ArrayList<>();
    double totalWeight = 0;
    double earned = 0;
    for (ExtractedSkill skill : posting) {
      double weight =
          levelWeight(skill.level(), asksSomething)
              * Math.clamp(rarity.applyAsDouble(skill.id()), 1.0, 1.5);
      SkillMatch match = match(skill, candidate, round(weight, 3));
      matches.add(match);
      totalWeight += match.weight();
      earned += match.weight() * match.credit();
    }
    matches.sort(
        Comparator.comparing(SkillMatch::level)
            .thenComparing(Comparator.comparingDouble(SkillMatch::weight).reversed())
            .thenComparing(SkillMatch::skill));
    double score = totalWeight == 0 ? 0 : Math.min(100, round(100 * earned / totalWeight, 1));
    return new MatchResult(
        score,
        coverage(matches, Level.REQUIRED),
        coverage(matches, Level.PREFERRED),
        matches,
        suggestions(matches, totalWeight),
        List.of());
  }

  private SkillMatch match(
      ExtractedSkill skill, Map<String, CandidateSkill> candidate, double weight) {
    List<Evidence> postingEvidence = skill.mentions().stream().map(Evidence::of).toList();
    CandidateSkill own = candidate.get(skill.id());
    double credit = 0;
    String note = null;
    List<Evidence> candidateEvidence = List.of();
    if (own != null) {
      credit = 1;
      candidateEvidence = own.evidence();
      if (skill.minYears() != null && own.years() != null && own.years() < skill.minYears()) {
        credit = Math.max(MIN_YEARS_CREDIT, (double) own.years() / skill.minYears());
        note = "asks for " + skill.minYears() + " years, the candidate has " + own.years();
      }
    }
    for (Map.Entry<String, Relation.Kind> related :
        relations.getOrDefault(skill.id(), Map.of()).entrySet()) {
      CandidateSkill other = candidate.get(related.getKey());
      double relatedCredit = relatedCredit(related.getValue());
      if (other != null && relatedCredit > credit) {
        credit = relatedCredit;
        candidateEvidence = other.evidence();
        note =
            "related: the candidate has "
                + name(related.getKey())
                + ", "
                + describe(related.getValue())
                + " "
                + name(skill.id());
      }
    }
    SkillMatch.Status status =
        credit >= 1
            ? SkillMatch.Status.matched
            : credit > 0 ? SkillMatch.Status.partial : SkillMatch.Status.missing;
    if (status == SkillMatch.Status.missing) {
      note = "not found in the candidate's résumé or skill list";
    }
    return new SkillMatch(
        skill.id(),
        skill.level(),
        status,
        round(credit, 3),
        weight,
        postingEvidence,
        candidateEvidence,
        note);
  }

  private static List<MatchResult.Suggestion> suggestions(
      List<SkillMatch> matches, double totalWeight) {
    if (totalWeight == 0) {
      return List.of();
    }
    return matches.stream()
        .filter(m -> m.credit() < 1 && m.weight() > 0)
        .map(
            m ->
                new MatchResult.Suggestion(
                    m.skill(),
                    round(100 * m.weight() * (1 - m.credit()) / totalWeight, 1),
                    (m.status() == SkillMatch.Status.missing
                            ? "missing, "
                            : "partial (" + m.note() + "), ")
                        + m.level().json()
                        + " by the posting"))
        .sorted(
            Comparator.comparingDouble(MatchResult.Suggestion::gain)
                .reversed()
                .thenComparing(MatchResult.Suggestion::skill))
        .limit(SUGGESTIONS)
        .toList();
  }

  private static MatchResult.Coverage coverage(List<SkillMatch> matches, Level level) {
    int total = 0;
    int covered = 0;
    for (SkillMatch m : matches) {
      if (m.level() == level) {
        total++;
        if (m.status() == SkillMatch.Status.matched) {
          covered++;
        }
      }
    }
    return new MatchResult.Coverage(covered, total);
  }

  private static double levelWeight(Level level, boolean asksSomething) {
    if (!asksSomething) {
      return 1.0;
    }
    return switch (level) {
      case REQUIRED -> REQUIRED_WEIGHT;
      case PREFERRED -> PREFERRED_WEIGHT;
      case OTHER -> 0.0;
    };
  }

  /**
   * Credit for having a skill that stands in {@code kind} to the one asked (kind relative to the
   * asked skill).
   */
  private static double relatedCredit(Relation.Kind kind) {
    return switch (kind) {
      case CHILD -> NARROWER_CREDIT;
      case SIBLING -> SIBLING_CREDIT;
      case PARENT -> BROADER_CREDIT;
    };
  }

  private static String describe(Relation.Kind kind) {
    return switch (kind) {
      case CHILD -> "a narrower skill than";
      case SIBLING -> "a sibling of";
      case PARENT -> "a broader skill than";
    };
  }

  private static Relation.Kind inverse(Relation.Kind kind) {
    return switch (kind) {
      case PARENT -> Relation.Kind.CHILD;
      case CHILD -> Relation.Kind.PARENT;
      case SIBLING -> Relation.Kind.SIBLING;
    };
  }

  private String name(String id) {
    return taxonomy.skill(id).map(Skill::name).orElse(id);
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  /** The candidate's skills from a résumé's extraction and a stated list, merged by id. */
  public static Map<String, CandidateSkill> candidate(
      List<ExtractedSkill> resume, List<CandidateSkill> list) {
    Map<String, CandidateSkill> skills = new HashMap<>();
    for (ExtractedSkill skill : resume) {
      List<Evidence> evidence = skill.mentions().stream().map(Evidence::of).toList();
      skills.merge(
          skill.id(),
          new CandidateSkill(skill.id(), skill.minYears(), evidence),
          CandidateSkill::merge);
    }
    for (CandidateSkill skill : list) {
      skills.merge(skill.id(), skill, CandidateSkill::merge);
    }
    return skills;
  }
}
