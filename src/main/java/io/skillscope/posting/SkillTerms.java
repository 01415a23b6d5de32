package io.skillscope.posting;

import io.skillscope.extraction.ExtractedSkill;
import java.util.List;

/**
 * The terms a stored skill is found by. Filtering by skill uses {@link #SKILL}; filtering by skill
 * at a requirement level uses {@link #SKILL_LEVEL} terms {@code id/level}.
 *
 * <p>Extracted skills carry no requirement level on this branch yet, so {@link #levelTerms}
 * indexes none and a {@code level} filter matches nothing. When {@code ExtractedSkill.level()}
 * lands, {@link #levelTerms} becomes {@code List.of(of(skill.id(), skill.level()...))} and stored
 * postings get their level terms with {@code POST /api/v1/admin/reextract?all=true}.
 */
final class SkillTerms {

  static final String SKILL = "skill";
  static final String SKILL_LEVEL = "skill_level";

  private SkillTerms() {}

  /** Terms of {@link #SKILL_LEVEL} for one skill. */
  static List<String> levelTerms(ExtractedSkill skill) {
    return List.of();
  }

  /** The {@link #SKILL_LEVEL} term for a skill at a level. */
  static String of(String skillId, String level) {
    return skillId + "/" + level;
  }
}
