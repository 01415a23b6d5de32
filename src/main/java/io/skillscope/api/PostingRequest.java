package io.skillscope.api;

import io.skillscope.posting.PostingDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

/**
 * Body of {@code POST /api/v1/postings}, and one item of a batch or a stream.
 *
 * @param externalId the sender's id; the same id again updates instead of adding
 * @param title job title
 * @param company employer
 * @param location location
 * @param postedAt publication date, ISO {@code YYYY-MM-DD}
 * @param url where it is published
 * @param description the full text skills are extracted from
 */
@Schema(description = "A posting to store; its skills are extracted from description")
public record PostingRequest(
    @Schema(
            description = "The sender's id; the same id again updates instead of adding",
            example = "dsp-000000")
        @Size(max = 200)
        @Pattern(regexp = "\\S(.*\\S)?", message = "must not be blank or padded")
        String externalId,
    @Schema(description = "Job title", example = "Data Scientist") @NotBlank @Size(max = 500)
        String title,
    @Schema(description = "Employer", example = "Tecolote Research") @Size(max = 300)
        String company,
    @Schema(description = "Location", example = "Albuquerque, NM") @Size(max = 300) String location,
    @Schema(description = "Publication date, YYYY-MM-DD", example = "2024-03-01")
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be an ISO date (YYYY-MM-DD)")
        String postedAt,
    @Schema(description = "Where it is published, http(s)")
        @Size(max = 2000)
        @URL(regexp = "(?i)https?:.*", message = "must be an http(s) URL")
        String url,
    @Schema(description = "The full text skills are extracted from") @NotBlank @Size(max = 100_000)
        String description) {

  PostingDraft toDraft() {
    return new PostingDraft(externalId, title, company, location, date(), url, description);
  }

  private LocalDate date() {
    if (postedAt == null) {
      return null;
    }
    try {
      return LocalDate.parse(postedAt);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid("postedAt", "not a calendar date");
    }
  }
}
