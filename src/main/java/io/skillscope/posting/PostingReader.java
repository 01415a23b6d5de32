package io.skillscope.posting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The read side of the postings index: one near-real-time {@link SearcherManager} on the store's
 * writer. Every read acquires a searcher and releases it in {@code finally}, so many reads share
 * one point-in-time view and a refresh never closes a reader in use.
 *
 * <p>A refresh writes a segment, which costs more than the log fsync, so acknowledgements do not
 * wait for one. A read refreshes first when postings acknowledged before it began are not visible
 * yet (read-your-writes), and the committer refreshes after a group once enough in-flight copies
 * have accumulated or a second has passed, which keeps the {@link InFlight} map small when nobody
 * searches. Reads arriving during a refresh share the next one, as writers share an fsync: each
 * needs only the writes acknowledged before it began, and the first to get the lock refreshes up to
 * every write applied by then, which covers the others. (Refreshing up to the newest write for each
 * read in turn made searches under steady ingest queue behind one refresh each.)
 *
 * <p>Thread-safe.
 */
final class PostingReader implements AutoCloseable {

  private static final int IN_FLIGHT_BEFORE_REFRESH = 1_000;
  private static final long NANOS_BEFORE_REFRESH = 1_000_000_000L;

  private final SearcherManager searchers;
  private final PostingDocuments documents;
  private final PostingQueries queries;
  private final LongSupplier acknowledged;
  private final LongSupplier applied;
  private final InFlight inFlight;
  private final Object refreshLock = new Object();
  private long refreshedUpTo = -1;
  private volatile long lastRefresh = System.nanoTime();

  /**
   * @param acknowledged the highest sequence number acknowledged (durable) so far
   * @param applied the highest sequence number applied to the writer so far
   */
  PostingReader(
      IndexWriter writer,
      PostingDocuments documents,
      PostingQueries queries,
      LongSupplier acknowledged,
      LongSupplier applied,
      InFlight inFlight)
      throws IOException {
    this.searchers = new SearcherManager(writer, null);
    this.documents = documents;
    this.queries = queries;
    this.acknowledged = acknowledged;
    this.applied = applied;
    this.inFlight = inFlight;
  }

  /** Runs {@code work} on a searcher that sees every write acknowledged before this call. */
  <T> T read(PostingStore.SearcherFunction<T> work) {
    refresh();
    return current(work);
  }

  /** Runs {@code work} on the current searcher, without refreshing it first. */
  private <T> T current(PostingStore.SearcherFunction<T> work) {
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return work.apply(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  PostingPage search(PostingQuery query) {
    Query lucene = queries.build(query);
    int end = (query.page() + 1) * query.size();
    return read(
        searcher -> {
          TopDocs top =
              query.text() == null
                  ? searcher.search(lucene, end, PostingQueries.NEWEST_FIRST)
                  : searcher.search(lucene, end);
          long total = searcher.count(lucene);
          StoredFields stored = searcher.storedFields();
          List<Posting> items = new ArrayList<>(query.size());
          for (int i = query.page() * query.size(); i < top.scoreDocs.length; i++) {
            items.add(documents.fromDocument(stored.document(top.scoreDocs[i].doc)));
          }
          return new PostingPage(total, query.page(), query.size(), items);
        });
  }

  /**
   * Each skill-level term counts its boost once, so a posting's score is the weight of the
   * candidate's skills it asks for.
   */
  List<Posting> topBySkills(PostingQuery filters, Map<String, Float> levelTerms, int n) {
    if (levelTerms.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder skills = new BooleanQuery.Builder();
    levelTerms.forEach(
        (term, boost) ->
            skills.add(
                new BoostQuery(
                    new ConstantScoreQuery(new TermQuery(new Term(SkillTerms.SKILL_LEVEL, term))),
                    boost),
                BooleanClause.Occur.SHOULD));
    Query query =
        new BooleanQuery.Builder()
            .add(queries.build(filters), BooleanClause.Occur.FILTER)
            .add(skills.build(), BooleanClause.Occur.MUST)
            .build();
    return read(
        searcher -> {
          TopDocs top = searcher.search(query, n);
          return postings(searcher, top.scoreDocs);
        });
  }

  Map<String, Long> skillCounts(Collection<String> skillIds) {
    return read(
        searcher -> {
          Map<String, Long> counts = new HashMap<>();
          counts.put("", (long) searcher.getIndexReader().numDocs());
          for (String id : skillIds) {
            counts.put(
                id, (long) searcher.getIndexReader().docFreq(new Term(SkillTerms.SKILL, id)));
          }
          return counts;
        });
  }

  List<String> ids(String notTaxonomyVersion) {
    Query query = all(notTaxonomyVersion);
    return read(
        searcher -> {
          TopDocs all = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
          return postings(searcher, all.scoreDocs).stream().map(Posting::id).toList();
        });
  }

  long count(String notTaxonomyVersion) {
    Query query = all(notTaxonomyVersion);
    return read(searcher -> (long) searcher.count(query));
  }

  /**
   * The first posting matching {@code query} in the current view, for lookups by id or key: those
   * consult the {@link InFlight} copies first, so they need no refresh.
   */
  Optional<Posting> first(Query query) {
    return current(
        searcher -> {
          TopDocs top = searcher.search(query, 1);
          return postings(searcher, top.scoreDocs).stream().findFirst();
        });
  }

  /** Makes every write acknowledged before this call visible to the next searcher acquired. */
  void refresh() {
    // Every write acknowledged before this call has a sequence number up to here.
    long needed = acknowledged.getAsLong();
    synchronized (refreshLock) {
      if (needed <= refreshedUpTo) {
        return;
      }
      // Every change reported by now is applied, so the refresh below includes it.
      long upTo = applied.getAsLong();
      try {
        searchers.maybeRefreshBlocking();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      refreshedUpTo = upTo;
      lastRefresh = System.nanoTime();
      // The searcher now sees every change up to upTo, so their in-flight copies can go.
      inFlight.forgetUpTo(upTo);
    }
  }

  /** After a commit group: refresh when many in-flight copies wait, or a second has passed. */
  void refreshIfBehind() {
    if (inFlight.size() > IN_FLIGHT_BEFORE_REFRESH
        || System.nanoTime() - lastRefresh > NANOS_BEFORE_REFRESH) {
      refresh();
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
  }

  private Query all(String notTaxonomyVersion) {
    return notTaxonomyVersion == null
        ? new MatchAllDocsQuery()
        : queries.notVersion(notTaxonomyVersion);
  }

  private List<Posting> postings(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Posting> postings = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      postings.add(documents.fromDocument(stored.document(hit.doc)));
    }
    return postings;
  }
}
