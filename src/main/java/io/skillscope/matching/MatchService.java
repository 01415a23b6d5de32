package io.skillscope.matching;

import io.skillscope.demand.Cooccurrence;
import io.skillscope.demand.DemandFilter;
import io.skillscope.demand.DemandService;
import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Level;
import io.skillscope.extraction.SkillExtractor;
import io.skillscope.posting.Posting;
import io.skillscope.posting.PostingQuery;
import io.skillscope.posting.PostingStore;
import io.skillscope.posting.SkillTerms;
import io.skillscope.taxonomy.Relation;
import io.skillscope.taxonomy.Skill;
import io.skillscope.taxonomy.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

/**
 * Candidates and matching: builds profiles from résumé text and skill lists, scores a candidate
 * against a posting, and ranks postings for a candidate (and candidates for a posting) by
 * retrieving through the Lucene indexes and rescoring the retrieved few exactly.
 */
@ApplicationScoped
public class MatchService {

  /** How many postings (or candidates) the index retrieves for exact rescoring. */
  static final int RETRIEVE = 200;

  /** How many in-demand skills a match suggests. */
  static final int IN_DEMAND = 5;

  private final PostingStore postings;
  private final CandidateStore candidates;
  private final SkillExtractor extractor;
  private final Taxonomy taxonomy;
  private final MatchScorer scorer;
  private final Clock clock;
  private final DemandService demand;

  public MatchService(
      PostingStore postings,
      CandidateStore candidates,
      SkillExtractor extractor,
      Taxonomy taxonomy,
      DemandService demand) {
    this.demand = demand;
    this.postings = postings;
    this.candidates = candidates;
    this.extractor = extractor;
    this.taxonomy = taxonomy;
    this.scorer = new MatchScorer(taxonomy);
    this.clock = Clock.systemUTC();
  }

  /** A profile from résumé text and/or a skill list; unknown skill ids are refused. */
  public CandidateProfile profile(String resumeText, List<CandidateSkill> listed) {
    List<String> unknown =
        listed.stream()
            .map(CandidateSkill::id)
            .filter(id -> !taxonomy.contains(id))
            .distinct()
            .toList();
    if (!unknown.isEmpty()) {
      throw new UnknownSkillsException(unknown);
    }
    List<ExtractedSkill> fromResume =
        resumeText == null ? List.of() : extractor.extract(resumeText).skills();
    Map<String, CandidateSkill> merged = MatchScorer.candidate(fromResume, listed);
    if (resumeText != null) {
      // Dated roles ("2019 – 2023: ... Python ...") give years where no phrase states them.
      RoleYears.of(resumeText, fromResume, LocalDate.now(clock))
          .forEach(
              (id, years) ->
                  merged.merge(
                      id, new CandidateSkill(id, years, List.of()), CandidateSkill::merge));
    }
    List<CandidateSkill> skills = new ArrayList<>(merged.values());
    skills.sort(Comparator.comparing(CandidateSkill::id));
    return new CandidateProfile(
        UUID.randomUUID().toString(), resumeText, skills, Instant.now(clock));
  }

  public CandidateProfile store(CandidateProfile profile) {
    candidates.put(profile);
    return profile;
  }

  public Optional<CandidateProfile> candidate(String id) {
    return candidates.get(id);
  }

  public boolean erase(String id) {
    return candidates.erase(id);
  }

  /** How well the candidate fits the posting, and what the stored postings ask for alongside. */
  public MatchResult match(Posting posting, CandidateProfile candidate) {
    return scorer
        .score(posting.skills(), byId(candidate), rarity())
        .withInDemand(inDemand(candidate));
  }

