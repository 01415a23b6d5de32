package io.skillscope.demand;

import io.skillscope.posting.PostingFacets;
import io.skillscope.posting.PostingStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.LongValues;

/**
 * Facet counting on the postings index: the only class of this package that sees Lucene.
 *
 * <p>Thread-safe. The sorted-set reader state (the ordinal map over all segments, the costly part
 * of facet counting set-up) is built once per index reader and shared by the requests that use that
 * reader; the store opens a new reader after each commit.
 */
final class DemandIndex {

  /** Counting work on one point-in-time view of the index. */
  @FunctionalInterface
  interface Work<T> {
    T apply(View view) throws IOException;
  }

  private final PostingStore store;
  private final FacetsConfig config = PostingFacets.config();
  private volatile SortedSetDocValuesReaderState state;

  DemandIndex(PostingStore store) {
    this.store = store;
  }

  /**
   * Runs {@code work} on the postings matching {@code filter}, in a view that sees every posting
   * acknowledged before this call. Throws {@link io.skillscope.posting.InvalidQueryException} when
   * {@code filter.q()} does not parse.
   */
  <T> T read(DemandFilter filter, Work<T> work) {
    Query query =
        store.filter(filter.q(), filter.company(), filter.location(), filter.from(), filter.to());
    return store.withSearcher(
        searcher -> work.apply(new View(searcher, state(searcher.getIndexReader()), query)));
  }

  /**
   * The skill or category counts of one set of postings, by dimension.
   *
   * @param postings how many postings matched
   */
  record Counts(long postings, Map<String, Map<String, Long>> byDim) {

    /** The counts of one dimension's values; empty when no matching posting has one. */
    Map<String, Long> dim(String dim) {
      return byDim.getOrDefault(dim, Map.of());
    }

    long of(String dim, String value) {
      return dim(dim).getOrDefault(value, 0L);
    }
  }

  /** Maps each day of a span to its bucket index (0 for the first day, ascending). */
  @FunctionalInterface
  interface Bucketing {
    int[] bucketOfDay(long firstDay, long lastDay);
  }

  /**
   * Counts per bucket.
   *
   * @param firstDay the first matching day
   * @param lastDay the last matching day
   * @param postings matching postings per bucket
   * @param byValue per value of the dimension (skill id): its postings per bucket; values no
   *     matching posting has are absent
   */
  record BucketCounts(long firstDay, long lastDay, long[] postings, Map<String, long[]> byValue) {}

  /**
   * Postings per pair of values of one dimension.
   *
   * @param postings matching postings
   * @param values the dimension's values, indexing {@code both}
   * @param both {@code both[i][j]}, i ≤ j: postings having values i and j; {@code both[i][i]}:
   *     postings having value i
   */
  record PairCounts(long postings, List<String> values, long[][] both) {}

  /**
   * One searcher, its facet state and the query of the matching postings. Not thread-safe; lives
   * for one {@link #read}.
   */
  final class View {

    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facets;
    private final Query matching;

    private View(IndexSearcher searcher, SortedSetDocValuesReaderState facets, Query matching) {
      this.searcher = searcher;
      this.facets = facets;
      this.matching = matching;
    }

    /** Counts every facet dimension over the matching postings, in one pass. */
    Counts counts() throws IOException {
      return counts(matching);
    }

    /**
     * Counts every facet dimension over the matching postings having {@code value} in {@code dim}.
     */
    Counts countsWith(String dim, String value) throws IOException {
      DrillDownQuery query = new DrillDownQuery(config, matching);
      query.add(dim, value);
      return counts(query);
    }

    private Counts counts(Query query) throws IOException {
      FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
      long postings = total(hits);
      if (facets == null || postings == 0) {
        return new Counts(postings, Map.of());
      }
      SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facets, hits);
      Map<String, Map<String, Long>> byDim = new HashMap<>();
      for (String dim : facets.getDims()) {
        FacetResult result = counts.getAllChildren(dim);
        Map<String, Long> values = new HashMap<>();
        if (result != null) {
          for (LabelAndValue lv : result.labelValues) {
            values.put(lv.label, lv.value.longValue());
          }
        }
        byDim.put(dim, values);
      }
      return new Counts(postings, byDim);
    }

