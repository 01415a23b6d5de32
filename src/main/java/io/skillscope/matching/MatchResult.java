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
 */
@JsonPropertyOrder({"score", "required", "preferred", "skills", "suggestions"})
public record MatchResult(
    double score, Coverage required, Coverage preferred, List<SkillMatch> skills, List<Suggestion> suggestions) {

  public MatchResult {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score out of [0, 100]: " + score);
    }
    skills = List.copyOf(skills);
    suggestions = List.copyOf(suggestions);
  }

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
