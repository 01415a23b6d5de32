package io.skillscope.tools;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillscope.extraction.LevelSamples;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * Trains {@code models/level-doccat.bin}, the sentence model the level rules may fall back on, from
 * the corpus with weak labels from section headings ({@link LevelSamples}):
 *
 * <pre>./mvnw -B -ntp -Ptrain-levels test-compile exec:exec</pre>
 *
 * <p>The 100 postings of {@code shared/eval/dev.jsonl} are held out. Maxent (GIS, deterministic:
 * one thread, fixed iterations and cutoff, corpus order), bag of words + bigrams.
 */
public final class TrainLevelModel {

  static final int ITERATIONS = 100;
  static final int CUTOFF = 5;

  private TrainLevelModel() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : LevelSamples.DEFAULT_MODEL_PATH);
    Set<String> held = new HashSet<>();
    for (JsonNode line : Corpus.lines(Corpus.shared().resolve("eval/dev.jsonl"))) {
      held.add(line.path("id").asText());
    }
    List<DocumentSample> samples = LevelSamples.fromCorpus(held);
    Map<String, Integer> counts = new TreeMap<>();
    samples.forEach(s -> counts.merge(s.getCategory(), 1, Integer::sum));
    System.out.printf(
        "held out %d dev postings, sentences %d %s%n", held.size(), samples.size(), counts);
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
}
