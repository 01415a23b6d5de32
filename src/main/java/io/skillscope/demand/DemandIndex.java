package io.skillscope.demand;

import io.skillscope.posting.PostingFacets;
import io.skillscope.posting.PostingStore;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

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

  /** Runs {@code work} on a view that sees every posting acknowledged before this call. */
  <T> T read(Work<T> work) {
    return store.withSearcher(searcher -> work.apply(new View(searcher, state(searcher.getIndexReader()))));
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

  /** One searcher and its facet state. Not thread-safe; lives for one {@link #read}. */
  final class View {

    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facets;

    private View(IndexSearcher searcher, SortedSetDocValuesReaderState facets) {
      this.searcher = searcher;
      this.facets = facets;
    }

    /** {@code base} narrowed to postings having {@code value} in dimension {@code dim}. */
    Query drillDown(Query base, String dim, String value) {
      DrillDownQuery query = new DrillDownQuery(config, base);
      query.add(dim, value);
      return query;
    }

    /** Counts every facet dimension over the postings matching {@code query}, in one pass. */
    Counts counts(Query query) throws IOException {
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

    /** Matching postings per epoch day (postedAt, else the ingestion date), in day order. */
    TreeMap<Long, Long> days(Query query) throws IOException {
      FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
      TreeMap<Long, Long> days = new TreeMap<>();
      if (total(hits) == 0) {
        return days;
      }
      FacetResult result = new LongValueFacetCounts(PostingFacets.DAY, hits).getAllChildrenSortByValue();
      for (LabelAndValue lv : result.labelValues) {
        days.put(Long.parseLong(lv.label), lv.value.longValue());
      }
      return days;
    }
  }

  private static long total(FacetsCollector hits) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
      total += docs.totalHits();
    }
    return total;
  }

  /** The facet state of {@code reader}: cached, or built when the reader is new; null without facets. */
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
