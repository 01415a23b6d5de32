package io.skillscope.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillscope.extraction.Level;
import java.util.List;

/**
 * How the candidate meets one skill the posting names.
 *
 * @param skill skill id
 * @param level how the posting asks for it
 * @param status {@code matched}, {@code partial} or {@code missing}
 * @param credit in [0, 1]: 1 for the skill itself with the years asked, less for a related skill or
 *     fewer years
 * @param weight what the skill counts for in the score
 * @param postingEvidence where the posting names it
 * @param candidateEvidence where the résumé shows it (or the related skill)
 * @param note why the credit is partial or what is missing, for a person
 */
@JsonPropertyOrder({
  "skill",
  "level",
  "status",
  "credit",
  "weight",
  "postingEvidence",
  "candidateEvidence",
  "note"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SkillMatch(
    String skill,
    Level level,
    Status status,
    double credit,
    double weight,
    List<Evidence> postingEvidence,
    List<Evidence> candidateEvidence,
    String note) {

  /** Whether the candidate has the skill. */
  public enum Status {
    matched,
    partial,
    missing
  }

  public SkillMatch {
    postingEvidence = List.copyOf(postingEvidence);
    candidateEvidence = List.copyOf(candidateEvidence);
  }
}
