package io.skillscope.matching;

import java.util.List;
import java.util.Objects;

/**
 * A skill a candidate has.
 *
 * @param id canonical skill id
 * @param years years of experience, when stated (in the skill list or the résumé)
 * @param evidence where the résumé shows it (empty for a skill from the list only)
 */
public record CandidateSkill(String id, Integer years, List<Evidence> evidence) {

  public CandidateSkill {
    Objects.requireNonNull(id, "id");
    if (years != null && years < 0) {
      throw new IllegalArgumentException("years must not be negative");
    }
    evidence = List.copyOf(evidence);
  }

  /** The union of two statements of one skill: the larger years, all the evidence. */
  CandidateSkill merge(CandidateSkill other) {
    Integer y = years;
    if (y == null || (other.years != null && other.years > y)) {
      y = other.years;
    }
    List<Evidence> all = new java.util.ArrayList<>(evidence);
    all.addAll(other.evidence);
    return new CandidateSkill(id, y, all);
  }
}
