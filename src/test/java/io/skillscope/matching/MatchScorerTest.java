package io.skillscope.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Level;
import io.skillscope.extraction.Mention;
import io.skillscope.taxonomy.Taxonomy;
import io.skillscope.taxonomy.TaxonomyLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

  private static final Taxonomy TAXONOMY =
      TaxonomyLoader.parse(
          """
          version: "t"
          categories: [c]
          skills:
            - {id: python, name: Python, category: c, aliases: [Python]}
            - {id: sql, name: SQL, category: c, aliases: [SQL]}
            - {id: tensorflow, name: TensorFlow, category: c, aliases: [TensorFlow], related: [pytorch]}
            - {id: pytorch, name: PyTorch, category: c, aliases: [PyTorch]}
            - id: machine-learning
              name: Machine learning
              category: c
              aliases: [machine learning]
              related: [{id: deep-learning, relation: child}]
            - {id: deep-learning, name: Deep learning, category: c, aliases: [deep learning]}
            - {id: docker, name: Docker, category: c, aliases: [Docker]}
          """,
          "t.yaml");

  private final MatchScorer scorer = new MatchScorer(TAXONOMY);

  private static ExtractedSkill asks(String id, Level level, Integer years) {
    Mention m = new Mention(0, id.length(), id, 0, 0.95, "alias", id, level, null, years);
    return new ExtractedSkill(id, id, "c", level, years, 0.95, List.of(m));
  }

  private static Map<String, CandidateSkill> has(Object... idsAndYears) {
    Map<String, CandidateSkill> skills = new HashMap<>();
    for (int i = 0; i < idsAndYears.length; i += 2) {
      String id = (String) idsAndYears[i];
      skills.put(id, new CandidateSkill(id, (Integer) idsAndYears[i + 1], List.of()));
    }
    return skills;
  }

  private static final List<ExtractedSkill> POSTING =
      List.of(
          asks("python", Level.REQUIRED, 3),
          asks("sql", Level.REQUIRED, null),
          asks("tensorflow", Level.PREFERRED, null),
          asks("docker", Level.OTHER, null));

  @Test
  void everyRequiredAndPreferredSkillScores100() {
    MatchResult result = scorer.score(POSTING, has("python", 5, "sql", null, "tensorflow", null));
    assertThat(result.score()).isEqualTo(100.0);
    assertThat(result.required()).isEqualTo(new MatchResult.Coverage(2, 2));
    assertThat(result.preferred()).isEqualTo(new MatchResult.Coverage(1, 1));
    assertThat(result.suggestions()).isEmpty();
  }

  @Test
  void requiredWeighsTwicePreferredAndOtherNothing() {
    // weights: python 1, sql 1, tensorflow 0.5, docker 0
    assertThat(scorer.score(POSTING, has("python", null)).score()).isEqualTo(40.0);
    assertThat(scorer.score(POSTING, has("tensorflow", null)).score()).isEqualTo(20.0);
    assertThat(scorer.score(POSTING, has("docker", null)).score()).isEqualTo(0.0);
  }

  @Test
  void aYearsShortfallGivesPartialCreditAndSaysSo() {
    MatchResult result = scorer.score(POSTING, has("python", 2, "sql", null, "tensorflow", null));
    SkillMatch python = result.skills().getFirst();
    assertThat(python.status()).isEqualTo(SkillMatch.Status.partial);
    assertThat(python.credit()).isEqualTo(0.667);
    assertThat(python.note()).isEqualTo("asks for 3 years, the candidate has 2");
    assertThat(scorer.score(POSTING, has("python", 1, "sql", null)).skills().getFirst().credit())
        .isEqualTo(0.5);
  }

  @Test
  void aRelatedSkillGivesPartialCreditNamingTheRelation() {
    SkillMatch tf =
        scorer.score(POSTING, has("pytorch", null)).skills().stream()
            .filter(m -> m.skill().equals("tensorflow"))
            .findFirst()
            .orElseThrow();
    assertThat(tf.status()).isEqualTo(SkillMatch.Status.partial);
    assertThat(tf.credit()).isEqualTo(0.5);
    assertThat(tf.note()).isEqualTo("related: the candidate has PyTorch, a sibling of TensorFlow");

    List<ExtractedSkill> ml =
        List.of(
            asks("machine-learning", Level.REQUIRED, null),
            asks("deep-learning", Level.REQUIRED, null));
    assertThat(credit(scorer.score(ml, has("deep-learning", null)), "machine-learning"))
        .isEqualTo(0.6);
    assertThat(credit(scorer.score(ml, has("machine-learning", null)), "deep-learning"))
        .isEqualTo(0.3);
  }

  private static double credit(MatchResult result, String skill) {
    return result.skills().stream()
        .filter(m -> m.skill().equals(skill))
        .findFirst()
        .orElseThrow()
        .credit();
  }

  @Test
  void suggestionsPutTheBiggestGainFirst() {
    MatchResult result = scorer.score(POSTING, has("pytorch", null));
    assertThat(result.suggestions())
        .extracting(MatchResult.Suggestion::skill)
        .containsExactly("python", "sql", "tensorflow");
    assertThat(result.suggestions().getFirst().gain()).isEqualTo(40.0);
    assertThat(result.suggestions().get(2).gain()).isEqualTo(10.0);
  }

  @Test
  void rarerSkillsWeighMoreWithinBounds() {
    Map<String, CandidateSkill> python = has("python", null);
    double plain = scorer.score(POSTING, python).score();
    double rarePython =
        scorer.score(POSTING, python, id -> id.equals("python") ? 1.5 : 1.0).score();
    double wild = scorer.score(POSTING, python, id -> id.equals("python") ? 99 : 0).score();
    assertThat(rarePython).isGreaterThan(plain);
    assertThat(wild).isEqualTo(rarePython);
  }

  @Test
  void aPostingWithOnlyOtherSkillsIsScoredOnThem() {
    List<ExtractedSkill> stack =
        List.of(asks("docker", Level.OTHER, null), asks("sql", Level.OTHER, null));
    assertThat(scorer.score(stack, has("docker", null)).score()).isEqualTo(50.0);
    assertThat(scorer.score(List.of(), has("docker", null)).score()).isEqualTo(0.0);
  }

  @Test
  void propertiesHoldOverRandomPostingsAndCandidates() {
    List<String> ids =
        List.of(
            "python",
            "sql",
            "tensorflow",
            "pytorch",
            "machine-learning",
            "deep-learning",
            "docker");
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      List<ExtractedSkill> posting = new ArrayList<>();
      for (String id : ids) {
        if (random.nextInt(3) == 0) {
          Level level = Level.values()[random.nextInt(3)];
          posting.add(asks(id, level, random.nextBoolean() ? null : 1 + random.nextInt(6)));
        }
      }
      Map<String, CandidateSkill> candidate = new HashMap<>();
      for (String id : ids) {
        if (random.nextBoolean()) {
          candidate.put(
              id,
              new CandidateSkill(id, random.nextBoolean() ? null : random.nextInt(8), List.of()));
        }
      }
      MatchResult before = scorer.score(posting, candidate);
      assertThat(before.score()).isBetween(0.0, 100.0);
      assertThat(scorer.score(posting, candidate)).isEqualTo(before);

      String added = ids.get(random.nextInt(ids.size()));
      if (!candidate.containsKey(added)) {
        Map<String, CandidateSkill> more = new HashMap<>(candidate);
        more.put(
            added,
            new CandidateSkill(added, random.nextBoolean() ? null : random.nextInt(8), List.of()));
        assertThat(scorer.score(posting, more).score())
            .as("adding %s to %s", added, candidate.keySet())
            .isGreaterThanOrEqualTo(before.score());
      }

      Map<String, CandidateSkill> everything = new HashMap<>();
      for (ExtractedSkill s : posting) {
        if (s.level() != Level.OTHER) {
          everything.put(s.id(), new CandidateSkill(s.id(), s.minYears(), List.of()));
        }
      }
      if (!everything.isEmpty()) {
        assertThat(scorer.score(posting, everything).score()).isEqualTo(100.0);
      }
    }
  }

  @Test
  void resumeAndListMergeWithTheLargerYears() {
    Mention m = new Mention(10, 16, "Python", 0, 0.95, "alias", "Python", Level.OTHER, null, 2);
    ExtractedSkill fromResume =
        new ExtractedSkill("python", "Python", "c", Level.OTHER, 2, 0.95, List.of(m));
    Map<String, CandidateSkill> merged =
        MatchScorer.candidate(
            List.of(fromResume), List.of(new CandidateSkill("python", 4, List.of())));
    assertThat(merged.get("python").years()).isEqualTo(4);
    assertThat(merged.get("python").evidence()).containsExactly(new Evidence(10, 16, "Python"));
  }
}
