package io.skillscope.posting;

import io.skillscope.extraction.ExtractedSkill;
import java.util.List;

/**
 * The terms a stored skill is found by. Filtering by skill uses {@link #SKILL}; filtering by skill
 * at a requirement level uses {@link #SKILL_LEVEL} terms {@code id/level}.
 *
 * <p>Extracted skills carry no requirement level on this branch yet, so {@link #levels} gives
 * none: no level terms or level facets are indexed and a {@code level} filter matches nothing.
 * When {@code ExtractedSkill.level()} lands, only {@link #levels} changes, and stored postings get
 * their level terms and facets with {@code POST /api/v1/admin/reextract?all=true}.
 */
final class SkillTerms {

  static final String SKILL = "skill";
  static final String SKILL_LEVEL = "skill_level";

  private SkillTerms() {}

  /** Terms of {@link #SKILL_LEVEL} for one skill. */
  static List<String> levelTerms(ExtractedSkill skill) {
    return levels(skill).stream().map(level -> of(skill.id(), level)).toList();
  }

  /**
   * The requirement levels (required, preferred, other) a posting asks for this skill at: the seam
   * both the {@link #SKILL_LEVEL} terms and the level facet dimensions ({@link PostingFacets}) are
   * filled from. None until {@code ExtractedSkill.level()} exists; then {@code
   * List.of(skill.level().json())}, the strongest level of its mentions, so the three level counts
   * of a skill add up to its postings.
   */
  static List<String> levels(ExtractedSkill skill) {
    return List.of();
  }

  /** The {@link #SKILL_LEVEL} term for a skill at a level. */
  static String of(String skillId, String level) {
    return skillId + "/" + level;
  }
}
