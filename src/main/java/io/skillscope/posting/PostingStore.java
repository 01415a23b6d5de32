package io.skillscope.posting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The durable posting index: one {@link IndexWriter}, one near-real-time {@link SearcherManager}
 * refreshed after each commit, and a {@link GroupCommitter}.
 *
 * <p>Writes ({@link #write}) return a sequence number at once; {@link #awaitDurable} blocks until
 * a commit holds it, and after that every search sees it. Between the two, the posting is only in
 * {@code recent}, which {@link #findByKey} and {@link #get} consult first: without it two copies
 * of one posting in flight together would both look new.
 *
 * <p>Thread-safe. Open once per directory (Lucene's write lock refuses a second writer).
 */
public final class PostingStore implements AutoCloseable {

  /**
   * A posting as last written and the sequence number of that write (-1 when already durable).
   */
  public record Stored(Posting posting, long seq) {}

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final PostingDocuments documents;
  private final PostingQueries queries;
  private final GroupCommitter committer;
  private final ConcurrentHashMap<String, Stored> recentByKey = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Stored> recentById = new ConcurrentHashMap<>();

  private PostingStore(Path path, ObjectMapper mapper) throws IOException {
    this.path = path;
    Files.createDirectories(path);
    this.documents = new PostingDocuments(mapper);
    this.queries = new PostingQueries(documents.analyzer());
    this.directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(documents.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // Commits are what make writes durable, so flushing is left to them and to the RAM buffer.
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    // An empty index still gets a first commit, so a reader can open it after a crash.
    writer.commit();
    this.searchers = new SearcherManager(writer, null);
    this.committer =
        new GroupCommitter(
            () -> {
              writer.commit();
              searchers.maybeRefreshBlocking();
            },
            this::forgetDurable);
  }

  /** Opens (or creates) the index in {@code path}. */
  public static PostingStore open(Path path, ObjectMapper mapper) {
    try {
      return new PostingStore(path, mapper);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the postings index in " + path, e);
    }
  }

  /** Adds or replaces (by id) a posting; durable after {@link #awaitDurable} of the result. */
  public long write(Posting posting) {
    String key = IdempotencyKey.of(posting.draft());
    Document doc = documents.toDocument(posting, key);
    try {
      long seq = writer.updateDocument(new Term(PostingDocuments.ID, posting.id()), doc);
      Stored stored = new Stored(posting, seq);
      recentByKey.merge(key, stored, PostingStore::later);
      recentById.merge(posting.id(), stored, PostingStore::later);
      committer.requested(seq);
      return seq;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Blocks until the write with this sequence number is committed and searchable. */
  public void awaitDurable(long seq) {
    if (seq >= 0) {
      committer.awaitDurable(seq);
    }
  }

  /** Deletes a posting and waits until the deletion is committed. */
  public void delete(Posting posting) {
    try {
      long seq = writer.deleteDocuments(new Term(PostingDocuments.ID, posting.id()));
      recentById.remove(posting.id());
      recentByKey.remove(IdempotencyKey.of(posting.draft()));
      committer.requested(seq);
      committer.awaitDurable(seq);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The posting stored under an idempotency key, with the write still to wait for if any. */
  public Optional<Stored> findByKey(String key) {
    Stored recent = recentByKey.get(key);
    if (recent != null) {
      return Optional.of(recent);
    }
    return first(new TermQuery(new Term(PostingDocuments.KEY, key))).map(p -> new Stored(p, -1));
  }

  /** A posting by id, including one written but not yet durable. */
  public Optional<Posting> get(String id) {
    Stored recent = recentById.get(id);
    if (recent != null) {
      return Optional.of(recent.posting());
    }
    return first(new TermQuery(new Term(PostingDocuments.ID, id)));
  }

  /** Runs a search; throws {@link InvalidQueryException} when {@code text} does not parse. */
  public PostingPage search(PostingQuery query) {
    Query lucene = queries.build(query);
    int end = (query.page() + 1) * query.size();
    IndexSearcher searcher = acquire();
    try {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** Ids of all postings, or of those not extracted with {@code taxonomyVersion}. */
  public List<String> ids(String notTaxonomyVersion) {
    Query query =
        notTaxonomyVersion == null ? new MatchAllDocsQuery() : queries.notVersion(notTaxonomyVersion);
    IndexSearcher searcher = acquire();
    try {
      TopDocs all = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>(all.scoreDocs.length);
      for (ScoreDoc hit : all.scoreDocs) {
        ids.add(documents.fromDocument(stored.document(hit.doc)).id());
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** Postings stored, or those not extracted with {@code taxonomyVersion} when it is given. */
  public long count(String notTaxonomyVersion) {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(
          notTaxonomyVersion == null ? new MatchAllDocsQuery() : queries.notVersion(notTaxonomyVersion));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** Work done on one point-in-time view of the index. */
  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code work} on a searcher that sees every acknowledged write, and releases the searcher
   * afterwards whatever happens. For aggregations that count over the index (demand); {@code work}
   * must not keep the searcher.
   */
  public <T> T withSearcher(SearcherFunction<T> work) {
    IndexSearcher searcher = acquire();
    try {
      return work.apply(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /**
   * The postings matching aggregation filters; null means "any". Unlike {@link #search}, {@code
   * from}/{@code to} apply to the posting day ({@code postedAt}, else the ingestion date), so a
   * posting sent without a date is still counted in its period. Throws {@link
   * InvalidQueryException} when {@code text} does not parse.
   */
  public Query filter(String text, String company, String location, LocalDate from, LocalDate to) {
    return queries.filter(text, company, location, from, to);
  }

  /** Bytes the index takes on disk. */
  public long sizeOnDisk() {
    try (var files = Files.list(path)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits what is pending and closes the index. */
  @Override
  public void close() {
    committer.close();
    try (directory;
        writer;
        searchers) {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<Posting> first(Query query) {
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(documents.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** After a commit the searcher sees the writes, so the in-flight copies can go. */
  private void forgetDurable() {
    long durable = committer.durable();
    recentByKey.values().removeIf(s -> s.seq() <= durable);
    recentById.values().removeIf(s -> s.seq() <= durable);
  }

  private static Stored later(Stored a, Stored b) {
    return a.seq() >= b.seq() ? a : b;
  }

  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
