package io.skillscope.demand;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The pairs of skills that go together most strongly, highest lift first.
 *
 * @param totalPostings matching postings
 * @param minSupport the fewest postings a listed pair shares
 * @param filters the filters applied
 * @param pairs the pairs
 */
@JsonPropertyOrder({"totalPostings", "minSupport", "filters", "pairs"})
public record SkillPairs(
    long totalPostings, int minSupport, DemandFilter filters, List<Pair> pairs) {

  public SkillPairs {
    pairs = List.copyOf(pairs);
  }

  /**
   * Two skills named together.
   *
   * @param skills the two ids, in id order
   * @param count postings naming both
   * @param share {@code count / totalPostings}
   * @param lift P(both) / (P(first) P(second))
   */
  @JsonPropertyOrder({"skills", "count", "share", "lift"})
  public record Pair(List<String> skills, long count, double share, double lift) {

    public Pair {
      skills = List.copyOf(skills);
    }
  }
}
