package io.skillscope.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Level;
import io.skillscope.extraction.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleYearsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  /** Skills found at every occurrence of their name in {@code text}. */
  private static List<ExtractedSkill> skills(String text, String... names) {
    List<ExtractedSkill> skills = new ArrayList<>();
    for (String name : names) {
      List<Mention> mentions = new ArrayList<>();
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        mentions.add(
            new Mention(
                i, i + name.length(), name, 0, 0.95, "alias", name, Level.OTHER, null, null));
      }
      skills.add(
          new ExtractedSkill(name.toLowerCase(), name, "c", Level.OTHER, null, 0.95, mentions));
    }
    return skills;
  }

  @Test
  void eachSkillGetsTheLengthOfTheRolesThatMentionIt() {
    String resume =
        """
        Skills: Python, SQL, Docker
        Data Scientist, Acme, Jan 2018 - Dec 2021
        Built models in Python and SQL.
        Analyst, Globex, 2022 – present
        SQL reporting.
        """;
    Map<String, Integer> years =
        RoleYears.of(resume, skills(resume, "Python", "SQL", "Docker"), TODAY);
    // Jan 2018 – Dec 2021: 48 months; Jan 2022 – Nov 2026: 59 months.
    assertThat(years)
        .containsEntry("python", 4)
        .containsEntry("sql", 8)
        .doesNotContainKey("docker");
  }

  @Test
  void yearsWithoutMonthsRunJanuaryToDecember() {
    String resume = "Engineer 2019-2020: Python.";
    assertThat(RoleYears.of(resume, skills(resume, "Python"), TODAY)).containsEntry("python", 2);
  }

  @Test
  void aRoleShorterThanAYearGivesNoYearsAndTextWithoutDatesNone() {
    String shortRole = "Intern, Mar 2024 - Aug 2024. Python notebooks.";
    assertThat(RoleYears.of(shortRole, skills(shortRole, "Python"), TODAY)).isEmpty();
    String undated = "Python and SQL for many years.";
    assertThat(RoleYears.of(undated, skills(undated, "Python", "SQL"), TODAY)).isEmpty();
  }
}
