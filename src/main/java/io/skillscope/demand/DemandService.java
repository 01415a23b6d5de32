package io.skillscope.demand;

import io.skillscope.demand.DemandIndex.Counts;
import io.skillscope.posting.InvalidQueryException;
import io.skillscope.posting.PostingFacets;
import io.skillscope.posting.PostingStore;
import io.skillscope.taxonomy.Skill;
import io.skillscope.taxonomy.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Skill demand, trends and co-occurrence over the stored postings. Every count is a facet count
 * over the index (see {@link DemandIndex}); only the per-skill results are assembled here.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class DemandService {

  /** Ties in a ranking are broken by id, so equal inputs always give equal answers. */
  private static final Comparator<Map.Entry<String, Long>> MOST_FIRST =
      Map.Entry.<String, Long>comparingByValue()
          .reversed()
          .thenComparing(Map.Entry.comparingByKey());

  private final PostingStore store;
  private final Taxonomy taxonomy;
  private final DemandConfig config;
  private final DemandIndex index;
  private final SkillSuggestions suggestions;

  public DemandService(PostingStore store, Taxonomy taxonomy, DemandConfig config) {
    this.store = store;
    this.taxonomy = taxonomy;
    this.config = config;
    this.index = new DemandIndex(store);
    this.suggestions = new SkillSuggestions(taxonomy);
  }

  /**
   * The skills and categories the matching postings ask for, most first; {@code top} null for all.
   */
  public DemandReport demand(DemandFilter filter, Integer top) {
    checkCategory(filter);
    Counts counts = index.read(filter, DemandIndex.View::counts);
    long total = counts.postings();
    List<DemandReport.SkillDemand> skills =
        ranked(counts.dim(filter.skillDim()), filter).stream()
            .limit(top == null ? Long.MAX_VALUE : top)
            .map(e -> skillRow(e.getKey(), e.getValue(), total, counts))
            .toList();
    List<DemandReport.CategoryDemand> categories =
        counts.dim(PostingFacets.categoryDim(filter.level())).entrySet().stream()
            .filter(e -> filter.category() == null || filter.category().equals(e.getKey()))
            .sorted(MOST_FIRST)
            .map(
                e ->
                    new DemandReport.CategoryDemand(
                        e.getKey(), e.getValue(), share(e.getValue(), total)))
            .toList();
    return new DemandReport(total, filter, skills, categories);
  }

  /**
   * Postings per bucket and, for each followed skill, how many of them name it. Without {@code
   * skills}, the {@code top} most asked-for skills (of {@code filter.category()}, if given).
   */
  public Trends trends(DemandFilter filter, Interval interval, List<String> skills, int top) {
    checkCategory(filter);
    checkSkills("skill", skills);
    if (skills.size() > config.maxTrendSkills()) {
      throw new InvalidQueryException(
          "skill", "at most " + config.maxTrendSkills() + " skills per trend");
    }
    DemandIndex.BucketCounts counts =
        index.read(
            filter,
            view ->
                view.byBucket(
                    filter.skillDim(),
                    (first, last) ->
                        new TrendBuckets(interval, first, last, config.maxBuckets())
                            .bucketOfDay(first, last)));
    List<String> named = skills.stream().distinct().toList();
    if (counts == null) {
      return new Trends(interval, filter, named, List.of());
    }
    TrendBuckets buckets =
        new TrendBuckets(interval, counts.firstDay(), counts.lastDay(), config.maxBuckets());
    List<String> followed = named;
    if (followed.isEmpty()) {
      Map<String, Long> totals = new HashMap<>();
      counts.byValue().forEach((id, perBucket) -> totals.put(id, LongStream.of(perBucket).sum()));
      followed = ranked(totals, filter).stream().limit(top).map(Map.Entry::getKey).toList();
    }
    long[] none = new long[counts.postings().length];
    List<long[]> perSkill =
        followed.stream().map(id -> counts.byValue().getOrDefault(id, none)).toList();
    return new Trends(
        interval, filter, followed, buckets.assemble(counts.postings(), followed, perSkill));
  }

  /** The skills named with {@code skill} in the matching postings, most often first. */
  public Cooccurrence cooccurrence(DemandFilter filter, String skill, Integer top) {
    checkCategory(filter);
    checkSkills("skill", List.of(skill));
    String dim = filter.skillDim();
    return index.read(
        filter,
        view -> {
          Counts all = view.counts();
          Counts with = view.countsWith(dim, skill);
          long postings = with.postings();
          List<Cooccurrence.Cooccurring> others =
              ranked(with.dim(dim), filter).stream()
                  .filter(e -> !e.getKey().equals(skill))
                  .limit(top == null ? config.cooccurrenceTop() : top)
                  .map(
                      e ->
                          new Cooccurrence.Cooccurring(
                              e.getKey(),
                              e.getValue(),
                              share(e.getValue(), postings),
                              lift(
                                  e.getValue(), all.postings(), postings, all.of(dim, e.getKey()))))
                  .toList();
          return new Cooccurrence(skill, postings, all.postings(), filter, others);
        });
  }

  /**
   * The pairs of skills with the highest lift among those sharing at least {@code minSupport}
   * postings.
   */
  public SkillPairs pairs(DemandFilter filter, Integer minSupport, Integer top) {
    checkCategory(filter);
    int support = minSupport == null ? config.minSupport() : minSupport;
    String dim = filter.skillDim();
    DemandIndex.PairCounts counts = index.read(filter, view -> view.pairs(dim));
    List<String> values = counts.values();
    long[][] both = counts.both();
    List<SkillPairs.Pair> pairs = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (both[i][j] >= support
            && inCategory(values.get(i), filter)
            && inCategory(values.get(j), filter)) {
          pairs.add(
              new SkillPairs.Pair(
                  List.of(values.get(i), values.get(j)),
                  both[i][j],
                  share(both[i][j], counts.postings()),
                  lift(both[i][j], counts.postings(), both[i][i], both[j][j])));
        }
      }
    }
    pairs.sort(
        Comparator.comparingDouble(SkillPairs.Pair::lift)
            .reversed()
            .thenComparing(Comparator.comparingLong(SkillPairs.Pair::count).reversed())
            .thenComparing(p -> String.join(" ", p.skills())));
    int limit = top == null ? config.cooccurrenceTop() : top;
    return new SkillPairs(
        counts.postings(), support, filter, pairs.subList(0, Math.min(limit, pairs.size())));
  }

  /** Skill counts most first, keeping only the filter's category. */
  private List<Map.Entry<String, Long>> ranked(Map<String, Long> skills, DemandFilter filter) {
    return skills.entrySet().stream()
        .filter(e -> inCategory(e.getKey(), filter))
        .sorted(MOST_FIRST)
        .toList();
  }

  private boolean inCategory(String id, DemandFilter filter) {
    return filter.category() == null
        || taxonomy.skill(id).map(Skill::category).filter(filter.category()::equals).isPresent();
  }

  private DemandReport.SkillDemand skillRow(String id, long postings, long total, Counts counts) {
    Optional<Skill> skill = taxonomy.skill(id);
    return new DemandReport.SkillDemand(
        id,
        skill.map(Skill::name).orElse(id),
        skill.map(Skill::category).orElse(null),
        postings,
        share(postings, total),
        counts.of(PostingFacets.skillDim("required"), id),
        counts.of(PostingFacets.skillDim("preferred"), id),
        counts.of(PostingFacets.skillDim("other"), id));
  }

  private void checkCategory(DemandFilter filter) {
    if (filter.category() != null && !taxonomy.categories().contains(filter.category())) {
      throw new InvalidQueryException(
          "category", "unknown category; known: " + String.join(", ", taxonomy.categories()));
    }
  }

  /** Throws {@link UnknownSkillException} naming every unknown id and the nearest known ones. */
  private void checkSkills(String parameter, List<String> ids) {
    List<String> unknown = ids.stream().filter(id -> !taxonomy.contains(id)).distinct().toList();
    if (!unknown.isEmpty()) {
      String message =
          unknown.stream()
              .map(
                  id ->
                      "unknown skill \""
                          + id
                          + "\"; nearest: "
                          + String.join(", ", suggestions.nearest(id)))
              .collect(Collectors.joining("; "));
      throw new UnknownSkillException(parameter, unknown, message);
    }
  }

  static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** P(a ∧ b) / (P(a) P(b)) = both · total / (a · b). */
  static double lift(long both, long total, long a, long b) {
    return a == 0 || b == 0 ? 0 : (double) both * total / ((double) a * b);
  }
}
