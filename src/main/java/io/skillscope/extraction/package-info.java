/**
 * Text → skill mentions with character offsets, tagged against the taxonomy.
 *
 * <p>The pipeline ({@link io.skillscope.extraction.SkillExtractor}) is built around what each stage
 * costs (see {@code docs/extraction.md}): cheap stages run on every character (line splitting,
 * OpenNLP sentence detection, OpenNLP's {@code SimpleTokenizer}, a Lucene FST dictionary lookup),
 * and the statistical tokenizer and POS tagger run only on the few sentences whose candidate alias
 * asks for a part of speech. Nothing outside this package sees an OpenNLP or Lucene type.
 *
 * <p>The requirement-level stage ({@link io.skillscope.extraction.RequirementLevels}, see {@code
 * docs/levels.md}) then gives each mention a {@link io.skillscope.extraction.Level}, its evidence
 * and the years of experience its sentence asks for, from the posting's sections ({@link
 * io.skillscope.extraction.SectionDetector}), cue phrases ({@link
 * io.skillscope.extraction.LevelRules}) and years phrases ({@link
 * io.skillscope.extraction.YearsParser}).
 */
package io.skillscope.extraction;
