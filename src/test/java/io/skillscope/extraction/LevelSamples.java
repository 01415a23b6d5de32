package io.skillscope.extraction;

import io.skillscope.tools.Corpus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.doccat.DocumentSample;

/**
 * Weakly labelled sentences for the level model ({@code io.skillscope.tools.TrainLevelModel}): each
 * sentence of a posting gets the level of the kind of the section it sits in (requirements →
 * required, preferred → preferred, responsibilities, company and benefits → other). Sentences
 * before any heading, under a generic heading ("Job description") and the heading lines themselves
 * are skipped. It lives in this package because it reads the extractor's own splitter and sections,
 * which the rest of the code does not see.
 */
public final class LevelSamples {

  /** Where the service looks for the model by default. */
  public static final String DEFAULT_MODEL_PATH = LevelModel.DEFAULT_PATH;

  private LevelSamples() {}

  /** Labelled, de-duplicated sentences of every corpus posting whose id is not in {@code held}. */
  public static List<DocumentSample> fromCorpus(Set<String> held) {
    SentenceSplitter splitter = new SentenceSplitter(OpenNlpModels.load());
    SectionDetector detector = new SectionDetector();
    List<DocumentSample> samples = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Corpus.Posting p : Corpus.postings()) {
      if (held.contains(p.id())) {
        continue;
      }
      for (DocumentSample s : label(p.description(), splitter, detector)) {
        if (seen.add(s.getCategory() + '\t' + String.join(" ", s.getText()))) {
          samples.add(s);
        }
      }
    }
    return samples;
  }

  /** The labelled sentences of one posting: the level of their section's kind, as lower case. */
  static List<DocumentSample> label(
      String text, SentenceSplitter splitter, SectionDetector detector) {
    List<Section> sections = detector.detect(text);
    List<DocumentSample> out = new ArrayList<>();
    int k = -1;
    for (SentenceSplitter.Sentence s : splitter.split(text)) {
      while (k + 1 < sections.size() && sections.get(k + 1).start() <= s.start()) {
        k++;
      }
      if (k < 0) {
        continue;
      }
      Section section = sections.get(k);
      if (section.kind() == Section.Kind.OTHER
          || s.start() < section.start() + section.heading().length()) {
        continue;
      }
      String[] tokens = LevelModel.tokens(text, s.start(), s.end());
      if (tokens.length == 0) {
        continue;
      }
      out.add(new DocumentSample(section.kind().level().name().toLowerCase(Locale.ROOT), tokens));
    }
    return out;
  }
}
