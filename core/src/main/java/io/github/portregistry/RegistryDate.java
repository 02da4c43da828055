package io.github.portregistry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date as the registry writes it: to the day ("2017-05-18") or, for about half of the older
 * records, to the month only ("2004-02"). The precision is kept; nothing invents a day.
 *
 * <pre>{@code
 * RegistryDate d = RegistryDate.parse("2004-02");
 * d.day();           // OptionalInt.empty()
 * d.toLocalDate();   // Optional.empty()
 * d.toString();      // "2004-02"
 * }</pre>
 *
 * <p>Dates order by year, month, then day; a month-precision date sorts before every day of its
 * month. Immutable and thread-safe.
 */
public final class RegistryDate implements Comparable<RegistryDate> {
  // English names and day counts by hand: java.time's YearMonth and Month pull in locale data
  // and lambda bootstrapping that would add milliseconds to the first lookup.
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };
  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private final int year;
  private final int month;
  private final int day;

  private RegistryDate(int year, int month, int day) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is outside 1-9999");
    }
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is outside 1-12");
    }
    if (day != 0 && (day < 1 || day > lengthOfMonth(year, month))) {
      throw new IllegalArgumentException(
          "day " + day + " does not exist in " + new RegistryDate(year, month, 0));
    }
    this.year = year;
    this.month = month;
    this.day = day;
  }

  private static StringBuilder pad(StringBuilder b, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(digits);
  }

  private static int lengthOfMonth(int year, int month) {
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
  }

  /**
   * A date known to the month.
   *
   * @throws IllegalArgumentException naming the value when year or month is impossible
   */
  public static RegistryDate of(int year, int month) {
    return new RegistryDate(year, month, 0);
  }

  /**
   * A date known to the day.
   *
   * @throws IllegalArgumentException naming the value when the date does not exist
   */
  public static RegistryDate of(int year, int month, int day) {
    if (day == 0) {
      throw new IllegalArgumentException("day 0 does not exist; use of(year, month)");
    }
    return new RegistryDate(year, month, day);
  }

  /**
   * Parses "YYYY-MM-DD" or "YYYY-MM".
   *
   * @throws IllegalArgumentException naming the text when it is neither, or not a real date
   * @throws NullPointerException when {@code text} is null
   */
  public static RegistryDate parse(String text) {
    Objects.requireNonNull(text, "date text must not be null");
    boolean shape = text.length() == 7 || text.length() == 10;
    for (int i = 0; shape && i < text.length(); i++) {
      char c = text.charAt(i);
      shape = (i == 4 || i == 7) ? c == '-' : c >= '0' && c <= '9';
    }
    if (shape) {
      try {
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 5, 7, 10);
        return text.length() == 7
            ? of(year, month)
            : of(year, month, Integer.parseInt(text, 8, 10, 10));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "invalid registry date \"" + text + "\": " + e.getMessage(), e);
      }
    }
    throw new IllegalArgumentException(
        "invalid registry date \"" + text + "\" (expected YYYY-MM-DD or YYYY-MM)");
  }

  /** The year. */
  public int year() {
    return year;
  }

  /** The month, 1-12. */
  public int month() {
    return month;
  }

  /** The day of the month, when the registry gives one. */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** The date as a {@link LocalDate}, when the registry gives the day. */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /** The date in English prose at its precision: "May 18, 2017" or "February 2004". */
  public String toDisplayString() {
    String monthName = MONTHS[month - 1];
    return day == 0 ? monthName + " " + year : monthName + " " + day + ", " + year;
  }

  @Override
  public int compareTo(RegistryDate other) {
    return Integer.compare(sortKey(), other.sortKey());
  }

  private int sortKey() {
    return (year * 13 + month) * 32 + day;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegistryDate d && d.year == year && d.month == month && d.day == day;
  }

  @Override
  public int hashCode() {
    return sortKey();
  }

  /** ISO 8601 at the registry's precision: "2017-05-18" or "2004-02". */
  @Override
  public String toString() {
    StringBuilder iso = new StringBuilder(10);
    pad(iso, year, 4).append('-');
    pad(iso, month, 2);
    if (day != 0) {
      pad(iso.append('-'), day, 2);
    }
    return iso.toString();
  }
}
