package io.skillscope.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Levels and years through the whole pipeline, on an inline taxonomy. */
class RequirementLevelsTest {

  private static final SkillExtractor PIPELINE =
      Pipelines.of(
          """
            - {id: python, name: Python, category: c, aliases: [Python]}
            - {id: sql, name: SQL, category: c, aliases: [SQL]}
            - {id: spark, name: Spark, category: c, aliases: [Spark]}
            - {id: docker, name: Docker, category: c, aliases: [Docker]}
            - {id: aws, name: AWS, category: c, aliases: [AWS]}
            - {id: statistics, name: Statistics, category: c, aliases: [statistics]}
          """);

  private static Map<String, ExtractedSkill> skills(String text) {
    return PIPELINE.extract(text).skills().stream()
        .collect(Collectors.toMap(ExtractedSkill::id, s -> s));
  }

  private static Map<String, Level> levels(String text) {
    return skills(text).values().stream()
        .collect(Collectors.toMap(ExtractedSkill::id, ExtractedSkill::level));
  }

  @Test
  void listsInheritTheirHeadersLevel() {
    Map<String, Level> levels =
        levels(
            "Requirements:\n- Python\n- SQL\nNice to have:\n- Spark\nWhat you'll do:\n- Ship Docker images");
    assertThat(levels)
        .containsEntry("python", Level.REQUIRED)
        .containsEntry("sql", Level.REQUIRED)
        .containsEntry("spark", Level.PREFERRED)
        .containsEntry("docker", Level.OTHER);
  }

  @Test
  void theEvidenceIsTheHeadingWithItsOffsets() {
    String text = "Intro\nPreferred Qualifications\n- Spark";
    Mention m = PIPELINE.extract(text).skills().getFirst().mentions().getFirst();
    assertThat(m.level()).isEqualTo(Level.PREFERRED);
    assertThat(m.evidence().source()).isEqualTo("section");
    assertThat(text.substring(m.evidence().start(), m.evidence().end()))
        .isEqualTo("Preferred Qualifications");
  }

  @Test
  void aDutyUnderASkillsHeadingIsNotADemand() {
    String text = "Requirements:\n- Work with Python and SQL every day\n- Experience with Docker";
    Map<String, Level> levels = levels(text);
    assertThat(levels)
        .containsEntry("python", Level.OTHER)
        .containsEntry("sql", Level.OTHER)
        .containsEntry("docker", Level.REQUIRED);
    Mention python = PIPELINE.extract(text).skills().getFirst().mentions().getFirst();
    assertThat(text.substring(python.evidence().start(), python.evidence().end()))
        .isEqualTo("Work");
    assertThat(levels("Requirements:\n- Must work with Python"))
        .containsEntry("python", Level.REQUIRED);
  }

  @Test
  void aStrongCueOverridesTheSection() {
    Map<String, Level> levels =
        levels("Requirements:\n- Python\n- Experience with Spark is a plus");
    assertThat(levels)
        .containsEntry("python", Level.REQUIRED)
        .containsEntry("spark", Level.PREFERRED);
    assertThat(levels("Responsibilities\n- Docker experience is a must"))
        .containsEntry("docker", Level.REQUIRED);
    assertThat(levels("Benefits\n- You will learn AWS on the job"))
        .containsEntry("aws", Level.OTHER);
  }

  @Test
  void theNearestCueInTheSentenceDecidesEachSkill() {
    String text = "Python is required; Spark is a plus.";
    Map<String, Level> levels = levels(text);
    assertThat(levels)
        .containsEntry("python", Level.REQUIRED)
        .containsEntry("spark", Level.PREFERRED);
    Mention spark = skills(text).get("spark").mentions().getFirst();
    assertThat(spark.evidence().text()).isEqualTo("a plus");
    assertThat(text.substring(spark.evidence().start(), spark.evidence().end()))
        .isEqualTo("a plus");
  }

  @Test
  void preferredCuesReadAsPreferred() {
    assertThat(levels("Familiarity with Spark preferred.")).containsEntry("spark", Level.PREFERRED);
    assertThat(levels("Ideally you know Docker.")).containsEntry("docker", Level.PREFERRED);
    assertThat(levels("AWS is nice to have")).containsEntry("aws", Level.PREFERRED);
    assertThat(levels("Bonus: SQL")).containsEntry("sql", Level.PREFERRED);
  }

  @Test
  void yearsAndDemandShapesMakeUnheadedTextRequired() {
    assertThat(levels("We need someone with 3+ years of Python."))
        .containsEntry("python", Level.REQUIRED);
    assertThat(levels("Strong knowledge of statistics."))
        .containsEntry("statistics", Level.REQUIRED);
    assertThat(levels("Our platform runs on AWS.")).containsEntry("aws", Level.OTHER);
  }

  @Test
  void weakCuesDoNotOverrideAHeading() {
    assertThat(levels("Nice to have\n- 2+ years of Spark")).containsEntry("spark", Level.PREFERRED);
    assertThat(levels("About Us\nOur team has deep expertise in Docker"))
        .containsEntry("docker", Level.OTHER);
  }

  @Test
  void theStrongestMentionWins() {
    ExtractedSkill python =
        skills(
                "What you'll do\n- Build Python services\nRequirements\n- Python\nBonus\n- Python 3.12")
            .get("python");
    assertThat(python.level()).isEqualTo(Level.REQUIRED);
    assertThat(python.mentions())
        .extracting(Mention::level)
        .containsExactly(Level.OTHER, Level.REQUIRED, Level.PREFERRED);
  }

  @Test
  void yearsAttachToEverySkillOfTheirSentence() {
    Map<String, ExtractedSkill> skills = skills("At least 5 years' experience with SQL and Spark.");
    assertThat(skills.get("sql").minYears()).isEqualTo(5);
    assertThat(skills.get("spark").minYears()).isEqualTo(5);
  }

  @Test
  void yearsDoNotReachOtherSentencesOrClauses() {
    Map<String, ExtractedSkill> skills =
        skills("Requirements\n- 3+ years of Python\n- Docker\n- 2 years of SQL; Spark is a plus");
    assertThat(skills.get("python").minYears()).isEqualTo(3);
    assertThat(skills.get("docker").minYears()).isNull();
    assertThat(skills.get("sql").minYears()).isEqualTo(2);
    assertThat(skills.get("spark").minYears()).isNull();
  }

  @Test
  void eachSkillTakesTheNearestYearsPhrase() {
    Map<String, ExtractedSkill> skills =
        skills("3+ years of Python, 2+ years of SQL and Python: 5 years");
    assertThat(skills.get("sql").minYears()).isEqualTo(2);
    Map<String, ExtractedSkill> indeed =
        skills("Experience:\nSQL: 1 year (Preferred)\nPython: 2 years (Required)");
    assertThat(indeed.get("sql").minYears()).isEqualTo(1);
    assertThat(indeed.get("sql").level()).isEqualTo(Level.PREFERRED);
    assertThat(indeed.get("python").minYears()).isEqualTo(2);
    assertThat(indeed.get("python").level()).isEqualTo(Level.REQUIRED);
  }

  @Test
  void theExtractionCarriesItsSections() {
    Extraction e = PIPELINE.extract("About us\nWe like SQL.\nRequirements\nPython");
    assertThat(e.sections())
        .extracting(Section::kind)
        .containsExactly(Section.Kind.COMPANY, Section.Kind.REQUIREMENTS);
  }
}
