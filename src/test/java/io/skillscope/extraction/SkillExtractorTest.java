package io.skillscope.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillscope.taxonomy.TaxonomyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillExtractorTest {

  private static final SkillExtractor PIPELINE =
      Pipelines.of(
          """
            - id: sklearn
              name: scikit-learn
              category: c
              aliases: [scikit-learn, sklearn]
            - id: ml
              name: Machine learning
              category: c
              aliases:
                - machine learning
                - text: ML
                  caseSensitive: true
                  unless: [{before: '\\d\\s*'}]
            - id: ab
              name: A/B testing
              category: c
              aliases: [A/B testing, A/B tests]
            - id: cpp
              name: C++
              category: c
              aliases: [C++, C/C++]
            - id: lang-r
              name: R
              category: c
              aliases:
                - text: R
                  caseSensitive: true
                  confidence: 0.8
                  when: [{nearSkill: 4, confidence: 0.9}, {near: [programming], window: 2}]
                  unless: [{after: '^&'}]
            - id: py
              name: Python
              category: c
              aliases: [Python]
            - id: keras
              name: Keras
              category: c
              aliases: [Keras, {text: tf.keras, also: [tf]}]
            - id: tf
              name: TensorFlow
              category: c
              aliases: [TensorFlow]
            - id: spark
              name: Spark
              category: c
              aliases:
                - text: spark
                  when: [{pos: [PROPN, NOUN]}]
            - id: dl
              name: Deep learning
              category: c
              aliases: [deep learning, deep machine learning models]
            - id: collab
              name: Collaboration
              category: c
              aliases: ['collaborat*', 'team play*']
            - id: analysis
              name: Data analysis
              category: c
              aliases: [{text: 'analy*', when: [{near: [data]}]}, data analysis]
          """);

  private static List<String> ids(String text) {
    return PIPELINE.extract(text).skills().stream().map(ExtractedSkill::id).toList();
  }

  @Test
  void hyphenSpaceAndGluedVariantsMeetTheSameAlias() {
    assertThat(ids("We use scikit learn daily")).containsExactly("sklearn");
    assertThat(ids("We use Scikit-Learn daily")).containsExactly("sklearn");
    assertThat(ids("We use sklearn daily")).containsExactly("sklearn");
  }

  @Test
  void punctuationInsideAnAliasIsKept() {
    assertThat(ids("Experience with A/B testing and C/C++")).containsExactly("ab", "cpp");
    assertThat(ids("Run A/B tests")).containsExactly("ab");
    assertThat(ids("AB testing")).isEmpty();
    assertThat(ids("C# and C")).isEmpty();
  }

  @Test
  void offsetsPointAtTheWordsAsWritten() {
    String text = "Skills:\n  * Scikit-Learn,  and C++ (5 yrs)";
    Extraction extraction = PIPELINE.extract(text);
    for (ExtractedSkill skill : extraction.skills()) {
      for (Mention m : skill.mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    assertThat(extraction.skills().getFirst().mentions().getFirst().text())
        .isEqualTo("Scikit-Learn");
    assertThat(extraction.skills().get(1).mentions().getFirst().text()).isEqualTo("C++");
  }

  @Test
  void longestMatchWinsAndShorterAliasesInsideItAreNotReported() {
    Extraction extraction = PIPELINE.extract("We build deep machine learning models.");
    assertThat(extraction.skills()).extracting(ExtractedSkill::id).containsExactly("dl");
    assertThat(extraction.skills().getFirst().mentions().getFirst().text())
        .isEqualTo("deep machine learning models");
  }

  @Test
  void prefixAliasesMeetEveryEndingOfTheirLastWord() {
    assertThat(ids("Collaborate, collaborating, collaborative, Collaboration."))
        .containsExactly("collab");
    assertThat(PIPELINE.extract("Collaborate and collaborative.").skills().getFirst().mentions())
        .extracting(Mention::text)
        .containsExactly("Collaborate", "collaborative");
    assertThat(ids("A great team player.")).containsExactly("collab");
    assertThat(ids("A great team.")).isEmpty();
    assertThat(ids("Collab tools")).isEmpty();
    assertThat(ids("Analyzes data; analyses of data")).containsExactly("analysis");
    assertThat(ids("Analyzes the market")).isEmpty();
    assertThat(ids("Data analysis")).containsExactly("analysis");
  }

  @Test
  void caseSensitiveAliasNeedsItsExactLetters() {
    assertThat(ids("ML engineers")).containsExactly("ml");
    assertThat(ids("ml engineers")).isEmpty();
    assertThat(ids("add 5 ML of water")).isEmpty();
  }

  @Test
  void whenRulesAdmitAndUnlessRulesReject() {
    assertThat(ids("Python and R")).containsExactly("py", "lang-r");
    assertThat(ids("R programming")).containsExactly("lang-r");
    assertThat(ids("R&D with Python")).containsExactly("py");
    assertThat(ids("Plan R")).isEmpty();
  }

  @Test
  void confidenceAndRuleSayWhatAdmittedTheMention() {
    Mention r = PIPELINE.extract("Python, R").skills().get(1).mentions().getFirst();
    assertThat(r.rule()).isEqualTo("context:nearSkill");
    assertThat(r.confidence()).isEqualTo(0.9);
    Mention rp = PIPELINE.extract("R programming").skills().getFirst().mentions().getFirst();
    assertThat(rp.rule()).isEqualTo("context:near");
    assertThat(rp.confidence()).isEqualTo(0.8);
    Mention py = PIPELINE.extract("Python").skills().getFirst().mentions().getFirst();
    assertThat(py.rule()).isEqualTo("alias");
    assertThat(py.confidence()).isEqualTo(0.95);
  }

  @Test
  void skillConfidenceGrowsWithIndependentMentions() {
    ExtractedSkill once = PIPELINE.extract("Python").skills().getFirst();
    ExtractedSkill twice = PIPELINE.extract("Python. More Python.").skills().getFirst();
    assertThat(once.confidence()).isEqualTo(0.95);
    assertThat(twice.confidence())
        .isGreaterThan(once.confidence())
        .isCloseTo(0.9975, within(0.001));
    assertThat(twice.mentions()).hasSize(2);
  }

  @Test
  void aliasCanNameFurtherSkills() {
    Extraction extraction = PIPELINE.extract("Models in tf.keras");
    assertThat(extraction.skills()).extracting(ExtractedSkill::id).containsExactly("keras", "tf");
    assertThat(extraction.skills().get(1).mentions().getFirst().rule()).isEqualTo("also");
  }

  @Test
  void partOfSpeechDecidesBetweenTheToolAndTheVerb() {
    assertThat(ids("Big data tools such as Hadoop and Spark are used.")).containsExactly("spark");
    assertThat(ids("We want people who spark innovation and creativity.")).isEmpty();
  }

  @Test
  void sentencesAreCountedAndIndexed() {
    Extraction extraction =
        PIPELINE.extract("First line with Python.\nSecond line. It has sklearn too.");
    assertThat(extraction.sentences()).isEqualTo(3);
    assertThat(extraction.skills().get(1).mentions().getFirst().sentence()).isEqualTo(2);
  }

  @Test
  void twoSkillsClaimingOneAliasWithoutARuleStopTheBuild() {
    assertThatThrownBy(
            () ->
                Pipelines.of(
                    """
                      - id: a
                        name: A
                        category: c
                        aliases: [Spark]
                      - id: b
                        name: B
                        category: c
                        aliases: [spark]
                    """))
        .isInstanceOf(TaxonomyException.class)
        .hasMessage(
            "inline.yaml:11: alias \"spark\" is claimed by \"a\" (line 7) and by \"b\"; give one of them a `when` rule to tell them apart");
  }

  @Test
  void aWhenRuleTellsTwoClaimsApart() {
    SkillExtractor pipeline =
        Pipelines.of(
            """
              - id: a
                name: A
                category: c
                aliases: [Spark]
              - id: b
                name: B
                category: c
                aliases: [{text: spark, when: [{near: [plug]}]}]
            """);
    assertThat(pipeline.extract("Spark plug").skills())
        .extracting(ExtractedSkill::id)
        .containsExactly("a", "b");
  }

  @Test
  void theSameAliasTwiceInOneSkillIsAnError() {
    assertThatThrownBy(
            () ->
                Pipelines.of(
                    """
                      - id: a
                        name: A
                        category: c
                        aliases: [Data structures, data-structure]
                    """))
        .hasMessageContaining("is the same as alias \"Data structures\"");
  }
}
