package io.skillscope.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * An OpenNLP document categorizer (maxent, bag of words + bigrams) that reads one sentence as
 * {@code required}, {@code preferred} or {@code other}. Trained on corpus sentences labelled by the
 * kind of the section they sit in ({@code io.skillscope.tools.TrainLevelModel} under src/test,
 * profile {@code train-levels}); docs/quality.md compares it with the rules.
 *
 * <p>Off by default. With {@code -Dskillscope.levels.model=true} the level stage asks it only where
 * the rules fall back: a sentence holding a mention, with no cue and no deciding heading.
 * Thread-safe: the model is read once, each thread gets its own {@link DocumentCategorizerME}.
 */
final class LevelModel {

  /** The system property that turns the model on. */
  static final String ENABLED = "skillscope.levels.model";

  /** The model file: {@code -Dskillscope.levels.model.path}, else models/level-doccat.bin. */
  static final String PATH = "skillscope.levels.model.path";

  static final String DEFAULT_PATH = "models/level-doccat.bin";

  private final ThreadLocal<DocumentCategorizerME> categorizer;

  LevelModel(DoccatModel model) {
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
  }

  /** The model when the system property turns it on, else null. */
  static LevelModel fromSystemProperties() {
    if (!Boolean.getBoolean(ENABLED)) {
      return null;
    }
    return load(Path.of(System.getProperty(PATH, DEFAULT_PATH)));
  }

  static LevelModel load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new LevelModel(new DoccatModel(in));
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the level model " + file + ": " + e.getMessage(), e);
    }
  }

  /** The level the model reads in {@code text[start, end)}. */
  Level classify(String text, int start, int end) {
    String[] tokens = tokens(text, start, end);
    if (tokens.length == 0) {
      return Level.OTHER;
    }
    DocumentCategorizerME me = categorizer.get();
    return Level.valueOf(me.getBestCategory(me.categorize(tokens)).toUpperCase(Locale.ROOT));
  }

  /**
   * Lower-cased runs of letters and digits (keeping {@code + # .} inside, for "c++", "c#",
   * "node.js"), numbers folded to {@code 0}; the same for training and use.
   */
  static String[] tokens(String text, int start, int end) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = start; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      boolean inner =
          (c == '+' || c == '#' || c == '.')
              && b.length() > 0
              && i + 1 < end
              && !Character.isWhitespace(text.charAt(i + 1));
      if (Character.isLetterOrDigit(c) || inner || (c == '+' || c == '#') && b.length() > 0) {
        b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
      } else if (b.length() > 0) {
        out.add(b.toString());
        b.setLength(0);
      }
    }
    return out.toArray(String[]::new);
  }
}
