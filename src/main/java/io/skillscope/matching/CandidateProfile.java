package io.skillscope.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored candidate: the résumé text (when given) and the skills found in it or listed.
 *
 * @param id service-assigned id
 * @param resumeText the résumé, or null when only a skill list was given
 * @param skills the candidate's skills, résumé and list merged
 * @param createdAt when it was stored
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "resumeText", "skills", "createdAt"})
public record CandidateProfile(
    String id, String resumeText, List<CandidateSkill> skills, Instant createdAt) {

  public CandidateProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    skills = List.copyOf(skills);
  }
}
