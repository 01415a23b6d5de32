package io.skillscope.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLoaderTest {

  /** The 50 ids of shared/eval/LABELS.md, which the default taxonomy must hold exactly. */
  static final List<String> LABEL_IDS =
      List.of(
          "python",
          "r",
          "tensorflow",
          "pytorch",
          "scikit-learn",
          "linear-algebra",
          "calculus",
          "statistics",
          "probability",
          "sql",
          "java",
          "scala",
          "cpp",
          "julia",
          "matlab",
          "sas",
          "keras",
          "pandas",
          "numpy",
          "spark",
          "optimization",
          "dimensionality-reduction",
          "hypothesis-testing",
          "ab-testing",
          "regression",
          "bayesian-methods",
          "time-series",
          "model-evaluation",
          "data-structures",
          "algorithms",
          "dynamic-programming",
          "machine-learning",
          "deep-learning",
          "neural-networks",
          "nlp",
          "computer-vision",
          "reinforcement-learning",
          "data-analysis",
          "model-deployment",
          "docker",
          "kubernetes",
          "aws",
          "azure",
          "gcp",
          "git",
          "communication",
          "collaboration",
          "continuous-learning",
          "adaptability",
          "problem-solving");

  private static final String HEADER =
      """
      version: "1"
      categories: [programming, soft-skills]
      skills:
      """;

  private static Taxonomy parse(String skills) {
    return TaxonomyLoader.parse(HEADER + skills, "test.yaml");
  }

  @Test
  void defaultTaxonomyHoldsEveryLabelIdWithTheArticleSkillsMarked() {
    Taxonomy taxonomy = TaxonomyLoader.loadResource(TaxonomyLoader.DEFAULT_RESOURCE);
    assertThat(taxonomy.skills()).extracting(Skill::id).containsAll(LABEL_IDS);
    for (String id :
        List.of(
            "python",
            "r",
            "tensorflow",
            "pytorch",
            "scikit-learn",
            "linear-algebra",
            "calculus",
            "statistics",
            "probability")) {
      assertThat(taxonomy.skill(id).orElseThrow().article()).as(id).isTrue();
    }
    assertThat(taxonomy.version()).matches("[^+]+\\+[0-9a-f]{8}");
  }

  @Test
  void readsAliasesConditionsAndRelations() {
    Taxonomy taxonomy =
        parse(
            """
              - id: python
                name: Python
                category: programming
                article: true
                related: [r, {id: r2, relation: parent}]
                aliases:
                  - Python
                  - text: Py
                    caseSensitive: true
                    confidence: 0.8
                    when: [{near: [code, script*], window: 3, confidence: 0.9}, {nearSkill: 4}]
                    unless: [{after: '^\\s*&'}, {before: 'Monty\\s*'}, {pos: [VERB]}, {sentence: 'snake'}]
                    also: [r]
              - id: r
                name: R
                category: programming
                aliases: [R language]
              - id: r2
                name: R2
                category: programming
                aliases: [R2 language]
            """);
    Skill python = taxonomy.skill("python").orElseThrow();
    assertThat(python.article()).isTrue();
    assertThat(python.related())
        .containsExactly(
            new Relation("r", Relation.Kind.SIBLING), new Relation("r2", Relation.Kind.PARENT));
    Alias py = python.aliases().get(1);
    assertThat(py.caseSensitive()).isTrue();
    assertThat(py.confidence()).isEqualTo(0.8);
    assertThat(py.when()).hasSize(2);
    Condition.Near near = (Condition.Near) py.when().getFirst();
    assertThat(near.words()).containsExactly("code");
    assertThat(near.prefixes()).containsExactly("script");
    assertThat(near.window()).isEqualTo(3);
    assertThat(near.confidence()).hasValue(0.9);
    assertThat(py.unless())
        .extracting(Condition::kind)
        .containsExactly("after", "before", "pos", "sentence");
    assertThat(py.also()).containsExactly("r");
    assertThat(python.aliases().getFirst().confidence()).isEqualTo(0.95);
  }

  @Test
  void duplicateIdNamesBothLines() {
    assertThatThrownBy(
            () ->
                parse(
                    """
                      - id: python
                        name: Python
                        category: programming
                        aliases: [Python]
                      - id: python
                        name: Python again
                        category: programming
                        aliases: [Python 3]
                    """))
        .isInstanceOf(TaxonomyException.class)
        .hasMessage("test.yaml:8: duplicate skill id \"python\" (first at line 4)");
  }

  @Test
  void unknownCategoryIsRejected() {
    assertThatThrownBy(() -> parse(skill("python", "category: languages", "aliases: [Python]")))
        .hasMessageStartingWith("test.yaml:6: skill \"python\" has unknown category \"languages\"");
  }

  @Test
  void unknownRelatedIdIsRejected() {
    assertThatThrownBy(
            () ->
                parse(
                    skill(
                        "python", "category: programming", "related: [ruby]", "aliases: [Python]")))
        .hasMessage("test.yaml:4: skill \"python\" is related to unknown skill \"ruby\"");
  }

  @Test
  void unknownAlsoIdIsRejected() {
    assertThatThrownBy(
            () ->
                parse(
                    skill(
                        "python",
                        "category: programming",
                        "aliases: [{text: Python, also: [ruby]}]")))
        .hasMessage("test.yaml:7: alias \"Python\" names unknown skill \"ruby\" in `also`");
  }

  @Test
  void badRegexIsRejectedWithItsLine() {
    assertThatThrownBy(
            () ->
                parse(
                    skill(
                        "python",
                        "category: programming",
                        "aliases: [{text: Python, unless: [{after: '(a'}]}]")))
        .isInstanceOf(TaxonomyException.class)
        .hasMessageStartingWith("test.yaml:7: bad regular expression '(a'");
  }

  @Test
  void unknownKeyIsATypoNotSilence() {
    assertThatThrownBy(() -> parse(skill("python", "category: programming", "alias: [Python]")))
        .hasMessageStartingWith("test.yaml:7: unknown key \"alias\" in a skill");
  }

  @Test
  void conditionNeedsExactlyOneKind() {
    assertThatThrownBy(
            () ->
                parse(
                    skill(
                        "python",
                        "category: programming",
                        "aliases: [{text: Python, when: [{after: 'x', before: 'y'}]}]")))
        .hasMessageContaining("a condition needs exactly one of")
        .hasMessageContaining("found after, before");
  }

  @Test
  void missingNameIsRejected() {
    assertThatThrownBy(
            () ->
                parse(
                    skill("python", "category: programming", "aliases: [Python]")
                        .replace("    name: python\n", "")))
        .hasMessage("test.yaml:4: missing required key \"name\"");
  }

  @Test
  void confidenceOutsideRangeIsRejected() {
    assertThatThrownBy(
            () ->
                parse(
                    skill(
                        "python",
                        "category: programming",
                        "aliases: [{text: Python, confidence: 1.5}]")))
        .hasMessageContaining("confidence must be a number in (0, 1]");
  }

  @Test
  void invalidYamlNamesTheLine() {
    assertThatThrownBy(() -> TaxonomyLoader.parse("version: 1\nskills: [\n  - id: x\n", "bad.yaml"))
        .isInstanceOf(TaxonomyException.class)
        .hasMessageStartingWith("bad.yaml:")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void badIdSyntaxIsRejected() {
    assertThatThrownBy(() -> parse(skill("Python_3", "category: programming", "aliases: [Python]")))
        .hasMessageContaining("skill id \"Python_3\" must be lower-case");
  }

  @Test
  void loadsAUserFileFromDisk(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, HEADER + skill("go", "category: programming", "aliases: [Golang]"));
    Taxonomy taxonomy = TaxonomyLoader.load(file);
    assertThat(taxonomy.source()).isEqualTo(file.toString());
    assertThat(taxonomy.skill("go")).isPresent();
  }

  @Test
  void missingFileIsReportedByName(@TempDir Path dir) {
    Path file = dir.resolve("absent.yaml");
    assertThatThrownBy(() -> TaxonomyLoader.load(file))
        .hasMessageStartingWith(file + ": cannot read the file");
  }

  private static String skill(String id, String... lines) {
    StringBuilder b = new StringBuilder("  - id: " + id + "\n    name: " + id + "\n");
    for (String line : lines) {
      b.append("    ").append(line).append('\n');
    }
    return b.toString();
  }
}
