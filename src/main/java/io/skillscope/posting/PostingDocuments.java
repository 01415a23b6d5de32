package io.skillscope.posting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.skillscope.extraction.ExtractedSkill;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * The document layout: one Lucene document per posting.
 *
 * <ul>
 *   <li>{@code json}: the whole {@link Posting} as JSON, the only stored field. Reading a posting
 *       never reassembles it from index fields, so new record fields need no layout change.
 *   <li>{@code id}, {@code key}: exact terms for get/update/delete and the idempotency lookup.
 *   <li>{@code skill} (one term per skill id), {@code skill_level} ({@link SkillTerms}), and the
 *       same ids as a multi-valued {@code skill} sorted-set facet dimension for demand counts, with
 *       the category and per-level dimensions described in {@link PostingFacets}.
 *   <li>{@code title}, {@code description}: English-analysed text for {@code q}; {@code location}
 *       standard-analysed words; {@code company} one lower-cased term.
 *   <li>{@code postedAt}: a point (epoch day) for date ranges; {@code day} and {@code ingested}:
 *       doc values for "newest first" ({@code day} falls back to the ingestion date).
 *   <li>{@code taxonomy}: the taxonomy version, so stale postings are one term query away.
 * </ul>
 *
 * <p>Thread-safe: immutable after construction.
 */
final class PostingDocuments {

  static final String ID = "id";
  static final String KEY = "key";
  static final String JSON = "json";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String COMPANY = "company";
  static final String LOCATION = "location";
  static final String POSTED_AT = "postedAt";
  static final String DAY = "day";
  static final String INGESTED = "ingested";
  static final String TAXONOMY = "taxonomy";
  static final String FACET_SKILL = "skill";

  private final ObjectWriter writer;
  private final ObjectReader reader;
  private final FacetsConfig facets = PostingFacets.config();
  private final Analyzer analyzer;

  PostingDocuments(ObjectMapper mapper) {
    this.writer = mapper.writerFor(Posting.class);
    // Postings written by a newer version may hold fields this one does not know.
    this.reader =
        mapper.readerFor(Posting.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Map<String, Analyzer> perField = new HashMap<>();
    perField.put(LOCATION, new StandardAnalyzer());
    this.analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
  }

  Analyzer analyzer() {
    return analyzer;
  }

  FacetsConfig facets() {
    return facets;
  }

  Document toDocument(Posting p, String key) {
    return toDocument(p, key, toJson(p));
  }

  /** The document for a posting already serialised as {@code json} (by {@link #json}). */
  Document toDocument(Posting p, String key, byte[] json) {
    Document doc = new Document();
    doc.add(new StringField(ID, p.id(), Field.Store.NO));
    doc.add(new StringField(KEY, key, Field.Store.NO));
    doc.add(new StringField(TAXONOMY, p.taxonomyVersion(), Field.Store.NO));
    doc.add(new TextField(TITLE, p.title(), Field.Store.NO));
    doc.add(new TextField(DESCRIPTION, p.description(), Field.Store.NO));
    if (p.company() != null) {
      doc.add(new StringField(COMPANY, company(p.company()), Field.Store.NO));
    }
    if (p.location() != null) {
      doc.add(new TextField(LOCATION, p.location(), Field.Store.NO));
    }
    long day = p.ingestedAt().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    if (p.postedAt() != null) {
      day = p.postedAt().toEpochDay();
      doc.add(new LongPoint(POSTED_AT, day));
    }
    doc.add(new NumericDocValuesField(DAY, day));
    doc.add(new NumericDocValuesField(INGESTED, p.ingestedAt().toEpochMilli()));
    Set<String> categories = new TreeSet<>();
    Set<Map.Entry<String, String>> levelFacets = new LinkedHashSet<>();
    for (ExtractedSkill skill : p.skills()) {
      doc.add(new StringField(SkillTerms.SKILL, skill.id(), Field.Store.NO));
      for (String term : SkillTerms.levelTerms(skill)) {
        doc.add(new StringField(SkillTerms.SKILL_LEVEL, term, Field.Store.NO));
      }
      doc.add(new SortedSetDocValuesFacetField(FACET_SKILL, skill.id()));
      if (skill.category() != null) {
        categories.add(skill.category());
      }
      levelFacets.addAll(PostingFacets.levelFacets(skill));
    }
    // One value per category and level dimension, however many of its skills the posting names.
    for (String category : categories) {
      doc.add(new SortedSetDocValuesFacetField(PostingFacets.CATEGORY, category));
    }
    for (Map.Entry<String, String> facet : levelFacets) {
      doc.add(new SortedSetDocValuesFacetField(facet.getKey(), facet.getValue()));
    }
    doc.add(new StoredField(JSON, new BytesRef(json)));
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Posting fromDocument(Document doc) {
    BytesRef json = doc.getBinaryValue(JSON);
    try {
      return reader.readValue(json.bytes, json.offset, json.length);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable stored posting", e);
    }
  }

  /** The posting as the JSON (UTF-8) the index stores and the write-ahead log records. */
  byte[] json(Posting p) {
    return toJson(p);
  }

  Posting fromJson(String json) {
    try {
      return reader.readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable posting", e);
    }
  }

  static String company(String company) {
    return company.strip().toLowerCase(Locale.ROOT);
  }

  private byte[] toJson(Posting p) {
    try {
      return writer.writeValueAsBytes(p);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a posting always serialises", e);
    }
  }
}
