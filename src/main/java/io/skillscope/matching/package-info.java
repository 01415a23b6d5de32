/**
 * Candidate matching: how well a candidate (résumé text, a skill list, or both) fits a posting,
 * explained skill by skill.
 *
 * <p>{@link io.skillscope.matching.MatchScorer} is the deterministic score documented in {@code
 * docs/matching.md}; it is pure logic over extracted skills and the taxonomy's relations, and holds
 * no state.
 */
package io.skillscope.matching;
