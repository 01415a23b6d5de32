package io.skillscope.posting;

import io.skillscope.extraction.ExtractedSkill;
import java.util.List;

/**
 * The terms a stored skill is found by. Filtering by skill uses {@link #SKILL}; filtering by skill
 * at a requirement level uses {@link #SKILL_LEVEL} terms {@code id/level}.
 *
 * <p>A skill is indexed at its strongest level in the posting (required > preferred > other), as
 * {@code python/required}, and counted in that level's facet dimension; matching retrieves postings
 * by these terms, weighted by level.
 */
public final class SkillTerms {

  static final String SKILL = "skill";
  static final String SKILL_LEVEL = "skill_level";

  private SkillTerms() {}

  /** Terms of {@link #SKILL_LEVEL} for one skill: its strongest level in the posting. */
  static List<String> levelTerms(ExtractedSkill skill) {
    return levels(skill).stream().map(level -> of(skill.id(), level)).toList();
  }

  /**
   * The requirement levels (required, preferred, other) a posting asks for this skill at: the seam
   * both the {@link #SKILL_LEVEL} terms and the level facet dimensions ({@link PostingFacets}) are
   * filled from: the strongest level of its mentions, so the three level counts of a skill add up
   * to its postings.
   */
  static List<String> levels(ExtractedSkill skill) {
    return List.of(skill.level().json());
  }

  /** The {@link #SKILL_LEVEL} term for a skill at a level. */
  public static String of(String skillId, String level) {
    return skillId + "/" + level;
  }
}
