package io.skillscope.posting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Progress of a re-extraction run.
 *
 * @param state idle (never run), running, done, failed, or stopped (by a shutdown during the run)
 * @param taxonomyVersion the taxonomy postings are being brought to
 * @param total postings to re-extract in this run
 * @param done postings re-extracted so far
 * @param stale stored postings extracted with another taxonomy, now
 * @param startedAt when the run started
 * @param finishedAt when it ended
 * @param error why it failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReextractStatus(
    String state,
    String taxonomyVersion,
    long total,
    long done,
    long stale,
    Instant startedAt,
    Instant finishedAt,
    String error) {}
