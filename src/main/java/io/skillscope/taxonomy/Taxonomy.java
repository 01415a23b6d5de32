package io.skillscope.taxonomy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, validated taxonomy. Immutable and thread-safe; build it with {@link TaxonomyLoader}.
 */
public final class Taxonomy {

  private final String version;
  private final String source;
  private final List<String> categories;
  private final Map<String, Skill> byId;

  /**
   * @param version the file's version label plus a hash of its content, so two different files
   *     never share a version ("2026.11.1+3f9a0c12")
   * @param source where it was loaded from, for messages
   * @param categories the allowed categories, in file order
   * @param skills the skills, in file order, ids unique
   */
  public Taxonomy(String version, String source, List<String> categories, List<Skill> skills) {
    this.version = Objects.requireNonNull(version, "version");
    this.source = Objects.requireNonNull(source, "source");
    this.categories = List.copyOf(categories);
    Map<String, Skill> map = new LinkedHashMap<>();
    for (Skill skill : skills) {
      if (map.put(skill.id(), skill) != null) {
        throw new IllegalArgumentException("duplicate skill id " + skill.id());
      }
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  public String version() {
    return version;
  }

  public String source() {
    return source;
  }

  public List<String> categories() {
    return categories;
  }

  /** The skills in file order. */
  public List<Skill> skills() {
    return List.copyOf(byId.values());
  }

  /** The skill with this id. */
  public Optional<Skill> skill(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether a skill with this id exists. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }
}
