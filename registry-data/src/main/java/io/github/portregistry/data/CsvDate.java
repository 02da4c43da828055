package io.github.portregistry.data;

/**
 * A date as the registry writes it: year and month always, day when the registry gives one ({@code
 * day == 0} for month precision such as {@code 2004-02}).
 *
 * @param year four-digit year
 * @param month 1-12
 * @param day 1-31, or 0 when the registry gives only year and month
 */
public record CsvDate(int year, int month, int day) implements Comparable<CsvDate> {

  /** Validates the fields: a real calendar date (leap years included) or a real month. */
  public CsvDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is not 1-12");
    }
    if (day < 0 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      throw new IllegalArgumentException("day " + day + " does not exist in " + year + "-" + month);
    }
  }

  /** True when the registry gave a day, not just a month. */
  public boolean hasDay() {
    return day != 0;
  }

  /** Orders by year, month, then day; a month-precision date sorts before the days of its month. */
  @Override
  public int compareTo(CsvDate o) {
    return Integer.compare(sortKey(), o.sortKey());
  }

  private int sortKey() {
    return (year * 13 + month) * 32 + day;
  }

  /** ISO form at the registry's precision: {@code 2017-05-18} or {@code 2004-02}. */
  @Override
  public String toString() {
    return hasDay()
        ? String.format("%04d-%02d-%02d", year, month, day)
        : String.format("%04d-%02d", year, month);
  }
}
