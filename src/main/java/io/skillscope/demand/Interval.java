package io.skillscope.demand;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A trend bucket width. Weeks start on Monday (ISO 8601); quarters in January, April, July,
 * October.
 */
public enum Interval {
  WEEK,
  MONTH,
  QUARTER;

  /** The first day of the bucket holding {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case WEEK -> day.with(DayOfWeek.MONDAY);
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    };
  }

  /** The first day of the bucket after the one starting at {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
    };
  }

  /** Parses {@code week}, {@code month} or {@code quarter}. */
  public static Interval of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
