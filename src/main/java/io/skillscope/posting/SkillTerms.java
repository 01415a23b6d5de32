package io.skillscope.posting;

import io.skillscope.extraction.ExtractedSkill;
import java.util.List;

/**
 * The terms a stored skill is found by. Filtering by skill uses {@link #SKILL}; filtering by skill
 * at a requirement level uses {@link #SKILL_LEVEL} terms {@code id/level}.
 *
 * <p>A skill is indexed at its strongest level in the posting (required > preferred > other), as
 * {@code python/required}; matching retrieves postings by these terms, weighted by level.
 */
public final class SkillTerms {

  static final String SKILL = "skill";
  static final String SKILL_LEVEL = "skill_level";

  private SkillTerms() {}

  /** Terms of {@link #SKILL_LEVEL} for one skill: its strongest level in the posting. */
  static List<String> levelTerms(ExtractedSkill skill) {
    return List.of(of(skill.id(), skill.level().json()));
  }

  /** The {@link #SKILL_LEVEL} term for a skill at a level. */
  public static String of(String skillId, String level) {
    return skillId + "/" + level;
  }
}
