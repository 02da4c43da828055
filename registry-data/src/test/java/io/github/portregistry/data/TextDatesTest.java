package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates the text forms state about themselves, and the dates' own order and form. */
class TextDatesTest {
  /** Each shape as a real file writes it: 2009, 2005 and RFC 1700 (1994). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2009-10-07          | 2009-10-07",
        "' 18 August 2005 '  | 2005-08-18",
        "'1 january\t1970'   | 1970-01-01",
        "31 December 2097    | 2097-12-31",
        "October 1994        | 1994-10",
        "MAY 2004            | 2004-05",
      })
  void readsTheThreeShapes(String value, String iso) {
    assertThat(TextDates.parse("f", 1, 1, value).toString()).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2009-10-00           | bad date \"2009-10-00\" (day 00)",
        "0 August 2005        | bad date \"0 August 2005\" (day 0)",
        "18 Agust 2005        | bad date \"18 Agust 2005\" (no month \"Agust\")",
        "18 August 05         | bad date \"18 August 05\" (expected YYYY-MM-DD, \"18 August 2005\""
            + " or \"October 1994\")",
        "123 August 2005      | bad date \"123 August 2005\" (expected YYYY-MM-DD, \"18 August"
            + " 2005\" or \"October 1994\")",
        "October 1969         | bad date \"October 1969\" (outside 1970-2097, the years the table"
            + " holds)",
        "2098-01-01           | bad date \"2098-01-01\" (outside 1970-2097, the years the table"
            + " holds)",
        "2009-10-07 x         | bad date \"2009-10-07 x\" (expected YYYY-MM-DD, \"18 August 2005\""
            + " or \"October 1994\")",
        "30 February 2005     | bad date \"30 February 2005\" (day 30 does not exist in 2005-2)",
      })
  void failsNamingTheValueAndWhy(String value, String reason) {
    assertThatThrownBy(() -> TextDates.parse("p", 4, 16, value))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage("p:4:16: " + reason);
  }

  @Test
  void monthNamesAreEnglishInAnyCase() {
    assertThat(TextDates.isMonthName("October")).isTrue();
    assertThat(TextDates.isMonthName("JUNE")).isTrue();
    assertThat(TextDates.isMonthName("Okt")).isFalse();
  }

  @Test
  void aMonthSortsBeforeItsDaysAndAfterThePreviousMonth() {
    CsvDate june = new CsvDate(2004, 6, 0);
    assertThat(june).isLessThan(new CsvDate(2004, 6, 1));
    assertThat(june).isGreaterThan(new CsvDate(2004, 5, 31));
    assertThat(new CsvDate(2003, 12, 31)).isLessThan(new CsvDate(2004, 1, 0));
    assertThat(june.compareTo(new CsvDate(2004, 6, 0))).isZero();
    assertThat(june.hasDay()).isFalse();
    assertThat(new CsvDate(2004, 2, 29).hasDay()).isTrue();
    assertThat(new CsvDate(2004, 2, 9)).hasToString("2004-02-09");
    assertThatThrownBy(() -> new CsvDate(2004, 0, 1)).hasMessage("month 0 is not 1-12");
    assertThatThrownBy(() -> new CsvDate(2004, 13, 1)).hasMessage("month 13 is not 1-12");
    assertThatThrownBy(() -> new CsvDate(2004, 1, -1))
        .hasMessage("day -1 does not exist in 2004-1");
    assertThatThrownBy(() -> new CsvDate(2005, 2, 29))
        .hasMessage("day 29 does not exist in 2005-2");
  }

  /** LF, CRLF and a last line without a break all end lines; a BOM is not text. */
  @Test
  void textLinesEndAtLfOrCrlf() {
    assertThat(TextLines.split("f", "\uFEFFa\r\nb\n\nc".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("a", "b", "", "c");
    assertThat(TextLines.split("f", "a\n".getBytes(StandardCharsets.UTF_8))).containsExactly("a");
    assertThat(TextLines.split("f", "\r\n".getBytes(StandardCharsets.UTF_8))).containsExactly("");
    assertThatThrownBy(() -> TextLines.split("f", "ab\ncd\ref\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("f:2:3: carriage return inside a line (lines end with LF or CRLF)");
  }

  /**
   * A file that is valid UTF-8 is read as UTF-8; one that is not is Windows-1252, as 2005-08-18
   * writes "Sch&auml;fer"; one that is neither fails at its first byte that is not UTF-8, counted
   * in characters (a four-byte character is one column).
   */
  @Test
  void textLinesAreUtf8ElseWindows1252() {
    assertThat(TextLines.split("f", "Sch\u00e4fer \u2013".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("Sch\u00e4fer \u2013");
    byte[] cp1252 = {'S', 'c', 'h', (byte) 0xE4, 'f', 'e', 'r', ' ', (byte) 0x96};
    assertThat(TextLines.split("f", cp1252)).containsExactly("Sch\u00e4fer \u2013");
    // 0x81 is undefined in Windows-1252, so this is neither.
    byte[] neither = {
      'a', '\r', '\n', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, 'b', (byte) 0x81
    };
    assertThatThrownBy(() -> TextLines.split("f", neither))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage("f:2:3: invalid UTF-8 byte 0x81");
  }
}
