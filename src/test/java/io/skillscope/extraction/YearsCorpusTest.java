package io.skillscope.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillscope.taxonomy.TaxonomyLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Years of experience on real sentences: {@code extraction/years.jsonl} quotes sentences of the
 * shared corpus with their posting ids and, for each skill the sentence names, the years it asks
 * for that skill ({@code null}: the sentence names the skill but states no years for it). Runs on
 * the default taxonomy, or on {@code -Dskillscope.taxonomy.path=...}.
 */
class YearsCorpusTest {

  private static SkillExtractor pipeline() {
    String path = System.getProperty("skillscope.taxonomy.path");
    if (path != null) {
      return SkillExtractor.create(TaxonomyLoader.load(Path.of(path)), Pipelines.models());
    }
    Assumptions.assumeTrue(
        YearsCorpusTest.class.getClassLoader().getResource(TaxonomyLoader.DEFAULT_RESOURCE) != null,
        "the default taxonomy is not on the classpath yet");
    return Pipelines.defaults();
  }

  @Test
  void everySentenceGivesEachSkillItsYears() throws IOException {
    SkillExtractor pipeline = pipeline();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (JsonNode line : lines()) {
      String sentence = line.path("sentence").asText();
      Map<String, ExtractedSkill> found = new HashMap<>();
      pipeline.extract(sentence).skills().forEach(s -> found.put(s.id(), s));
      Iterator<Map.Entry<String, JsonNode>> expected = line.path("years").fields();
      while (expected.hasNext()) {
        Map.Entry<String, JsonNode> e = expected.next();
        checked++;
        Integer want = e.getValue().isNull() ? null : e.getValue().asInt();
        ExtractedSkill got = found.get(e.getKey());
        if (got == null) {
          wrong.add(
              line.path("id").asText()
                  + " "
                  + e.getKey()
                  + ": not extracted from \""
                  + sentence
                  + "\"");
        } else if (!java.util.Objects.equals(want, got.minYears())) {
          wrong.add(
              line.path("id").asText()
                  + " "
                  + e.getKey()
                  + ": want "
                  + want
                  + ", got "
                  + got.minYears()
                  + " in \""
                  + sentence
                  + "\"");
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(40);
    assertThat(wrong).as("skill years checked: %d", checked).isEmpty();
  }

  private static List<JsonNode> lines() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                YearsCorpusTest.class.getResourceAsStream("/extraction/years.jsonl"),
                StandardCharsets.UTF_8))) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        if (!l.isBlank()) {
          lines.add(json.readTree(l));
        }
      }
    }
    assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
    return lines;
  }
}
