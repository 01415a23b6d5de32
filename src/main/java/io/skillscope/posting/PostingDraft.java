package io.skillscope.posting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A posting as a sender gives it, already validated at the edge.
 *
 * @param externalId the sender's id, or null
 * @param title job title
 * @param company employer, or null
 * @param location location, or null
 * @param postedAt publication date, or null
 * @param url where it is published, or null
 * @param description the full text skills are extracted from
 */
public record PostingDraft(
    String externalId,
    String title,
    String company,
    String location,
    LocalDate postedAt,
    String url,
    String description) {

  public PostingDraft {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
  }
}
