package io.skillscope.extraction;

import java.util.List;

/**
 * What the pipeline found in one text.
 *
 * @param taxonomyVersion the taxonomy the skills are tagged against
 * @param skills the skills, in order of first mention
 * @param sections the sections the text was read as, in text order
 * @param chars length of the text
 * @param sentences number of sentences
 * @param tookNanos wall time of the extraction
 */
public record Extraction(
    String taxonomyVersion,
    List<ExtractedSkill> skills,
    List<Section> sections,
    int chars,
    int sentences,
    long tookNanos) {

  public Extraction {
    skills = List.copyOf(skills);
    sections = List.copyOf(sections);
  }
}
