package io.skillscope.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearsParserTest {

  private final YearsParser parser = new YearsParser();

  private List<Integer> years(String s) {
    return parser.find(s, 0, s.length()).stream().map(YearsParser.Phrase::years).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3+ years of Python | 3",
        "three years' experience with SQL | 3",
        "Three (3) years of experience | 3",
        "5-7 years of experience | 5",
        "2 to 4 yrs experience | 2",
        "2–4 years | 2",
        "minimum of 2 years of experience | 2",
        "at least one year of experience with R | 1",
        "at least a year of experience | 1",
        "5 or more years of experience | 5",
        "Python: 2 years (Required) | 2",
        "10+ yrs building data pipelines | 10",
        "over 5 years of experience in analytics | 5",
        "4 + years of hands-on work | 4",
      })
  void readsTheMinimumYears(String sentence, int expected) {
    assertThat(years(sentence)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "We have grown fast in the last 5 years",
        "Must be at least 18 years of age",
        "Serving clients for over 20 years",
        "a 4 year degree in Statistics",
        "founded 15 years ago",
        "a 2 year contract",
      })
  void ignoresTimeThatIsNotExperience(String sentence) {
    assertThat(years(sentence)).isEmpty();
  }

  @Test
  void reportsOffsetsOfEachPhrase() {
    String s = "3+ years of Python and 2 years of SQL";
    List<YearsParser.Phrase> phrases = parser.find(s, 0, s.length());
    assertThat(phrases).hasSize(2);
    assertThat(s.substring(phrases.get(0).start(), phrases.get(0).end())).isEqualTo("3+ years");
    assertThat(phrases.get(1).years()).isEqualTo(2);
  }
}
