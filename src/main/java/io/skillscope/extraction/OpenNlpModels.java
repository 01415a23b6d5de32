package io.skillscope.extraction;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models (Universal Dependencies EWT, release 1.3.0), loaded once from the
 * classpath: they ship in the {@code org.apache.opennlp:opennlp-models-*-en} jars from Maven
 * Central, so nothing is downloaded at run time. Immutable and thread-safe (OpenNLP models are
 * read-only; the {@code *ME} classes that use them are not, see {@link PosTagger}).
 *
 * @param sentences the sentence detector model
 * @param tokens the statistical tokenizer model
 * @param pos the part-of-speech tagger model
 */
public record OpenNlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {

  // The file names inside the 1.3.0 model jars; they change with the model release.
  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Loads the three models the pipeline uses from the classpath (about 0.2 s). */
  public static OpenNlpModels load() {
    try (InputStream s = open(SENTENCE_MODEL);
        InputStream t = open(TOKEN_MODEL);
        InputStream p = open(POS_MODEL)) {
      return new OpenNlpModels(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read an OpenNLP model: " + e.getMessage(), e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "OpenNLP model "
              + name
              + " is not on the classpath (org.apache.opennlp:opennlp-models-*-en:1.3.0)");
    }
    return in;
  }
}
