package io.skillscope.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A skill the text names, with every place it does.
 *
 * @param id canonical skill id
 * @param name display name
 * @param category taxonomy category
 * @param level how the posting asks for the skill: the strongest level of its mentions
 * @param minYears years of experience asked for it, from the mentions at {@code level} (the largest
 *     if several state one); absent when none does
 * @param confidence that the text names the skill at all: the mentions' confidences combined as
 *     independent evidence, 1 − Π(1 − c), rounded to three decimals and at most 0.999
 * @param mentions where, in text order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "category", "level", "minYears", "confidence", "mentions"})
public record ExtractedSkill(
    String id,
    String name,
    String category,
    Level level,
    Integer minYears,
    double confidence,
    List<Mention> mentions) {

  public ExtractedSkill {
    Objects.requireNonNull(level, "level");
    mentions = List.copyOf(mentions);
  }
}
