package io.skillscope.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Extraction;
import java.util.List;

/**
 * Answer of {@code POST /api/v1/extract}.
 *
 * @param taxonomyVersion the taxonomy the skills are tagged against
 * @param skills the skills found, in order of first mention
 * @param stats size of the text and time taken
 */
@JsonPropertyOrder({"taxonomyVersion", "skills", "stats"})
public record ExtractResponse(String taxonomyVersion, List<ExtractedSkill> skills, Stats stats) {

  /**
   * @param chars characters in the text
   * @param sentences sentences found
   * @param tookMs milliseconds spent extracting
   */
  public record Stats(int chars, int sentences, double tookMs) {}

  static ExtractResponse of(Extraction extraction) {
    double ms = Math.round(extraction.tookNanos() / 10_000.0) / 100.0;
    return new ExtractResponse(
        extraction.taxonomyVersion(),
        extraction.skills(),
        new Stats(extraction.chars(), extraction.sentences(), ms));
  }
}
