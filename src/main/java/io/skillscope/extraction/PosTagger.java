package io.skillscope.extraction;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;

/**
 * Part-of-speech tags for one sentence: OpenNLP's statistical tokenizer then its POS tagger, with
 * Universal Dependencies tags ({@code NOUN}, {@code PROPN}, {@code VERB}, ...).
 *
 * <p>Together these manage about 150 postings/s per core, so the extractor calls this only for
 * sentences holding an alias with a {@code pos} condition (about one sentence in a few hundred).
 * Thread-safe: it uses OpenNLP's {@code ThreadSafe*ME} wrappers (one model instance per thread).
 */
final class PosTagger {

  /**
   * Tags of one sentence.
   *
   * @param spans token spans, relative to the sentence
   * @param tags one tag per span
   */
  record Tagged(Span[] spans, String[] tags) {

    /** The tag of the token that covers {@code offset} (relative to the sentence), or "". */
    String tagAt(int offset) {
      for (int i = 0; i < spans.length; i++) {
        if (spans[i].getStart() <= offset && offset < spans[i].getEnd()) {
          return tags[i];
        }
      }
      return "";
    }
  }

  private final ThreadSafeTokenizerME tokenizer;
  private final ThreadSafePOSTaggerME tagger;

  PosTagger(OpenNlpModels models) {
    this.tokenizer = new ThreadSafeTokenizerME(models.tokens());
    this.tagger = new ThreadSafePOSTaggerME(models.pos(), POSTagFormat.UD);
  }

  Tagged tag(String sentence) {
    Span[] spans = tokenizer.tokenizePos(sentence);
    String[] words = Span.spansToStrings(spans, sentence);
    return new Tagged(spans, tagger.tag(words));
  }
}
