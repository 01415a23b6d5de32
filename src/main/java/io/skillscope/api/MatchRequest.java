package io.skillscope.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of the match endpoints: a candidate given inline or by the id of a stored one, and for
 * ranking the same filters as posting search.
 *
 * @param candidate the candidate, inline
 * @param candidateId or a stored candidate
 * @param q full-text query over title and description (ranking only)
 * @param company company (ranking only)
 * @param location location words (ranking only)
 * @param from earliest postedAt (ranking only)
 * @param to latest postedAt (ranking only)
 * @param size how many postings to return (ranking only), 1–100, default 10
 */
@Schema(
    description = "A candidate, inline or stored; for ranking also the filters of posting search")
public record MatchRequest(
    @Schema(description = "The candidate, inline (or give candidateId)") @Valid
        CandidateRequest candidate,
    @Schema(description = "A stored candidate (or give candidate)") @Size(max = 100)
        String candidateId,
    @Schema(
            description = "Full-text query over title and description (ranking only)",
            example = "machine learning")
        @Size(max = 500)
        String q,
    @Size(max = 200) String company,
    @Size(max = 200) String location,
    LocalDate from,
    LocalDate to,
    @Schema(
            description = "How many postings to return (ranking only), 1–100, default 10",
            example = "10")
        @Min(1)
        @Max(100)
        Integer size) {}
