package io.skillscope.posting;

import java.time.LocalDate;
import java.util.List;

/**
 * A search over stored postings; null means "any".
 *
 * @param skills skill ids the posting must all have
 * @param level the requirement level the skills must have (required, preferred, other), or null
 * @param text a classic Lucene query over title and description, or null
 * @param company the employer, matched exactly ignoring case
 * @param location words the location must all contain
 * @param from earliest {@code postedAt}, inclusive
 * @param to latest {@code postedAt}, inclusive
 * @param page 0-based page
 * @param size page size
 */
public record PostingQuery(
    List<String> skills,
    String level,
    String text,
    String company,
    String location,
    LocalDate from,
    LocalDate to,
    int page,
    int size) {

  public PostingQuery {
    skills = skills == null ? List.of() : List.copyOf(skills);
    if (page < 0 || size < 1) {
      throw new IllegalArgumentException("bad page " + page + "/" + size);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from is after to");
    }
  }
}
