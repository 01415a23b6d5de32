package io.skillscope.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Level;
import io.skillscope.extraction.Mention;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingStoreTest {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  @TempDir Path dir;
  PostingStore store;

  @BeforeEach
  void open() {
    store = PostingStore.open(dir, MAPPER);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aDurableWriteIsReadableAndFindableByKey() {
    Posting p = posting("Data Engineer", "Acme", "Berlin", "2026-11-01", "python", "sql");
    store.awaitDurable(store.write(p));

    assertThat(store.get(p.id())).contains(p);
    assertThat(store.findByKey(IdempotencyKey.of(p.draft())))
        .map(PostingStore.Stored::posting)
        .contains(p);
    assertThat(store.count(null)).isEqualTo(1);
  }

  @Test
  void everySearchSeesEveryWriteAcknowledgedBeforeItBeganWhileOthersSearchAndWrite()
      throws Exception {
    // Writers acknowledge postings while other threads search all the time, so refreshes are
    // shared between searches: a search started after an acknowledgement must still find it.
    int writers = 4;
    int each = 40;
    java.util.concurrent.atomic.AtomicBoolean writing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.ConcurrentLinkedQueue<String> missed =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    List<Thread> searchers = new java.util.ArrayList<>();
    for (int s = 0; s < 2; s++) {
      searchers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (writing.get()) {
                      store.count(null);
                    }
                  }));
    }
    List<Thread> threads = new java.util.ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = 0; i < each; i++) {
                      String company = "company-" + writer + "-" + i;
                      store.awaitDurable(
                          store.write(posting("Engineer", company, "Berlin", null, "python")));
                      PostingPage page =
                          store.search(
                              new PostingQuery(
                                  List.of(), null, null, company, null, null, null, 0, 1));
                      if (page.total() != 1) {
                        missed.add(company);
                      }
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    writing.set(false);
    for (Thread t : searchers) {
      t.join();
    }

    assertThat(missed).isEmpty();
    assertThat(store.count(null)).isEqualTo((long) writers * each);
  }

  @Test
  void aWriteIsFoundByKeyBeforeItsCommit() {
    Posting p = posting("Data Engineer", "Acme", "Berlin", "2026-11-01", "python");
    long seq = store.write(p);

    assertThat(store.findByKey(IdempotencyKey.of(p.draft())))
        .map(PostingStore.Stored::posting)
        .contains(p);
    store.awaitDurable(seq);
  }

  @Test
  void writingTheSameIdReplacesThePosting() {
    Posting p = posting("Data Engineer", "Acme", "Berlin", "2026-11-01", "python");
    store.awaitDurable(store.write(p));
    Posting changed =
        p.with(
            new PostingDraft(null, "Data Engineer", "Acme", "Berlin", null, null, "Now Java"),
            "t",
            List.of(skill("java")),
            Instant.now());
    store.awaitDurable(store.write(changed));

    assertThat(store.count(null)).isEqualTo(1);
    assertThat(store.get(p.id())).map(Posting::description).contains("Now Java");
    assertThat(search(query(List.of("python")))).isEmpty();
    assertThat(search(query(List.of("java")))).containsExactly(p.id());
  }

  @Test
  void aDeletedPostingIsGoneFromGetSearchAndCount() {
    Posting p = posting("Data Engineer", "Acme", "Berlin", "2026-11-01", "python");
    store.awaitDurable(store.write(p));
    store.delete(p);

    assertThat(store.get(p.id())).isEmpty();
    assertThat(search(query(List.of("python")))).isEmpty();
    assertThat(store.count(null)).isZero();
  }

  @Test
  void committedPostingsSurviveAReopen() {
    Posting p = posting("Data Engineer", "Acme", "Berlin", "2026-11-01", "python", "sql");
    store.awaitDurable(store.write(p));
    store.close();
    store = PostingStore.open(dir, MAPPER);

    assertThat(store.get(p.id())).contains(p);
    assertThat(search(query(List.of("python", "sql")))).containsExactly(p.id());
  }

  @Test
  void acknowledgedChangesOnlyInTheLogSurviveACrash() throws Exception {
    Posting kept = posting("Data Engineer", "Acme", null, null, "python");
    Posting deleted = posting("Data Analyst", "Acme", null, null, "sql");
    store.awaitDurable(Math.max(store.write(kept), store.write(deleted)));
    store.delete(deleted);
    // The files as a crash right now would leave them: the index as of its last commit (which
    // holds none of these) plus the write-ahead log.
    Path crashed = dir.resolveSibling(dir.getFileName() + "-crashed");
    try (var files = java.nio.file.Files.list(dir)) {
      java.nio.file.Files.createDirectories(crashed);
      for (Path f : files.toList()) {
        java.nio.file.Files.copy(f, crashed.resolve(f.getFileName()));
      }
    }
    try (PostingStore recovered = PostingStore.open(crashed, MAPPER)) {
      assertThat(recovered.get(kept.id())).contains(kept);
      assertThat(recovered.get(deleted.id())).isEmpty();
      assertThat(recovered.count(null)).isEqualTo(1);
    }
  }

  @Test
  void aTornLastLogLineIsDropped() throws Exception {
    Posting kept = posting("Data Engineer", "Acme", null, null, "python");
    store.awaitDurable(store.write(kept));
    Path crashed = dir.resolveSibling(dir.getFileName() + "-torn");
    try (var files = java.nio.file.Files.list(dir)) {
      java.nio.file.Files.createDirectories(crashed);
      for (Path f : files.toList()) {
        java.nio.file.Files.copy(f, crashed.resolve(f.getFileName()));
      }
    }
    Path log = PostingLog.existing(crashed).getLast();
    java.nio.file.Files.writeString(
        log,
        "{\"op\":\"put\",\"id\":\"x\",\"posting\":{\"id\":\"x\",\"ti",
        java.nio.file.StandardOpenOption.APPEND);
    try (PostingStore recovered = PostingStore.open(crashed, MAPPER)) {
      assertThat(recovered.get(kept.id())).contains(kept);
      assertThat(recovered.count(null)).isEqualTo(1);
    }
  }

  @Test
  void searchCombinesSkillsCompanyLocationDatesAndText() {
    Posting a =
        posting("Senior Data Engineer", "Acme", "Berlin, Germany", "2026-11-01", "python", "sql");
    Posting b = posting("Backend Developer", "Acme", "Remote", "2026-11-10", "python", "java");
    Posting c = posting("Data Analyst", "Globex", "Berlin", "2026-10-01", "sql");
    long last = Math.max(store.write(a), Math.max(store.write(b), store.write(c)));
    store.awaitDurable(last);

    assertThat(search(query(List.of("python")))).containsExactly(b.id(), a.id());
    assertThat(search(query(List.of("python", "sql")))).containsExactly(a.id());
    assertThat(search(new PostingQuery(List.of(), null, null, "ACME ", null, null, null, 0, 10)))
        .containsExactly(b.id(), a.id());
    assertThat(search(new PostingQuery(List.of(), null, null, null, "berlin", null, null, 0, 10)))
        .containsExactly(a.id(), c.id());
    assertThat(
            search(
                new PostingQuery(
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    LocalDate.parse("2026-10-15"),
                    LocalDate.parse("2026-11-05"),
                    0,
                    10)))
        .containsExactly(a.id());
    assertThat(
            search(
                new PostingQuery(List.of(), null, "data engineers", null, null, null, null, 0, 10)))
        .containsExactly(a.id());
    assertThat(
            search(
                new PostingQuery(
                    List.of(), null, "title:analyst OR developer", null, null, null, null, 0, 10)))
        .containsExactlyInAnyOrder(b.id(), c.id());
  }

  @Test
  void pagesSplitTheNewestFirstOrderAndTotalCountsAll() {
    for (int day = 1; day <= 5; day++) {
      store.awaitDurable(
          store.write(posting("Job " + day, "Acme", null, "2026-11-0" + day, "python")));
    }
    PostingPage page =
        store.search(new PostingQuery(List.of("python"), null, null, null, null, null, null, 1, 2));

    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items()).extracting(Posting::title).containsExactly("Job 3", "Job 2");
  }

  @Test
  void aLevelFilterMatchesTheSkillsStrongestLevel() {
    store.awaitDurable(store.write(posting("Data Engineer", "Acme", null, null, "python")));

    assertThat(
            search(
                new PostingQuery(
                    List.of("python"), "required", null, null, null, null, null, 0, 10)))
        .hasSize(1);
    assertThat(
            search(
                new PostingQuery(
                    List.of("python"), "preferred", null, null, null, null, null, 0, 10)))
        .isEmpty();
  }

  @Test
  void anUnparsableTextQueryIsAnInvalidQuery() {
    assertThatThrownBy(
            () ->
                store.search(
                    new PostingQuery(
                        List.of(), null, "title:(python", null, null, null, null, 0, 10)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("not a valid query");
  }

  @Test
  void staleCountsPostingsOfAnotherTaxonomy() {
    store.awaitDurable(store.write(posting("Data Engineer", "Acme", null, null, "python")));

    assertThat(store.count("t")).isZero();
    assertThat(store.count("t2")).isEqualTo(1);
    assertThat(store.ids("t2")).hasSize(1);
  }

  @Test
  void skillsAreCountedAsFacets() throws Exception {
    long last = store.write(posting("A", "Acme", null, null, "python", "sql"));
    last = Math.max(last, store.write(posting("B", "Acme", null, null, "python")));
    store.awaitDurable(last);
    store.close();

    try (var directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      var state =
          new DefaultSortedSetDocValuesReaderState(reader, new PostingDocuments(MAPPER).facets());
      FacetsCollector hits =
          new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      FacetResult skills =
          new SortedSetDocValuesFacetCounts(state, hits).getTopChildren(10, "skill");

      assertThat(Arrays.stream(skills.labelValues).map(lv -> lv.label + "=" + lv.value))
          .containsExactly("python=2", "sql=1");
    } finally {
      store = PostingStore.open(dir, MAPPER);
    }
  }

  private List<String> search(PostingQuery query) {
    return store.search(query).items().stream().map(Posting::id).toList();
  }

  private static PostingQuery query(List<String> skills) {
    return new PostingQuery(skills, null, null, null, null, null, null, 0, 10);
  }

  static Posting posting(
      String title, String company, String location, String postedAt, String... skills) {
    String description = title + " wanted. " + String.join(", ", skills);
    return new Posting(
        UUID.randomUUID().toString(),
        null,
        title,
        company,
        location,
        postedAt == null ? null : LocalDate.parse(postedAt),
        null,
        description,
        "t",
        Arrays.stream(skills).map(PostingStoreTest::skill).toList(),
        Instant.now(),
        null);
  }

  static ExtractedSkill skill(String id) {
    return new ExtractedSkill(
        id,
        id,
        "c",
        Level.REQUIRED,
        null,
        0.9,
        List.of(new Mention(0, 3, "abc", 0, 0.9, "alias", id, Level.REQUIRED, null, null)));
  }
}
