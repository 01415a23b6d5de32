package io.skillscope.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A canonical skill.
 *
 * @param id the canonical id, lower-case letters, digits and hyphens ("scikit-learn")
 * @param name the display name
 * @param category one of the taxonomy's categories
 * @param article whether the source article names the skill
 * @param related links to related skills
 * @param aliases the ways the skill is written
 * @param line the line of the taxonomy file that defines the skill, for messages
 */
public record Skill(
    String id,
    String name,
    String category,
    boolean article,
    List<Relation> related,
    List<Alias> aliases,
    int line) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Skill {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "skill id \"" + id + "\" must be lower-case letters, digits and single hyphens");
    }
    related = List.copyOf(related);
    aliases = List.copyOf(aliases);
  }
}
