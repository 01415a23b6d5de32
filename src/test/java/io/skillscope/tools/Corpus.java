package io.skillscope.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shared corpus and gold labels, read for the evaluation and benchmark commands and tests. */
public final class Corpus {

  /**
   * One real posting.
   *
   * @param id corpus id
   * @param title job title
   * @param company employer
   * @param location location
   * @param description the full text
   */
  public record Posting(
      String id, String title, String company, String location, String description) {

    /** This posting as the body of {@code POST /api/v1/postings} (or a Kafka record's value). */
    public String asRequest(String externalId) {
      try {
        return JSON.writeValueAsString(
            Map.of(
                "externalId", externalId,
                "title", title,
                "company", company,
                "location", location,
                "description", description));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  /** {@code ../shared}, or the {@code skillscope.shared} system property. */
  public static Path shared() {
    return Path.of(System.getProperty("skillscope.shared", "../shared"));
  }

  /**
   * The taxonomy the tools measure: {@code -Dskillscope.taxonomy.path}, else models/taxonomy.yaml.
   */
  public static io.skillscope.taxonomy.Taxonomy taxonomy() {
    return io.skillscope.taxonomy.TaxonomyLoader.load(
        Path.of(System.getProperty("skillscope.taxonomy.path", "models/taxonomy.yaml")));
  }

  public static Path postingsFile() {
    return shared().resolve("corpus/postings.jsonl");
  }

  /** All postings, in file order. */
  public static List<Posting> postings() {
    List<Posting> postings = new ArrayList<>();
    for (JsonNode node : lines(postingsFile())) {
      postings.add(
          new Posting(
              node.path("id").asText(),
              node.path("title").asText(),
              node.path("company").asText(),
              node.path("location").asText(),
              node.path("description").asText()));
    }
    return postings;
  }

  /** Postings by id. */
  public static Map<String, Posting> postingsById() {
    Map<String, Posting> byId = new LinkedHashMap<>();
    postings().forEach(p -> byId.put(p.id(), p));
    return byId;
  }

  /** Every line of a JSON-lines file, parsed. */
  public static List<JsonNode> lines(Path file) {
    List<JsonNode> nodes = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return nodes;
  }
}
