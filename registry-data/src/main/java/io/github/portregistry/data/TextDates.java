package io.github.portregistry.data;

import java.time.Month;
import java.util.Locale;

/**
 * The dates the text forms state about themselves: {@code 2009-10-07} and {@code 18 August 2005}
 * (the legacy file's "(last updated ...)" line has used both) and {@code October 1994} (the RFC's
 * month, a date of month precision).
 */
final class TextDates {
  private TextDates() {}

  /**
   * Reads {@code value}, found at {@code line}:{@code column} of {@code file}.
   *
   * @throws RegistryCsvException when it is none of the three shapes, not a real date, or outside
   *     the years the table holds
   */
  static CsvDate parse(String file, int line, int column, String value) {
    String[] words = value.strip().split("[ \t]+", -1);
    try {
      CsvDate date;
      if (words.length == 1 && value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
        String iso = value.strip();
        date =
            new CsvDate(
                Integer.parseInt(iso.substring(0, 4)),
                Integer.parseInt(iso.substring(5, 7)),
                Integer.parseInt(iso.substring(8, 10)));
        if (date.day() == 0) {
          throw new IllegalArgumentException("day 00");
        }
      } else if (words.length == 3 && words[0].matches("\\d{1,2}") && isYear(words[2])) {
        int day = Integer.parseInt(words[0]);
        if (day == 0) {
          throw new IllegalArgumentException("day 0");
        }
        date = new CsvDate(Integer.parseInt(words[2]), month(words[1]).getValue(), day);
      } else if (words.length == 2 && isYear(words[1])) {
        date = new CsvDate(Integer.parseInt(words[1]), month(words[0]).getValue(), 0);
      } else {
        throw new IllegalArgumentException(
            "expected YYYY-MM-DD, \"18 August 2005\" or \"October 1994\"");
      }
      if (!Limits.inTableYears(date.year())) {
        throw new IllegalArgumentException(
            "outside " + Limits.MIN_YEAR + "-" + Limits.MAX_YEAR + ", the years the table holds");
      }
      return date;
    } catch (IllegalArgumentException e) {
      throw new RegistryCsvException(
          file, line, column, "bad date " + Text.quote(value) + " (" + e.getMessage() + ")");
    }
  }

  private static boolean isYear(String word) {
    return word.matches("\\d{4}");
  }

  private static Month month(String word) {
    for (Month m : Month.values()) {
      if (m.name().equalsIgnoreCase(word)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no month " + Text.quote(word));
  }

  /** True when {@code word} is an English month name, in any case. */
  static boolean isMonthName(String word) {
    for (Month m : Month.values()) {
      if (m.name().equals(word.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
