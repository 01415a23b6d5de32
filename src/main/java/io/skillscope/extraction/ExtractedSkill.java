package io.skillscope.extraction;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A skill the text names, with every place it does.
 *
 * @param id canonical skill id
 * @param name display name
 * @param category taxonomy category
 * @param confidence that the text names the skill at all: the mentions' confidences combined as
 *     independent evidence, 1 − Π(1 − c), rounded to three decimals and at most 0.999
 * @param mentions where, in text order
 */
@JsonPropertyOrder({"id", "name", "category", "confidence", "mentions"})
public record ExtractedSkill(
    String id, String name, String category, double confidence, List<Mention> mentions) {

  public ExtractedSkill {
    mentions = List.copyOf(mentions);
  }
}
