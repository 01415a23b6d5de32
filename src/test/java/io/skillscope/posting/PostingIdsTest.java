package io.skillscope.posting;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillscope.extraction.OpenNlpModels;
import io.skillscope.extraction.SkillExtractor;
import io.skillscope.taxonomy.TaxonomyLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A posting's id follows from its idempotency key, not from chance: two replicas that take the same
 * posting (a Kafka record delivered again to another consumer, a store rebuilt from the same feed)
 * give it the same id, so a second copy can only ever replace the first.
 */
class PostingIdsTest {

  private static final SkillExtractor EXTRACTOR =
      SkillExtractor.create(
          TaxonomyLoader.load(Path.of("src/test/resources/posting/postings-taxonomy.yaml")),
          OpenNlpModels.load());

  @TempDir Path one;
  @TempDir Path other;

  @Test
  void theSamePostingGetsTheSameIdInTwoStores() {
    PostingDraft byExternalId =
        new PostingDraft("ext-42", "Data Engineer", "Acme", null, null, null, "Python and SQL.");
    PostingDraft byContent =
        new PostingDraft(null, "Analyst", "Acme", null, null, null, "SQL and statistics.");

    assertThat(idIn(one, byExternalId)).isEqualTo(idIn(other, byExternalId));
    assertThat(idIn(one, byContent)).isEqualTo(idIn(other, byContent));
  }

  @Test
  void differentPostingsGetDifferentIds() {
    PostingDraft a = new PostingDraft("a", "Data Engineer", null, null, null, null, "Python.");
    PostingDraft b = new PostingDraft("b", "Data Engineer", null, null, null, null, "Python.");

    assertThat(idIn(one, a)).isNotEqualTo(idIn(other, b));
  }

  private static String idIn(Path dir, PostingDraft draft) {
    try (PostingStore store = PostingStore.open(dir, PostingStoreTest.MAPPER)) {
      PostingService service = new PostingService(store, EXTRACTOR);
      try {
        return service.ingest(draft).posting().id();
      } finally {
        service.close();
      }
    }
  }
}
