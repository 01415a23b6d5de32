package io.skillscope.matching;

import io.skillscope.extraction.ExtractedSkill;
import io.skillscope.extraction.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years of experience from the dated roles of a résumé: a role is the text from one date range
 * ("Jan 2019 – Mar 2021", "2018 - 2022", "2022 – present") to the next, and each skill mentioned in
 * it gets the role's length. Lengths of several roles add up; a year without a month starts in
 * January and ends in December; "present" is today. Whole years, rounded down. Stateless.
 */
final class RoleYears {

  private static final String MONTH =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+";
  private static final Pattern RANGE =
      Pattern.compile(
          "(?i)\\b(?:"
              + MONTH
              + ")?((?:19|20)\\d{2})\\s*(?:-|–|—|to|until)\\s*(?:"
              + MONTH
              + ")?((?:19|20)\\d{2}|present|current|now|today)\\b");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private record Role(int start, int end, int months) {}

  private RoleYears() {}

  /** Whole years per skill id, for the skills mentioned inside dated roles of {@code text}. */
  static Map<String, Integer> of(String text, List<ExtractedSkill> skills, LocalDate today) {
    List<Role> roles = roles(text, today);
    Map<String, Integer> months = new HashMap<>();
    for (Role role : roles) {
      for (ExtractedSkill skill : skills) {
        for (Mention mention : skill.mentions()) {
          if (mention.start() >= role.start() && mention.start() < role.end()) {
            months.merge(skill.id(), role.months(), Integer::sum);
            break;
          }
        }
      }
    }
    Map<String, Integer> years = new HashMap<>();
    months.forEach(
        (id, m) -> {
          if (m >= 12) {
            years.put(id, m / 12);
          }
        });
    return years;
  }

  private static List<Role> roles(String text, LocalDate today) {
    List<int[]> found = new ArrayList<>();
    Matcher m = RANGE.matcher(text);
    while (m.find()) {
      int from = Integer.parseInt(m.group(2)) * 12 + month(m.group(1), 0);
      String endYear = m.group(4).toLowerCase(Locale.ROOT);
      int to =
          Character.isDigit(endYear.charAt(0))
              ? Integer.parseInt(endYear) * 12 + month(m.group(3), 11)
              : today.getYear() * 12 + today.getMonthValue() - 1;
      if (to >= from) {
        found.add(new int[] {m.start(), to - from + 1});
      }
    }
    List<Role> roles = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      int end = i + 1 < found.size() ? found.get(i + 1)[0] : text.length();
      roles.add(new Role(found.get(i)[0], end, found.get(i)[1]));
    }
    return roles;
  }

  private static int month(String name, int missing) {
    if (name == null) {
      return missing;
    }
    return MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }
}
