package io.skillscope.posting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.skillscope.extraction.ExtractedSkill;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored posting with the skills extracted from it. Serialised whole (with Jackson) into the
 * index, so fields added to {@link ExtractedSkill} or its mentions are stored without a change
 * here.
 *
 * @param id our id, stable across updates
 * @param externalId the sender's id, or null
 * @param title job title
 * @param company employer, or null
 * @param location location, or null
 * @param postedAt publication date, or null
 * @param url where it is published, or null
 * @param description the full text
 * @param taxonomyVersion the taxonomy the skills were extracted with; another version means stale
 * @param skills the extracted skills, same shape as {@code /api/v1/extract}
 * @param ingestedAt when it was first stored
 * @param updatedAt when its content or skills last changed, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Posting(
    String id,
    String externalId,
    String title,
    String company,
    String location,
    LocalDate postedAt,
    String url,
    String description,
    String taxonomyVersion,
    List<ExtractedSkill> skills,
    Instant ingestedAt,
    Instant updatedAt) {

  public Posting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(taxonomyVersion, "taxonomyVersion");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    skills = List.copyOf(skills);
  }

  /** The sender's part: what decides whether a re-sent posting is unchanged. */
  @JsonIgnore
  public PostingDraft draft() {
    return new PostingDraft(externalId, title, company, location, postedAt, url, description);
  }

  /** This posting with other content and skills, keeping its id and first ingestion time. */
  Posting with(PostingDraft draft, String version, List<ExtractedSkill> newSkills, Instant now) {
    return new Posting(
        id,
        draft.externalId(),
        draft.title(),
        draft.company(),
        draft.location(),
        draft.postedAt(),
        draft.url(),
        draft.description(),
        version,
        newSkills,
        ingestedAt,
        now);
  }
}
