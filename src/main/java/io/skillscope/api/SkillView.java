package io.skillscope.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillscope.taxonomy.Alias;
import io.skillscope.taxonomy.Condition;
import io.skillscope.taxonomy.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A skill as the API shows it.
 *
 * @param id canonical id
 * @param name display name
 * @param category category
 * @param article whether the source article names it
 * @param aliases the ways it is written
 * @param rules the aliases that need context, a case or imply other skills, with their rules
 * @param related related skills and how they relate
 */
@JsonPropertyOrder({"id", "name", "category", "article", "aliases", "rules", "related"})
public record SkillView(
    String id,
    String name,
    String category,
    boolean article,
    List<String> aliases,
    List<AliasRules> rules,
    List<Related> related) {

  /**
   * @param id the related skill
   * @param relation parent, child or sibling
   */
  public record Related(String id, String relation) {}

  /**
   * The rules of one alias, each written as the taxonomy file says it (docs/taxonomy.md), so that a
   * reader can find it there.
   *
   * @param alias the alias
   * @param caseSensitive whether the letters must match exactly
   * @param confidence the confidence of a mention it makes
   * @param when conditions of which one must hold, such as {@code nearSkill within 3 tokens}
   * @param unless conditions of which none may hold, such as {@code after /^\s*&/}
   * @param also further skills the same words name
   */
  @JsonPropertyOrder({"alias", "caseSensitive", "confidence", "when", "unless", "also"})
  public record AliasRules(
      String alias,
      boolean caseSensitive,
      double confidence,
      List<String> when,
      List<String> unless,
      List<String> also) {}

  static SkillView of(Skill skill) {
    return new SkillView(
        skill.id(),
        skill.name(),
        skill.category(),
        skill.article(),
        skill.aliases().stream().map(Alias::text).toList(),
        skill.aliases().stream()
            .filter(a -> a.hasRule() || !a.also().isEmpty())
            .map(SkillView::rules)
            .toList(),
        skill.related().stream()
            .map(r -> new Related(r.id(), r.kind().name().toLowerCase(Locale.ROOT)))
            .toList());
  }

  private static AliasRules rules(Alias alias) {
    return new AliasRules(
        alias.text(),
        alias.caseSensitive(),
        alias.confidence(),
        alias.when().stream().map(SkillView::describe).toList(),
        alias.unless().stream().map(SkillView::describe).toList(),
        alias.also());
  }

  /** One condition in the words of the taxonomy file: its key, then its argument. */
  static String describe(Condition condition) {
    String rule =
        switch (condition) {
          case Condition.Before b -> "before /" + written(b.pattern().pattern(), "(?:", ")$") + "/";
          case Condition.After a -> "after /" + written(a.pattern().pattern(), "^(?:", ")") + "/";
          case Condition.Sentence s -> "sentence /" + s.pattern().pattern() + "/";
          case Condition.Near n -> "near " + words(n) + " within " + n.window() + " tokens";
          case Condition.NearSkill n -> "nearSkill within " + n.window() + " tokens";
          case Condition.Pos p -> "pos " + String.join(", ", p.tags().stream().sorted().toList());
        };
    OptionalDouble confidence = condition.confidence();
    return confidence.isPresent() ? rule + " (confidence " + confidence.getAsDouble() + ")" : rule;
  }

  /**
   * The regex as the taxonomy file writes it: the loader anchors {@code before} at the end and
   * {@code after} at the start by wrapping it, which the reader of the file never wrote.
   */
  private static String written(String pattern, String prefix, String suffix) {
    return pattern.startsWith(prefix) && pattern.endsWith(suffix)
        ? pattern.substring(prefix.length(), pattern.length() - suffix.length())
        : pattern;
  }

  private static String words(Condition.Near near) {
    List<String> words = new ArrayList<>(near.words().stream().sorted().toList());
    near.prefixes().stream().sorted().forEach(p -> words.add(p + "*"));
    return "[" + String.join(", ", words) + "]";
  }
}
