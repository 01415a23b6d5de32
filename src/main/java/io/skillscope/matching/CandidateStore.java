package io.skillscope.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Candidate profiles in their own Lucene index, apart from postings: one document per candidate
 * with its skill ids as terms (for "best candidates for a posting") and the profile as JSON.
 *
 * <p>Every write commits before it returns (candidates are few and a stored profile must survive).
 * Deletion is erasure: the document is deleted, segments holding deletions are merged away and the
 * commit drops the old files, so the résumé text is no longer on disk. Thread-safe: Lucene's writer
 * is, and the searcher is acquired and released per call.
 */
public final class CandidateStore implements AutoCloseable {

  private static final String ID = "id";
  private static final String SKILL = "skill";
  private static final String JSON = "json";

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ObjectMapper mapper;

  private CandidateStore(Path path, ObjectMapper mapper) throws IOException {
    Files.createDirectories(path);
    this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens (or creates) the candidate index in {@code path}. */
  public static CandidateStore open(Path path, ObjectMapper mapper) {
    try {
      return new CandidateStore(path, mapper);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the candidate index in " + path, e);
    }
  }

  /** Stores a profile durably. */
  public synchronized void put(CandidateProfile profile) {
    Document doc = new Document();
    doc.add(new StringField(ID, profile.id(), Field.Store.NO));
    for (CandidateSkill skill : profile.skills()) {
      doc.add(new StringField(SKILL, skill.id(), Field.Store.NO));
    }
    doc.add(new StoredField(JSON, new BytesRef(json(profile))));
    try {
      writer.updateDocument(new Term(ID, profile.id()), doc);
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<CandidateProfile> get(String id) {
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(read(searcher.storedFields(), top.scoreDocs[0].doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** Erases a profile from disk; false when there was none. */
  public synchronized boolean erase(String id) {
    if (get(id).isEmpty()) {
      return false;
    }
    try {
      writer.deleteDocuments(new Term(ID, id));
      // Rewrite every segment that holds a deletion, so the deleted text leaves the files.
      writer.forceMergeDeletes(true);
      writer.commit();
      searchers.maybeRefreshBlocking();
      writer.deleteUnusedFiles();
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code n} profiles that have most of the weighted skills. */
  public List<CandidateProfile> topBySkills(Map<String, Float> skills, int n) {
    if (skills.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    skills.forEach(
        (id, boost) ->
            query.add(
                new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SKILL, id))), boost),
                BooleanClause.Occur.SHOULD));
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(query.build(), n);
      StoredFields stored = searcher.storedFields();
      List<CandidateProfile> profiles = new ArrayList<>();
      for (var hit : top.scoreDocs) {
        profiles.add(read(stored, hit.doc));
      }
      return profiles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      writer.commit();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CandidateProfile read(StoredFields stored, int doc) throws IOException {
    BytesRef bytes = stored.document(doc).getBinaryValue(JSON);
    return mapper.readValue(bytes.bytes, bytes.offset, bytes.length, CandidateProfile.class);
  }

  private byte[] json(CandidateProfile profile) {
    try {
      return mapper.writeValueAsString(profile).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a profile always serialises", e);
    }
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
