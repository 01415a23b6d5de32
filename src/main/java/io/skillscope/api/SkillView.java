package io.skillscope.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillscope.taxonomy.Alias;
import io.skillscope.taxonomy.Skill;
import java.util.List;
import java.util.Locale;

/**
 * A skill as the API shows it.
 *
 * @param id canonical id
 * @param name display name
 * @param category category
 * @param article whether the source article names it
 * @param aliases the ways it is written
 * @param related related skills and how they relate
 */
@JsonPropertyOrder({"id", "name", "category", "article", "aliases", "related"})
public record SkillView(
    String id,
    String name,
    String category,
    boolean article,
    List<String> aliases,
    List<Related> related) {

  /**
   * @param id the related skill
   * @param relation parent, child or sibling
   */
  public record Related(String id, String relation) {}

  static SkillView of(Skill skill) {
    return new SkillView(
        skill.id(),
        skill.name(),
        skill.category(),
        skill.article(),
        skill.aliases().stream().map(Alias::text).toList(),
        skill.related().stream()
            .map(r -> new Related(r.id(), r.kind().name().toLowerCase(Locale.ROOT)))
            .toList());
  }
}
