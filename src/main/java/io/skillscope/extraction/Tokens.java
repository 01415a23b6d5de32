package io.skillscope.extraction;

import java.util.Locale;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * The one way both text and aliases are cut into tokens and normalised, so that an alias matches
 * the text exactly when a reader would say it does.
 *
 * <p>OpenNLP's {@link SimpleTokenizer} splits on character class (letters, digits, each run of one
 * punctuation character), which keeps {@code C++}, {@code C#}, {@code A/B} and {@code tf.keras}
 * apart as tokens instead of dropping the punctuation as Lucene's {@code StandardTokenizer} does.
 * Hyphens and underscores are dropped as joiners, so "scikit-learn" and "scikit learn" meet. Words
 * of five letters or more lose a plural {@code s} by Harman's S-stemmer, the rules of Lucene's
 * {@code EnglishMinimalStemmer} (which Lucene keeps package-private, so it is not reachable outside
 * a token stream, and a token stream per token would cost more than the whole lookup); shorter ones
 * are left alone so that "SAS" and "AWS" stay themselves.
 *
 * <p>Stateless and thread-safe.
 */
final class Tokens {

  private static final int MIN_STEM_LENGTH = 5;

  private Tokens() {}

  /**
   * The tokens of {@code text}, joiners removed.
   *
   * @param text the text to cut
   * @param offset added to every start and end, so spans point into an enclosing document
   */
  static TokenSeq of(String text, int offset) {
    Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(text);
    int n = 0;
    for (Span span : spans) {
      if (!isJoiner(text, span)) {
        n++;
      }
    }
    int[] starts = new int[n];
    int[] ends = new int[n];
    String[] surface = new String[n];
    String[] lower = new String[n];
    String[] norm = new String[n];
    int i = 0;
    for (Span span : spans) {
      if (isJoiner(text, span)) {
        continue;
      }
      String s = text.substring(span.getStart(), span.getEnd());
      starts[i] = span.getStart() + offset;
      ends[i] = span.getEnd() + offset;
      surface[i] = s;
      lower[i] = s.toLowerCase(Locale.ROOT);
      norm[i] = stem(lower[i]);
      i++;
    }
    return new TokenSeq(starts, ends, surface, lower, norm);
  }

  private static boolean isJoiner(String text, Span span) {
    char c = text.charAt(span.getStart());
    return c == '-' || c == '_' || c == '\u2010' || c == '\u2011';
  }

  private static String stem(String lower) {
    int len = lower.length();
    if (len < MIN_STEM_LENGTH || lower.charAt(len - 1) != 's') {
      return lower;
    }
    for (int i = 0; i < len; i++) {
      if (!Character.isLetter(lower.charAt(i))) {
        return lower;
      }
    }
    return sStem(lower);
  }

  /** Harman's S-stemmer (1991): "ies" → "y", "es" → "e" after some letters, else drop "s". */
  private static String sStem(String s) {
    int len = s.length();
    char beforeS = s.charAt(len - 2);
    if (beforeS == 'u' || beforeS == 's') {
      return s;
    }
    if (beforeS == 'e') {
      char third = s.charAt(len - 3);
      if (third == 'i' && s.charAt(len - 4) != 'a' && s.charAt(len - 4) != 'e') {
        return s.substring(0, len - 3) + 'y';
      }
      if (third == 'i' || third == 'a' || third == 'o' || third == 'e') {
        return s;
      }
    }
    return s.substring(0, len - 1);
  }

  /**
   * Tokens of one stretch of text, as parallel arrays (this is the hot path: one object per
   * sentence, not one per token).
   *
   * @param starts start offsets
   * @param ends end offsets (exclusive)
   * @param surface the text of each token
   * @param lower lower-cased
   * @param norm lower-cased and stemmed: the dictionary key
   */
  record TokenSeq(int[] starts, int[] ends, String[] surface, String[] lower, String[] norm) {
    int size() {
      return starts.length;
    }
  }
}
