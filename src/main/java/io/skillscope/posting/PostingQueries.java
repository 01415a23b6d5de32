package io.skillscope.posting;

import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** {@link PostingQuery} → Lucene query. Thread-safe: a parser is made per query. */
final class PostingQueries {

  /** Newest posting date first; among one day, the latest ingested first. */
  static final Sort NEWEST_FIRST =
      new Sort(
          new SortField(PostingDocuments.DAY, SortField.Type.LONG, true),
          new SortField(PostingDocuments.INGESTED, SortField.Type.LONG, true));

  /** A title word says more about the job than a word somewhere in the description. */
  private static final Map<String, Float> BOOSTS =
      Map.of(PostingDocuments.TITLE, 2f, PostingDocuments.DESCRIPTION, 1f);

  private final Analyzer analyzer;
  private final QueryBuilder locationWords = new QueryBuilder(new StandardAnalyzer());

  PostingQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Query build(PostingQuery q) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(new MatchAllDocsQuery(), Occur.FILTER);
    for (String skill : q.skills()) {
      Term term =
          q.level() == null
              ? new Term(SkillTerms.SKILL, skill)
              : new Term(SkillTerms.SKILL_LEVEL, SkillTerms.of(skill, q.level()));
      all.add(new TermQuery(term), Occur.FILTER);
    }
    if (q.company() != null) {
      all.add(
          new TermQuery(new Term(PostingDocuments.COMPANY, PostingDocuments.company(q.company()))),
          Occur.FILTER);
    }
    if (q.location() != null) {
      Query words =
          locationWords.createBooleanQuery(PostingDocuments.LOCATION, q.location(), Occur.MUST);
      all.add(words == null ? new MatchNoDocsQuery() : words, Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      all.add(LongPoint.newRangeQuery(PostingDocuments.POSTED_AT, from, to), Occur.FILTER);
    }
    if (q.text() != null) {
      all.add(parse(q.text()), Occur.MUST);
    }
    return all.build();
  }

  /** See {@link PostingStore#filter}. */
  Query filter(String text, String company, String location, LocalDate from, LocalDate to) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(new MatchAllDocsQuery(), Occur.FILTER);
    if (company != null) {
      all.add(
          new TermQuery(new Term(PostingDocuments.COMPANY, PostingDocuments.company(company))),
          Occur.FILTER);
    }
    if (location != null) {
      Query words =
          locationWords.createBooleanQuery(PostingDocuments.LOCATION, location, Occur.MUST);
      all.add(words == null ? new MatchNoDocsQuery() : words, Occur.FILTER);
    }
    if (from != null || to != null) {
      // The day has doc values only: a range over them is checked per candidate posting, which
      // costs about what counting that posting's facets does anyway.
      long first = from == null ? Long.MIN_VALUE : from.toEpochDay();
      long last = to == null ? Long.MAX_VALUE : to.toEpochDay();
      all.add(
          NumericDocValuesField.newSlowRangeQuery(PostingDocuments.DAY, first, last), Occur.FILTER);
    }
    if (text != null) {
      // Scores are not used by counting, so the text is a filter too.
      all.add(parse(text), Occur.FILTER);
    }
    return all.build();
  }

  Query notVersion(String version) {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(new TermQuery(new Term(PostingDocuments.TAXONOMY, version)), Occur.MUST_NOT)
        .build();
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {PostingDocuments.TITLE, PostingDocuments.DESCRIPTION}, analyzer, BOOSTS);
    // "python engineer" should narrow the results, as in every search box, not widen them.
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      String message =
          e.getMessage() == null ? "cannot parse" : e.getMessage().lines().findFirst().orElse("");
      throw new InvalidQueryException("q", "not a valid query: " + message);
    }
  }
}
