package io.skillscope.extraction;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Cuts a posting into lines and lines into sentences.
 *
 * <p>Postings are mostly bullet lists: run over a whole posting, OpenNLP's sentence detector glues
 * the items of a list into one "sentence" (108k sentences vs 206k over the corpus,
 * MEASUREMENTS.md). So the text is split on line breaks and bullet characters first, and the
 * detector runs only inside a line that can hold more than one sentence. Thread-safe: it uses
 * OpenNLP's {@link ThreadSafeSentenceDetectorME}.
 */
final class SentenceSplitter {

  /**
   * A sentence and the line around it.
   *
   * @param index 0-based position in the document
   * @param start first char
   * @param end end (exclusive)
   * @param lineStart start of the line (or bullet item) holding it
   * @param lineEnd end of that line
   */
  record Sentence(int index, int start, int end, int lineStart, int lineEnd) {}

  private final SentenceDetector detector;

  SentenceSplitter(OpenNlpModels models) {
    this.detector = new ThreadSafeSentenceDetectorME(models.sentences());
  }

  List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || isLineBreak(text.charAt(i))) {
        addLine(text, lineStart, i, sentences);
        lineStart = i + 1;
      }
    }
    return sentences;
  }

  private void addLine(String text, int from, int to, List<Sentence> out) {
    int start = from;
    int end = to;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return;
    }
    if (!mayHoldSeveralSentences(text, start, end)) {
      out.add(new Sentence(out.size(), start, end, start, end));
      return;
    }
    for (Span span : detector.sentPosDetect(text.substring(start, end))) {
      out.add(new Sentence(out.size(), start + span.getStart(), start + span.getEnd(), start, end));
    }
  }

  /** A line with no sentence-ending mark followed by a space is one sentence: skip the model. */
  private static boolean mayHoldSeveralSentences(String text, int start, int end) {
    for (int i = start; i < end - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!' || c == ';')
          && Character.isWhitespace(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLineBreak(char c) {
    return switch (c) {
      case '\n',
          '\r',
          '\u2028',
          '\u2029',
          '\u2022',
          '\u25CF',
          '\u25AA',
          '\u25E6',
          '\u25A0',
          '\u00B7',
          '\uF0B7' ->
          true;
      default -> false;
    };
  }
}
