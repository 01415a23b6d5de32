package io.skillscope.matching;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A candidate's fit to a posting, explained.
 *
 * @param score 0 to 100 (docs/matching.md)
 * @param required how many required skills the candidate covers fully, of how many
 * @param preferred the same for preferred skills
 * @param skills every skill the posting names, required first
 * @param suggestions the missing or partial skills that would raise this score most
 * @param inDemand across the stored postings, the skills most often asked for alongside the
 *     candidate's own, that the candidate does not have
 */
@JsonPropertyOrder({"score", "required", "preferred", "skills", "suggestions", "inDemand"})
public record MatchResult(
    double score,
    Coverage required,
    Coverage preferred,
    List<SkillMatch> skills,
    List<Suggestion> suggestions,
    List<InDemand> inDemand) {

  public MatchResult {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score out of [0, 100]: " + score);
    }
    skills = List.copyOf(skills);
    suggestions = List.copyOf(suggestions);
    inDemand = List.copyOf(inDemand);
  }

  /** This result with the skills in demand alongside the candidate's. */
  public MatchResult withInDemand(List<InDemand> skills) {
    return new MatchResult(score, required, preferred, this.skills, suggestions, skills);
  }

  /**
   * A skill stored postings often ask for together with the candidate's skills.
   *
   * @param skill skill id
   * @param postings stored postings that ask for it together with one of the candidate's skills
   *     (summed over the candidate's skills)
   * @param alongside the candidate's skills it goes with most
   */
  public record InDemand(String skill, long postings, List<String> alongside) {}

  /**
   * @param covered skills at this level the candidate has fully
   * @param total skills at this level
   */
  public record Coverage(int covered, int total) {}

  /**
   * A skill worth learning.
   *
   * @param skill skill id
   * @param gain points the score would rise by with the skill fully met
   * @param reason why, for a person
   */
  public record Suggestion(String skill, double gain, String reason) {}
}
