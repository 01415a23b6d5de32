package io.skillscope.demand;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Level;
import io.skillscope.extraction.Mention;
import io.skillscope.posting.Posting;
import io.skillscope.posting.PostingStore;
import io.skillscope.taxonomy.Taxonomy;
import io.skillscope.taxonomy.TaxonomyLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A store on a temporary directory, the postings tests' taxonomy, and postings built by hand. */
final class DemandFixtures {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  /** python, sql, java (programming); spark, docker (infrastructure). */
  static final Taxonomy TAXONOMY =
      TaxonomyLoader.load(Path.of("src/test/resources/posting/postings-taxonomy.yaml"));

  static final DemandConfig CONFIG = DemandConfig.defaults();

  private DemandFixtures() {}

  static PostingStore store(Path dir) {
    return PostingStore.open(dir, MAPPER);
  }

  /** Writes the postings and waits until all are acknowledged. */
  static void writeAll(PostingStore store, List<Posting> postings) {
    long last = -1;
    for (Posting p : postings) {
      last = Math.max(last, store.write(p));
    }
    store.awaitDurable(last);
  }

  /** A posting; {@code postedAt} null means it is dated by {@code ingestedAt}. */
  static Posting posting(
      String title,
      String company,
      String location,
      LocalDate postedAt,
      Instant ingestedAt,
      List<String> skills) {
    return new Posting(
        UUID.randomUUID().toString(),
        null,
        title,
        company,
        location,
        postedAt,
        null,
        title + " wanted: " + String.join(", ", skills),
        TAXONOMY.version(),
        skills.stream().map(DemandFixtures::skill).toList(),
        ingestedAt,
        null);
  }

  /** A skill asked for as required. */
  static ExtractedSkill skill(String id) {
    return skill(id, Level.REQUIRED);
  }

  static ExtractedSkill skill(String id, Level level) {
    String category = TAXONOMY.skill(id).orElseThrow().category();
    return new ExtractedSkill(
        id,
        id,
        category,
        level,
        null,
        0.9,
        List.of(new Mention(0, 3, "abc", 0, 0.9, "alias", id, level, null, null)));
  }
}
