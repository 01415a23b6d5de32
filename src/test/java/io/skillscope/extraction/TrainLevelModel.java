package io.skillscope.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillscope.tools.Corpus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains {@code models/level-doccat.bin}, the sentence model {@link LevelModel} uses, from the
 * corpus with weak labels from section headings:
 *
 * <pre>./mvnw -B -ntp -Ptrain-levels test-compile exec:exec</pre>
 *
 * <p>Each sentence of {@code shared/corpus/postings.jsonl} gets the level of the kind of the
 * section it sits in (requirements → required, preferred → preferred, responsibilities, company and
 * benefits → other); sentences before any heading, under a generic heading ("Job description") and
 * the heading lines themselves are skipped, as are repeated sentences. The 100 postings of {@code
 * shared/eval/dev.jsonl} are held out. Maxent (GIS, deterministic: one thread, fixed iterations and
 * cutoff, corpus order), bag of words + bigrams over {@link LevelModel#tokens}.
 */
public final class TrainLevelModel {

  static final int ITERATIONS = 100;
  static final int CUTOFF = 5;

  private TrainLevelModel() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : LevelModel.DEFAULT_PATH);
    Set<String> held = new HashSet<>();
    for (JsonNode line : Corpus.lines(Corpus.shared().resolve("eval/dev.jsonl"))) {
      held.add(line.path("id").asText());
    }
    SentenceSplitter splitter = new SentenceSplitter(OpenNlpModels.load());
    SectionDetector detector = new SectionDetector();
    List<DocumentSample> samples = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int postings = 0;
    int skipped = 0;
    for (Corpus.Posting p : Corpus.postings()) {
      if (held.contains(p.id())) {
        skipped++;
        continue;
      }
      postings++;
      for (DocumentSample s : label(p.description(), splitter, detector)) {
        if (seen.add(s.getCategory() + '\t' + String.join(" ", s.getText()))) {
          samples.add(s);
        }
      }
    }
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    for (DocumentSample s : samples) {
      counts.merge(Level.valueOf(s.getCategory().toUpperCase(Locale.ROOT)), 1, Integer::sum);
    }
    System.out.printf(
        "postings %d (held out %d dev), sentences %d %s%n",
        postings, skipped, samples.size(), counts);
    long t0 = System.nanoTime();
    DoccatModel model = train(samples);
    System.out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    try (OutputStream o = Files.newOutputStream(out)) {
      model.serialize(o);
    }
    System.out.printf("wrote %s (%d bytes)%n", out, Files.size(out));
  }

  static DoccatModel train(List<DocumentSample> samples) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    DoccatFactory factory =
        new DoccatFactory(
            new FeatureGenerator[] {
              new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)
            });
    return DocumentCategorizerME.train(
        "en", new CollectionObjectStream<>(samples), params, factory);
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
