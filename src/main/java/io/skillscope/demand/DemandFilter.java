package io.skillscope.demand;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.skillscope.posting.PostingFacets;
import java.time.LocalDate;

/**
 * Which postings and skills a demand query counts; null means "any".
 *
 * @param from earliest posting day, inclusive: {@code postedAt}, else the ingestion date
 * @param to latest posting day, inclusive
 * @param company the employer, matched exactly ignoring case
 * @param location words the location must all contain
 * @param q a classic Lucene query over title and description ({@code title:"data engineer"})
 * @param category report only skills (and pairs) of this taxonomy category; postings are not
 *     narrowed by it, so shares stay shares of all matching postings
 * @param level count a skill only where a posting asks for it at this level (required, preferred,
 *     other)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemandFilter(
    LocalDate from,
    LocalDate to,
    String company,
    String location,
    String q,
    String category,
    String level) {

  public static final DemandFilter NONE =
      new DemandFilter(null, null, null, null, null, null, null);

  public DemandFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from is after to");
    }
    if (level != null && !PostingFacets.LEVELS.contains(level)) {
      throw new IllegalArgumentException("unknown level " + level);
    }
  }

  /** The facet dimension skills are counted in. */
  String skillDim() {
    return PostingFacets.skillDim(level);
  }
}
