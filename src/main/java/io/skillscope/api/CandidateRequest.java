package io.skillscope.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A candidate: résumé text, a skill list, or both.
 *
 * @param resumeText the résumé; its skills and stated years are extracted
 * @param skills skills the candidate claims, with years when known
 */
public record CandidateRequest(
    @Size(max = 100_000) String resumeText, @Valid @Size(max = 200) List<@Valid SkillClaim> skills) {

  /**
   * @param skill a skill id of the taxonomy
   * @param years years of experience, optional
   */
  public record SkillClaim(@NotBlank String skill, @PositiveOrZero @Max(60) Integer years) {}

  boolean empty() {
    return (resumeText == null || resumeText.isBlank()) && (skills == null || skills.isEmpty());
  }
}
