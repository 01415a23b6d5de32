package io.skillscope.tools;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Extraction;
import io.skillscope.extraction.Level;
import io.skillscope.extraction.Mention;
import io.skillscope.extraction.OpenNlpModels;
import io.skillscope.extraction.SkillExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evaluation command ({@code ./mvnw -Peval test-compile exec:exec}): runs the pipeline over the
 * gold-labelled postings of {@code shared/eval/dev.jsonl} and prints precision, recall and F1
 * (micro-averaged over posting × skill) for hard and soft skills, a per-skill table, and every miss
 * and false hit with its context. Only the ids of {@code shared/eval/LABELS.md} count.
 *
 * <p>Then the requirement levels: accuracy over the skills found in both gold and prediction, a 3×3
 * confusion matrix (rows gold, columns predicted) and every wrong level with the evidence the
 * pipeline gave for it.
 */
public final class Evaluate {

  static final Set<String> SOFT =
      Set.of(
          "communication",
          "collaboration",
          "continuous-learning",
          "adaptability",
          "problem-solving");

  private record Counts(int tp, int fp, int fn) {
    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static void main(String[] args) throws IOException {
    String goldFile = args.length > 0 ? args[0] : "eval/dev.jsonl";
    Set<String> labels = labelIds();
    Map<String, Corpus.Posting> postings = Corpus.postingsById();
    SkillExtractor extractor = SkillExtractor.create(Corpus.taxonomy(), OpenNlpModels.load());

    Map<String, Counts> perSkill = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> falseHits = new ArrayList<>();
    int documents = 0;
    int[][] confusion = new int[Level.values().length][Level.values().length];
    List<String> wrongLevels = new ArrayList<>();
    for (JsonNode line : Corpus.lines(Corpus.shared().resolve(goldFile))) {
      String id = line.path("id").asText();
      Corpus.Posting posting = postings.get(id);
      if (posting == null) {
        throw new IllegalStateException("gold posting " + id + " is not in the corpus");
      }
      documents++;
      Map<String, String> gold = new LinkedHashMap<>();
      Map<String, Level> goldLevels = new LinkedHashMap<>();
      for (JsonNode s : line.path("skills")) {
        gold.put(s.path("skill").asText(), s.path("evidence").asText());
        goldLevels.put(
            s.path("skill").asText(),
            Level.valueOf(s.path("level").asText("other").toUpperCase(Locale.ROOT)));
      }
      Extraction extraction = extractor.extract(posting.description());
      Map<String, ExtractedSkill> found = new LinkedHashMap<>();
      for (ExtractedSkill skill : extraction.skills()) {
        if (labels.contains(skill.id())) {
          found.put(skill.id(), skill);
        }
      }
      Set<String> all = new LinkedHashSet<>(gold.keySet());
      all.addAll(found.keySet());
      for (String skill : all) {
        boolean g = gold.containsKey(skill);
        boolean f = found.containsKey(skill);
        perSkill.merge(
            skill, new Counts(g && f ? 1 : 0, f && !g ? 1 : 0, g && !f ? 1 : 0), Counts::plus);
        if (g && f) {
          Level want = goldLevels.get(skill);
          ExtractedSkill got = found.get(skill);
          confusion[want.ordinal()][got.level().ordinal()]++;
          if (want != got.level()) {
            wrongLevels.add(
                levelError(id, skill, want, got, gold.get(skill), posting.description()));
          }
        }
        if (g && !f) {
          misses.add(String.format("%-16s %-22s gold: \"%s\"", id, skill, gold.get(skill)));
        } else if (f && !g) {
          Mention m = found.get(skill).mentions().getFirst();
          falseHits.add(
              String.format(
                  "%-16s %-22s found: \"%s\" in \"%s\" (%s)",
                  id, skill, m.text(), context(posting.description(), m), m.rule()));
        }
      }
    }
    Counts hard = new Counts(0, 0, 0);
    Counts soft = new Counts(0, 0, 0);
    for (Map.Entry<String, Counts> e : perSkill.entrySet()) {
      if (SOFT.contains(e.getKey())) {
        soft = soft.plus(e.getValue());
      } else {
        hard = hard.plus(e.getValue());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "SkillScope evaluation on %s: %d postings, taxonomy %s%n%n",
        goldFile,
        documents,
        extractor.taxonomy().version());
    System.out.println("| set | P | R | F1 | tp | fp | fn |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    row("hard skills", hard);
    row("soft skills", soft);
    row("all", hard.plus(soft));
    System.out.println();
    System.out.println("| skill | P | R | F1 | tp | fp | fn |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    perSkill.forEach(Evaluate::row);
    System.out.println();
    System.out.println("Misses (" + misses.size() + "):");
    misses.forEach(m -> System.out.println("  " + m));
    System.out.println();
    System.out.println("False hits (" + falseHits.size() + "):");
    falseHits.forEach(m -> System.out.println("  " + m));
    System.out.println();
    printLevels(confusion, wrongLevels);
  }

  private static void printLevels(int[][] confusion, List<String> wrongLevels) {
    int right = 0;
    int all = 0;
    for (int g = 0; g < confusion.length; g++) {
      for (int p = 0; p < confusion.length; p++) {
        all += confusion[g][p];
        right += g == p ? confusion[g][p] : 0;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Level accuracy over the %d skills found in both gold and prediction: %.3f (%d right)%n%n",
        all,
        all == 0 ? 0.0 : (double) right / all,
        right);
    System.out.println("| gold \\ predicted | required | preferred | other |");
    System.out.println("|---|---:|---:|---:|");
    for (Level g : Level.values()) {
      int[] r = confusion[g.ordinal()];
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", g.json(), r[0], r[1], r[2]);
    }
    System.out.println();
    System.out.println("Wrong levels (" + wrongLevels.size() + "):");
    wrongLevels.forEach(m -> System.out.println("  " + m));
  }

  private static String levelError(
      String id, String skill, Level want, ExtractedSkill got, String goldEvidence, String text) {
    Mention decisive =
        got.mentions().stream().filter(m -> m.level() == got.level()).findFirst().orElseThrow();
    String why =
        decisive.evidence() == null
            ? "default"
            : decisive.evidence().source() + " \"" + decisive.evidence().text() + "\"";
    return String.format(
        "%-16s %-22s gold %-9s got %-9s by %s in \"%s\" | gold: \"%s\"",
        id, skill, want.json(), got.level().json(), why, context(text, decisive), goldEvidence);
  }

  private static void row(String name, Counts c) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n",
        name,
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.fp,
        c.fn);
  }

  private static String context(String text, Mention m) {
    int from = Math.max(0, m.start() - 50);
    int to = Math.min(text.length(), m.end() + 50);
    return text.substring(from, to).replaceAll("\\s+", " ");
  }

  /** The skill ids of LABELS.md's table. */
  static Set<String> labelIds() throws IOException {
    Pattern row = Pattern.compile("^\\| ([a-z0-9-]+)( ★)? \\|");
    Set<String> ids = new LinkedHashSet<>();
    for (String line : Files.readAllLines(Corpus.shared().resolve("eval/LABELS.md"))) {
      Matcher m = row.matcher(line);
      if (m.find() && !m.group(1).equals("id")) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }
}
