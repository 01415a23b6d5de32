package io.skillscope.demand;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The skills named together with one skill, most frequent first.
 *
 * @param skill the skill asked about
 * @param postings matching postings naming it
 * @param totalPostings matching postings
 * @param filters the filters applied
 * @param cooccurring the other skills of those postings
 */
@JsonPropertyOrder({"skill", "postings", "totalPostings", "filters", "cooccurring"})
public record Cooccurrence(
    String skill,
    long postings,
    long totalPostings,
    DemandFilter filters,
    List<Cooccurring> cooccurring) {

  public Cooccurrence {
    cooccurring = List.copyOf(cooccurring);
  }

  /**
   * A skill named together with the one asked about.
   *
   * @param id skill id
   * @param count postings naming both
   * @param conditional P(this skill | the skill asked about) = {@code count / postings}
   * @param lift how much more often the two go together than if they were independent: P(both) /
   *     (P(one) P(other)); 1 means independent
   */
  @JsonPropertyOrder({"id", "count", "conditional", "lift"})
  public record Cooccurring(String id, long count, double conditional, double lift) {}
}