  /**
   * The skills the stored postings most often ask for together with the candidate's skills and that
   * the candidate lacks: for each of the candidate's skills its co-occurring skills (demand
   * facets), joint counts summed.
   */
  List<MatchResult.InDemand> inDemand(CandidateProfile candidate) {
    Set<String> has = new HashSet<>();
    candidate.skills().forEach(s -> has.add(s.id()));
    Map<String, Long> counts = new HashMap<>();
    Map<String, Map<String, Long>> by = new HashMap<>();
    for (String skill : has) {
      if (!taxonomy.contains(skill)) {
        continue;
      }
      for (Cooccurrence.Cooccurring other :
          demand.cooccurrence(DemandFilter.NONE, skill, IN_DEMAND * 4).cooccurring()) {
        if (!has.contains(other.id())) {
          counts.merge(other.id(), other.count(), Long::sum);
          by.computeIfAbsent(other.id(), k -> new HashMap<>()).put(skill, other.count());
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(IN_DEMAND)
        .map(
            e ->
                new MatchResult.InDemand(
                    e.getKey(),
                    e.getValue(),
                    by.get(e.getKey()).entrySet().stream()
                        .sorted(
                            Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(3)
                        .map(Map.Entry::getKey)
                        .toList()))
        .toList();
  }

  /**
   * A posting ranked for a candidate.
   *
   * @param posting the posting
   * @param match the candidate's match to it
   * @param fit the ranking key, in [0, 1]: the harmonic mean of how much of the posting's required
   *     skills the candidate meets (weighted, with partial credit) and how much of the candidate
   *     the posting asks for (the share of the candidate's skills it names as required or
   *     preferred). Ranking by the score alone would put first the postings that ask for almost
   *     nothing; ranking by the score with preferred skills would let a posting's long wish list
   *     push it below postings the candidate fits less.
   */
  public record RankedPosting(Posting posting, MatchResult match, double fit) {}

  /** The stored postings within {@code filters} that fit the candidate best, best first. */
  public List<RankedPosting> rank(CandidateProfile candidate, PostingQuery filters, int size) {
    Map<String, Float> terms = new HashMap<>();
    for (CandidateSkill skill : candidate.skills()) {
      addTerms(terms, skill.id(), 1f);
      for (Relation related : taxonomy.skill(skill.id()).map(Skill::related).orElse(List.of())) {
        addTerms(terms, related.id(), 0.5f);
      }
    }
    List<RankedPosting> ranked = new ArrayList<>();
    Map<String, CandidateSkill> skills = byId(candidate);
    ToDoubleFunction<String> rarity = rarity();
    for (Posting posting : postings.topBySkills(filters, terms, RETRIEVE)) {
      MatchResult match = scorer.score(posting.skills(), skills, rarity);
      ranked.add(new RankedPosting(posting, match, fit(match, posting, skills.keySet())));
    }
    ranked.sort(
        Comparator.comparingDouble(RankedPosting::fit)
            .reversed()
            .thenComparing(
                Comparator.comparingDouble((RankedPosting r) -> r.match().score()).reversed())
            .thenComparing(r -> r.posting().id()));
    return ranked.subList(0, Math.min(size, ranked.size()));
  }

  /** A candidate ranked for a posting. */
  public record RankedCandidate(CandidateProfile candidate, MatchResult match) {}

  /** The stored candidates that fit the posting best, best first. */
  public List<RankedCandidate> candidatesFor(Posting posting, int size) {
    Map<String, Float> wanted = new HashMap<>();
    for (ExtractedSkill skill : posting.skills()) {
      float boost =
          switch (skill.level()) {
            case REQUIRED -> 1f;
            case PREFERRED -> 0.5f;
            case OTHER -> 0.05f;
          };
      wanted.merge(skill.id(), boost, Math::max);
    }
    List<RankedCandidate> ranked = new ArrayList<>();
    ToDoubleFunction<String> rarity = rarity();
    for (CandidateProfile candidate : candidates.topBySkills(wanted, RETRIEVE)) {
      ranked.add(
          new RankedCandidate(candidate, scorer.score(posting.skills(), byId(candidate), rarity)));
    }
    ranked.sort(
        Comparator.comparingDouble((RankedCandidate r) -> r.match().score())
            .reversed()
            .thenComparing(r -> r.candidate().id()));
    return ranked.subList(0, Math.min(size, ranked.size()));
  }

  private static double fit(
      MatchResult match, Posting posting, java.util.Set<String> candidateSkills) {
    if (candidateSkills.isEmpty()) {
      return 0;
    }
    long used =
        posting.skills().stream()
            .filter(s -> s.level() != Level.OTHER && candidateSkills.contains(s.id()))
            .count();
    double meets = requiredMet(match);
    double usedShare = (double) used / candidateSkills.size();
    double fit = meets + usedShare == 0 ? 0 : 2 * meets * usedShare / (meets + usedShare);
    return Math.round(fit * 1000) / 1000.0;
  }

  /**
   * The weighted share of the required skills the candidate meets; the score when none is required.
   */
  private static double requiredMet(MatchResult match) {
    double total = 0;
    double met = 0;
    for (SkillMatch m : match.skills()) {
      if (m.level() == Level.REQUIRED) {
        total += m.weight();
        met += m.weight() * m.credit();
      }
    }
    return total == 0 ? match.score() / 100 : met / total;
  }

  private static void addTerms(Map<String, Float> terms, String id, float factor) {
    terms.merge(SkillTerms.of(id, "required"), 1f * factor, Math::max);
    terms.merge(SkillTerms.of(id, "preferred"), 0.5f * factor, Math::max);
    terms.merge(SkillTerms.of(id, "other"), 0.01f * factor, Math::max);
  }

  /**
   * Rarity factor in [1, 1.5]: 1 + 0.5 × idf / max idf, with idf = ln((N + 1) / (df + 1)) over the
   * stored postings. A skill every posting asks for weighs 1×; one no other posting asks for 1.5×.
   */
  private ToDoubleFunction<String> rarity() {
    Map<String, Long> counts =
        postings.skillCounts(taxonomy.skills().stream().map(Skill::id).toList());
    long n = counts.getOrDefault("", 0L);
    if (n < 2) {
      return id -> 1.0;
    }
    double maxIdf = Math.log(n + 1.0);
    return id -> 1 + 0.5 * Math.log((n + 1.0) / (counts.getOrDefault(id, 0L) + 1.0)) / maxIdf;
  }

  private static Map<String, CandidateSkill> byId(CandidateProfile candidate) {
    Map<String, CandidateSkill> skills = new HashMap<>();
    for (CandidateSkill skill : candidate.skills()) {
      skills.merge(skill.id(), skill, CandidateSkill::merge);
    }
    return skills;
  }
}
