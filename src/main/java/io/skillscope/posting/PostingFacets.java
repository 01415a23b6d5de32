package io.skillscope.posting;

import io.skillscope.extraction.ExtractedSkill;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The facet dimensions and doc-values fields every posting document carries, for aggregations (the
 * demand feature) that count over the index instead of loading postings.
 *
 * <ul>
 *   <li>{@link #SKILL}: the posting's skill ids; {@link #CATEGORY}: the distinct categories of
 *       those skills. Both multi-valued sorted-set dimensions in one doc-values field, so one pass
 *       counts them all.
 *   <li>{@code skill_required}, {@code skill_preferred}, {@code skill_other} ({@link #skillDim})
 *       and the same for categories ({@link #categoryDim}): the skills at the level the posting
 *       asks for them. Filled from {@link SkillTerms#levels}, which is the one place that knows how
 *       to read a level off an extracted skill.
 *   <li>{@link #DAY}: numeric doc values, the epoch day of {@code postedAt}, else of the ingestion.
 * </ul>
 */
public final class PostingFacets {

  public static final String SKILL = PostingDocuments.FACET_SKILL;
  public static final String CATEGORY = "category";
  public static final String DAY = PostingDocuments.DAY;

  /** The requirement levels, strongest first. */
  public static final List<String> LEVELS = List.of("required", "preferred", "other");

  private PostingFacets() {}

  /** The dimension of skill ids at a level, or of all skills when {@code level} is null. */
  public static String skillDim(String level) {
    return level == null ? SKILL : SKILL + "_" + level;
  }

  /** The dimension of categories at a level, or of all categories when {@code level} is null. */
  public static String categoryDim(String level) {
    return level == null ? CATEGORY : CATEGORY + "_" + level;
  }

  /** A facets configuration that knows every dimension above is multi-valued. */
  public static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(SKILL, true);
    config.setMultiValued(CATEGORY, true);
    for (String level : LEVELS) {
      config.setMultiValued(skillDim(level), true);
      config.setMultiValued(categoryDim(level), true);
    }
    return config;
  }

  /** The level dimensions' values of one skill, as (dimension, value) pairs. */
  static List<Map.Entry<String, String>> levelFacets(ExtractedSkill skill) {
    return SkillTerms.levels(skill).stream()
        .flatMap(
            level ->
                Stream.of(
                    Map.entry(skillDim(level), skill.id()),
                    Map.entry(categoryDim(level), skill.category())))
        .filter(facet -> facet.getValue() != null)
        .toList();
  }
}
