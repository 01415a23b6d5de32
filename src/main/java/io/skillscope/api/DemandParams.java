package io.skillscope.api;

import io.skillscope.demand.DemandFilter;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestQuery;

/** The filters every {@code /api/v1/demand} endpoint takes, as query parameters. */
public class DemandParams {

  /** Earliest posting day (postedAt, else the ingestion date), ISO date, inclusive. */
  @RestQuery public String from;

  /** Latest posting day, ISO date, inclusive. */
  @RestQuery public String to;

  /** The employer, exactly, ignoring case. */
  @RestQuery public String company;

  /** Words the location must all contain. */
  @RestQuery public String location;

  /**
   * A Lucene query over title and description: {@code title:"data engineer"}, or plain words (all
   * must match).
   */
  @RestQuery public String q;

  /** Report only skills of this taxonomy category. */
  @RestQuery public String category;

  /** Count a skill only where it is asked for at this level. */
  @RestQuery
  @Pattern(regexp = "required|preferred|other", message = "must be required, preferred or other")
  public String level;

  /** The filters, or a 400 problem naming the bad date. */
  DemandFilter filter() {
    LocalDate fromDate = date("from", from);
    LocalDate toDate = date("to", to);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw ProblemException.invalid("from", "must not be after to (" + toDate + ")");
    }
    return new DemandFilter(
        fromDate,
        toDate,
        blankToNull(company),
        blankToNull(location),
        blankToNull(q),
        blankToNull(category),
        blankToNull(level));
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(name, "must be an ISO date (YYYY-MM-DD)");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
