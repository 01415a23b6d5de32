package io.skillscope.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A candidate: résumé text, a skill list, or both.
 *
 * @param resumeText the résumé; its skills and stated years are extracted
 * @param skills skills the candidate claims, with years when known
 */
@Schema(description = "A candidate: résumé text, a skill list, or both")
public record CandidateRequest(
    @Schema(description = "The résumé; its skills and stated years are extracted")
        @Size(max = 100_000)
        String resumeText,
    @Schema(description = "Skills the candidate claims (taxonomy ids), with years when known")
        @Valid
        @Size(max = 200)
        List<@Valid SkillClaim> skills) {

  /**
   * @param skill a skill id of the taxonomy
   * @param years years of experience, optional
   */
  public record SkillClaim(
      @Schema(description = "A skill id of the taxonomy", example = "python") @NotBlank
          String skill,
      @Schema(description = "Years of experience, optional", example = "5") @PositiveOrZero @Max(60)
          Integer years) {}

  boolean empty() {
    return (resumeText == null || resumeText.isBlank()) && (skills == null || skills.isEmpty());
  }
}