    /**
     * Matching postings per time bucket, and per bucket the postings having each value of {@code
     * dim}: in one collection of the matching postings and two passes over their doc values (the
     * day, then the day and the facet ordinals, read the way {@link SortedSetDocValuesFacetCounts}
     * reads them). A facet count per skill would take one search and one pass per skill.
     *
     * @param buckets given the first and last matching day, the bucket of every day between
     * @return the counts, or null when no posting matches
     */
    BucketCounts byBucket(String dim, Bucketing buckets) throws IOException {
      FacetsCollector hits = searcher.search(matching, new FacetsCollectorManager());
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
        NumericDocValues days = DocValues.getNumeric(docs.context().reader(), PostingFacets.DAY);
        DocIdSetIterator it = docs.bits().iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (days.advanceExact(doc)) {
            first = Math.min(first, days.longValue());
            last = Math.max(last, days.longValue());
          }
        }
      }
      if (first > last) {
        return null;
      }
      int[] bucketOf = buckets.bucketOfDay(first, last);
      int size = bucketOf[bucketOf.length - 1] + 1;
      OrdRange range = facets == null ? null : facets.getOrdRange(dim);
      int width = range == null ? 0 : range.end() - range.start() + 1;
      long[] postings = new long[size];
      long[][] counts = new long[width][size];
      SortedSetDocValues all = range == null ? null : facets.getDocValues();
      OrdinalMap ordinals =
          all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
      for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
        NumericDocValues days = DocValues.getNumeric(docs.context().reader(), PostingFacets.DAY);
        SortedSetDocValues values =
            range == null
                ? null
                : DocValues.getSortedSet(docs.context().reader(), facets.getField());
        LongValues global =
            ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(docs.context().ord);
        DocIdSetIterator it = docs.bits().iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (!days.advanceExact(doc)) {
            continue;
          }
          int bucket = bucketOf[(int) (days.longValue() - first)];
          postings[bucket]++;
          if (values != null && values.advanceExact(doc)) {
            for (int i = values.docValueCount(); i > 0; i--) {
              long ord = global.get(values.nextOrd());
              if (ord >= range.start() && ord <= range.end()) {
                counts[(int) (ord - range.start())][bucket]++;
              }
            }
          }
        }
      }
      Map<String, long[]> byValue = new HashMap<>();
      for (int i = 0; i < width; i++) {
        String[] path = FacetsConfig.stringToPath(all.lookupOrd(range.start() + i).utf8ToString());
        byValue.put(path[path.length - 1], counts[i]);
      }
      return new BucketCounts(first, last, postings, byValue);
    }

    /**
     * How many matching postings have each pair of values of {@code dim}, in one pass over their
     * facet ordinals (drilling down into every skill would take one search per skill).
     */
    PairCounts pairs(String dim) throws IOException {
      FacetsCollector hits = searcher.search(matching, new FacetsCollectorManager());
      long postings = total(hits);
      OrdRange range = facets == null || postings == 0 ? null : facets.getOrdRange(dim);
      if (range == null) {
        return new PairCounts(postings, List.of(), new long[0][0]);
      }
      int width = range.end() - range.start() + 1;
      long[][] both = new long[width][width];
      int[] ords = new int[width];
      SortedSetDocValues all = facets.getDocValues();
      OrdinalMap ordinals =
          all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
      for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
        SortedSetDocValues values =
            DocValues.getSortedSet(docs.context().reader(), facets.getField());
        LongValues global =
            ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(docs.context().ord);
        DocIdSetIterator it = docs.bits().iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (!values.advanceExact(doc)) {
            continue;
          }
          int n = 0;
          for (int i = values.docValueCount(); i > 0; i--) {
            long ord = global.get(values.nextOrd());
            if (ord >= range.start() && ord <= range.end()) {
              ords[n++] = (int) (ord - range.start());
            }
          }
          // The diagonal counts the value itself; each pair is counted once, row < column.
          for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
              both[Math.min(ords[a], ords[b])][Math.max(ords[a], ords[b])]++;
            }
          }
        }
      }
      List<String> labels = new ArrayList<>(width);
      for (int i = 0; i < width; i++) {
        String[] path = FacetsConfig.stringToPath(all.lookupOrd(range.start() + i).utf8ToString());
        labels.add(path[path.length - 1]);
      }
      return new PairCounts(postings, labels, both);
    }
  }

  private static long total(FacetsCollector hits) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
      total += docs.totalHits();
    }
    return total;
  }

  /**
   * The facet state of {@code reader}: cached, or built when the reader is new; null without
   * facets.
   */
  private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    SortedSetDocValuesReaderState current = state;
    if (current != null && current.getReader() == reader) {
      return current;
    }
    synchronized (this) {
      current = state;
      if (current != null && current.getReader() == reader) {
        return current;
      }
      if (!hasFacets(reader)) {
        return null;
      }
      current = new DefaultSortedSetDocValuesReaderState(reader, config);
      state = current;
      return current;
    }
  }

  private static boolean hasFacets(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
        return true;
      }
    }
    return false;
  }
}
