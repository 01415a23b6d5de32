package io.skillscope.matching;

import io.skillscope.extraction.Mention;

/**
 * Where a text shows a skill.
 *
 * @param start first char
 * @param end end (exclusive)
 * @param text the words
 */
public record Evidence(int start, int end, String text) {

  static Evidence of(Mention mention) {
    return new Evidence(mention.start(), mention.end(), mention.text());
  }
}
