package io.skillscope.posting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The durable posting index: one {@link IndexWriter}, a {@link PostingLog write-ahead log}, one
 * {@link PostingReader} (a near-real-time searcher on the writer), and a {@link GroupCommitter}
 * that fsyncs the log for every group of writes and commits the index at checkpoints.
 *
 * <p>Writes ({@link #write}) return a sequence number at once; {@link #awaitDurable} blocks until
 * the log holding it is fsynced. A search refreshes the searcher first when postings acknowledged
 * before it began are not visible yet. Until a refresh covers it, a posting is also kept {@link
 * InFlight in flight}, which {@link #findByKey} and {@link #get} consult first.
 *
 * <p>Thread-safe. Open once per directory (Lucene's write lock refuses a second writer).
 */
public final class PostingStore implements AutoCloseable {

  /** How long acknowledged changes may live only in the log before the index is committed. */
  private static final long CHECKPOINT_NANOS = 10_000_000_000L;

  private static final long CHECKPOINT_BYTES = 64L << 20;

  private static final byte[] CLOSE = {'}'};

  /** A posting as last written and the sequence number of that write (-1 when already durable). */
  public record Stored(Posting posting, long seq) {}

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final PostingReader reader;
  private final PostingDocuments documents;
  private final PostingQueries queries;
  private final GroupCommitter committer;
  private final InFlight inFlight = new InFlight();
  private final ObjectMapper mapper;

  /**
   * Writers hold it shared around "apply to the writer + append to the log"; a rotation holds it
   * alone.
   */
  private final ReentrantReadWriteLock rotation = new ReentrantReadWriteLock();

  private final PostingLog log;

  /**
   * At most one indexing thread per core: the writer keeps one in-memory segment per concurrent
   * indexing thread and flushes them all at each refresh, so 8 request threads on 2 cores made 8
   * tiny segments a second (and the merges to undo them) where 2 do.
   */
  private final java.util.concurrent.Semaphore indexing =
      new java.util.concurrent.Semaphore(Runtime.getRuntime().availableProcessors());

  private long lastCheckpoint = System.nanoTime();

  private PostingStore(Path path, ObjectMapper mapper) throws IOException {
    this.path = path;
    this.mapper = mapper;
    Files.createDirectories(path);
    this.documents = new PostingDocuments(mapper);
    this.queries = new PostingQueries(documents.analyzer());
    this.directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(documents.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // Commits are what make writes durable, so flushing is left to them and to the RAM buffer.
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    // Changes acknowledged after the last checkpoint are only in the logs: apply them again and
    // commit, so the logs can go. An empty index gets its first commit here too.
    List<Path> logs = PostingLog.existing(path);
    this.log = PostingLog.open(path, this::replay);
    writer.commit();
    for (Path old : logs) {
      Files.delete(old);
    }
    this.committer =
        new GroupCommitter(
            () -> {
              log.force();
              if (System.nanoTime() - lastCheckpoint > CHECKPOINT_NANOS
                  || log.size() > CHECKPOINT_BYTES) {
                checkpoint();
              }
            },
            this::afterCommit);
    PostingReader opened;
    try {
      opened =
          new PostingReader(
              writer, documents, queries, committer::durable, committer::requested, inFlight);
    } catch (IOException | RuntimeException e) {
      committer.close();
      throw e;
    }
    this.reader = opened;
  }

  /**
   * Commits the index so the log written so far can be deleted: it bounds the log's size and the
   * replay time after a crash. Runs on the committer thread only.
   */
  private void checkpoint() throws IOException {
    Path old;
    rotation.writeLock().lock();
    try {
      old = log.rotate();
    } finally {
      rotation.writeLock().unlock();
    }
    // Every change in the old log was applied to the writer before the rotation, so this commit
    // holds it.
    writer.commit();
    Files.delete(old);
    lastCheckpoint = System.nanoTime();
  }

  private void replay(String line) {
    try {
      JsonNode change = mapper.readTree(line);
      String id = change.path("id").asText();
      if (change.path("op").asText().equals("delete")) {
        writer.deleteDocuments(new Term(PostingDocuments.ID, id));
      } else {
        Posting posting = documents.fromJson(change.path("posting").toString());
        writer.updateDocument(
            new Term(PostingDocuments.ID, posting.id()),
            documents.toDocument(posting, IdempotencyKey.of(posting.draft())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    // Serialised once, for both the stored field and the log line.
    byte[] json = documents.json(posting);
    Document doc = documents.toDocument(posting, key, json);
    byte[] head =
        ("{\"op\":\"put\",\"id\":" + quote(posting.id()) + ",\"posting\":")
            .getBytes(StandardCharsets.UTF_8);
    rotation.readLock().lock();
    try {
      long seq;
      indexing.acquireUninterruptibly();
      try {
        seq = writer.updateDocument(new Term(PostingDocuments.ID, posting.id()), doc);
      } finally {
        indexing.release();
      }
      log.append(head, json, CLOSE);
      inFlight.put(key, new Stored(posting, seq));
      committer.requested(seq);
      return seq;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      rotation.readLock().unlock();
    }
  }

  /** Blocks until the write with this sequence number is durable; searches see it from then on. */
  public void awaitDurable(long seq) {
    if (seq >= 0) {
      committer.awaitDurable(seq);
    }
  }

  /** Deletes a posting and waits until the deletion is committed. */
  public void delete(Posting posting) {
    long seq;
    rotation.readLock().lock();
    try {
      seq = writer.deleteDocuments(new Term(PostingDocuments.ID, posting.id()));
      log.append("{\"op\":\"delete\",\"id\":" + quote(posting.id()) + "}");
      inFlight.remove(posting.id(), IdempotencyKey.of(posting.draft()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      rotation.readLock().unlock();
    }
    committer.requested(seq);
    committer.awaitDurable(seq);
    // Its in-flight copies are gone already; the searcher must stop showing it too.
    reader.refresh();
  }

  /** The posting stored under an idempotency key, with the write still to wait for if any. */
  public Optional<Stored> findByKey(String key) {
    Stored recent = inFlight.byKey(key);
    if (recent != null) {
      return Optional.of(recent);
    }
    return reader
        .first(new TermQuery(new Term(PostingDocuments.KEY, key)))
        .map(p -> new Stored(p, -1));
  }

  /** A posting by id, including one written but not yet durable. */
  public Optional<Posting> get(String id) {
    Stored recent = inFlight.byId(id);
    if (recent != null) {
      return Optional.of(recent.posting());
    }
    return reader.first(new TermQuery(new Term(PostingDocuments.ID, id)));
  }

  /** Runs a search; throws {@link InvalidQueryException} when {@code text} does not parse. */
  public PostingPage search(PostingQuery query) {
    return reader.search(query);
  }

  /**
   * The {@code n} postings within {@code filters} that best cover the weighted skill-level terms
   * ({@link SkillTerms#of}): the retrieval step of ranking postings for a candidate.
   */
  public List<Posting> topBySkills(PostingQuery filters, Map<String, Float> levelTerms, int n) {
    return reader.topBySkills(filters, levelTerms, n);
  }

  /** How many stored postings name each skill, and how many there are: for rarity weights. */
  public Map<String, Long> skillCounts(Collection<String> skillIds) {
    return reader.skillCounts(skillIds);
  }

  /** Ids of all postings, or of those not extracted with {@code taxonomyVersion}. */
  public List<String> ids(String notTaxonomyVersion) {
    return reader.ids(notTaxonomyVersion);
  }

  /** Postings stored, or those not extracted with {@code taxonomyVersion} when it is given. */
  public long count(String notTaxonomyVersion) {
    return reader.count(notTaxonomyVersion);
  }

  /** Whether the index writer is open and its directory writable. */
  public boolean writable() {
    return writer.isOpen() && Files.isWritable(path);
  }

  /** Free bytes on the disk that holds the index. */
  public long usableSpace() {
    try {
      return Files.getFileStore(path).getUsableSpace();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    return reader.read(work);
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
        reader) {
      writer.commit();
      log.close();
      Files.delete(log.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs on the committer thread after each group; only ever after a write, so reader is set. */
  private void afterCommit() {
    reader.refreshIfBehind();
  }

  private String quote(String s) {
    try {
      return mapper.writeValueAsString(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
