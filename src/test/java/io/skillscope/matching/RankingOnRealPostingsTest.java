package io.skillscope.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Level;
import io.skillscope.extraction.OpenNlpModels;
import io.skillscope.extraction.SkillExtractor;
import io.skillscope.posting.Posting;
import io.skillscope.posting.PostingQuery;
import io.skillscope.posting.PostingStore;
import io.skillscope.taxonomy.Skill;
import io.skillscope.taxonomy.Taxonomy;
import io.skillscope.taxonomy.TaxonomyLoader;
import io.skillscope.tools.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's ranking check on real text: 400 corpus postings are stored; for 20 of them a
 * résumé-like text is written from the posting's own required skills, and ranking all stored
 * postings for it must put that posting in the top 3. For a résumé written from an unrelated
 * posting it must not come first (unless that résumé happens to hold all its required skills).
 */
class RankingOnRealPostingsTest {

  private static final int STORED = 400;
  private static final int CHECKED = 20;

  @Test
  void aResumeOfAPostingsOwnRequiredSkillsRanksThatPostingInTheTop3(@TempDir Path dir) {
    assumeTrue(Files.exists(Corpus.postingsFile()), "shared corpus not present");
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Taxonomy taxonomy = TaxonomyLoader.loadResource(TaxonomyLoader.DEFAULT_RESOURCE);
    SkillExtractor extractor = SkillExtractor.create(taxonomy, OpenNlpModels.load());
    try (PostingStore postings = PostingStore.open(dir.resolve("postings"), json);
        CandidateStore candidates = CandidateStore.open(dir.resolve("candidates"), json)) {
      List<Posting> stored = new ArrayList<>();
      long last = -1;
      for (Corpus.Posting p : Corpus.postings().subList(0, STORED)) {
        Posting posting =
            new Posting(
                p.id(),
                p.id(),
                p.title(),
                p.company(),
                p.location(),
                null,
                null,
                p.description(),
                taxonomy.version(),
                extractor.extract(p.description()).skills(),
                Instant.now(),
                null);
        last = postings.write(posting);
        stored.add(posting);
      }
      postings.awaitDurable(last);
      MatchService matching =
          new MatchService(
              postings,
              candidates,
              extractor,
              taxonomy,
              new io.skillscope.demand.DemandService(
                  postings, taxonomy, io.skillscope.demand.DemandConfig.defaults()));
      List<Posting> checked =
          stored.stream().filter(p -> required(p).size() >= 3).limit(CHECKED).toList();
      assertThat(checked).hasSize(CHECKED);
      List<String> failures = new ArrayList<>();
      for (int i = 0; i < checked.size(); i++) {
        Posting own = checked.get(i);
        Posting unrelated = checked.get((i + CHECKED / 2) % CHECKED);
        CandidateProfile fit = matching.profile(resume(taxonomy, own), List.of());
        CandidateProfile other = matching.profile(resume(taxonomy, unrelated), List.of());
        List<String> top3 =
            matching
                .rank(fit, new PostingQuery(List.of(), null, null, null, null, null, null, 0, 1), 3)
                .stream()
                .map(r -> r.posting().id())
                .toList();
        if (!top3.contains(own.id())) {
          var r5 =
              matching.rank(
                  fit, new PostingQuery(List.of(), null, null, null, null, null, null, 0, 1), 200);
          StringBuilder dbg = new StringBuilder();
          for (var r : r5) {
            if (r5.indexOf(r) < 4 || r.posting().id().equals(own.id())) {
              dbg.append("\n   #")
                  .append(r5.indexOf(r))
                  .append(' ')
                  .append(r.posting().id())
                  .append(" score=")
                  .append(r.match().score())
                  .append(" fit=")
                  .append(r.fit())
                  .append(' ')
                  .append(
                      r.match().skills().stream()
                          .filter(x -> x.weight() > 0)
                          .map(
                              x ->
                                  x.skill()
                                      + ":"
                                      + x.level().json()
                                      + ":w"
                                      + x.weight()
                                      + ":c"
                                      + x.credit()
                                      + ":"
                                      + x.note())
                          .toList());
            }
          }
          failures.add(own.id() + " not in top 3 " + top3 + " for: " + resume(taxonomy, own) + dbg);
        }
        boolean otherCoversIt =
            other.skills().stream().map(CandidateSkill::id).toList().containsAll(required(own));
        String otherFirst =
            matching
                .rank(
                    other, new PostingQuery(List.of(), null, null, null, null, null, null, 0, 1), 1)
                .getFirst()
                .posting()
                .id();
        if (!otherCoversIt && otherFirst.equals(own.id())) {
          failures.add(
              own.id() + " ranks first for an unrelated résumé: " + resume(taxonomy, unrelated));
        }
      }
      assertThat(failures).isEmpty();
    }
  }

  private static List<String> required(Posting posting) {
    return posting.skills().stream()
        .filter(s -> s.level() == Level.REQUIRED)
        .map(ExtractedSkill::id)
        .sorted()
        .toList();
  }

  /** "Experienced in Python, SQL and statistics." from the posting's required skills. */
  private static String resume(Taxonomy taxonomy, Posting posting) {
    return "Experienced in "
        + required(posting).stream()
            .map(id -> taxonomy.skill(id).map(Skill::name).orElse(id))
            .collect(Collectors.joining(", "))
        + ".";
  }
}
