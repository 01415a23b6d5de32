package io.skillscope.demand;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Which skills the matching postings ask for, most asked-for first.
 *
 * @param totalPostings postings matching the filters (the denominator of every share)
 * @param filters the filters applied
 * @param skills one row per skill named by at least one matching posting
 * @param categories one row per category, counting postings that name any of its skills
 */
@JsonPropertyOrder({"totalPostings", "filters", "skills", "categories"})
public record DemandReport(
    long totalPostings,
    DemandFilter filters,
    List<SkillDemand> skills,
    List<CategoryDemand> categories) {

  public DemandReport {
    skills = List.copyOf(skills);
    categories = List.copyOf(categories);
  }

  /**
   * One skill's demand.
   *
   * @param id skill id
   * @param name display name (the id when the taxonomy no longer has the skill)
   * @param category taxonomy category, or null when the taxonomy no longer has the skill
   * @param postings matching postings naming the skill (at {@code level}, when one is asked for)
   * @param share {@code postings / totalPostings}
   * @param required matching postings that require the skill
   * @param preferred matching postings that prefer it
   * @param other matching postings that name it otherwise (the stack, the team's duties)
   */
  @JsonPropertyOrder({
    "id",
    "name",
    "category",
    "postings",
    "share",
    "required",
    "preferred",
    "other"
  })
  public record SkillDemand(
      String id,
      String name,
      String category,
      long postings,
      double share,
      long required,
      long preferred,
      long other) {}

  /**
   * One category's demand.
   *
   * @param category the category
   * @param postings matching postings naming at least one of its skills
   * @param share {@code postings / totalPostings}
   */
  @JsonPropertyOrder({"category", "postings", "share"})
  public record CategoryDemand(String category, long postings, double share) {}
}
