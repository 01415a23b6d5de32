package io.skillscope.console;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.skillscope.tools.Corpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Real corpus postings stored through the API, as a user would load them, and what the API extracts
 * from a text, to compare a page with. The corpus has no dates, so posting i is dated in month i
 * mod 12 of 2025: the demand pages then have a year of trends and a date filter has something to
 * cut. Every class that needs them calls {@link #store}; they are sent once per service start.
 */
final class CorpusPostings {

  static final int COUNT = 300;

  /** The ids stored, and the port of the service they were stored in (each start is empty). */
  private static Map<String, String> stored = Map.of();

  private static int storedIn = -1;

  private CorpusPostings() {}

  /** The first COUNT corpus postings, stored; their service ids by corpus id, in corpus order. */
  static synchronized Map<String, String> store() {
    Assumptions.assumeTrue(
        java.nio.file.Files.exists(Corpus.postingsFile()), "shared corpus not present");
    if (storedIn != RestAssured.port) {
      stored = send();
      storedIn = RestAssured.port;
    }
    return stored;
  }

  private static Map<String, String> send() {
    List<Corpus.Posting> postings = Corpus.postings().subList(0, COUNT);
    Map<String, String> ids = new LinkedHashMap<>();
    for (int from = 0; from < postings.size(); from += 100) {
      List<Map<String, Object>> batch = new ArrayList<>();
      for (int i = from; i < Math.min(from + 100, postings.size()); i++) {
        batch.add(draft(i, postings.get(i)));
      }
      List<String> stored =
          given()
              .contentType(ContentType.JSON)
              .body(batch)
              .post("/api/v1/postings/batch")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
      for (int i = 0; i < stored.size(); i++) {
        ids.put(postings.get(from + i).id(), stored.get(i));
      }
    }
    return ids;
  }

  /** What the API extracts from a text (POST /api/v1/extract), to compare a page with. */
  static JsonPath extract(String text) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", text))
        .post("/api/v1/extract")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static LocalDate postedAt(int index) {
    return LocalDate.of(2025, 1 + index % 12, 1 + (index * 7) % 28);
  }

  private static Map<String, Object> draft(int index, Corpus.Posting p) {
    return Map.of(
        "externalId", p.id(),
        "title", p.title(),
        "company", p.company(),
        "location", p.location(),
        "postedAt", postedAt(index).toString(),
        "description", p.description());
  }
}
