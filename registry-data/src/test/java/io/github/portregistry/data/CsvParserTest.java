package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class CsvParserTest {

  private static final String FILE = "test.csv";

  private static List<CsvRecord> parse(String text) {
    return CsvParser.parse(FILE, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The field values of each record, for comparing structure at a glance. */
  private static List<List<String>> values(List<CsvRecord> records) {
    List<List<String>> out = new ArrayList<>();
    for (CsvRecord r : records) {
      out.add(r.fields().stream().map(CsvField::value).toList());
    }
    return out;
  }

  private static RegistryCsvException failure(byte[] content) {
    return catchThrowableOfType(RegistryCsvException.class, () -> CsvParser.parse(FILE, content));
  }

  private static RegistryCsvException failure(String text) {
    return failure(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertError(RegistryCsvException e, int line, int column, String reason) {
    assertThat(e).as("expected a RegistryCsvException").isNotNull();
    assertThat(e.file()).isEqualTo(FILE);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage()).isEqualTo(FILE + ":" + line + ":" + column + ": " + reason);
  }

  @Nested
  class Records {

    @Test
    void crlfRecords() {
      List<CsvRecord> records = parse("a,b\r\nc,d\r\n");
      assertThat(values(records)).containsExactly(List.of("a", "b"), List.of("c", "d"));
      assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2);
    }

    @Test
    void lfRecords() {
      List<CsvRecord> records = parse("a,b\nc,d\n");
      assertThat(values(records)).containsExactly(List.of("a", "b"), List.of("c", "d"));
      assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2);
    }

    @Test
    void mixedLineBreaks() {
      List<CsvRecord> records = parse("a\r\nb\nc\r\nd");
      assertThat(values(records))
          .containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
      assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3, 4);
    }

    @Test
    void noTrailingLineBreakGivesTheSameRecords() {
      assertThat(values(parse("a,b\r\nc,d"))).isEqualTo(values(parse("a,b\r\nc,d\r\n")));
      assertThat(values(parse("x"))).containsExactly(List.of("x"));
    }

    @Test
    void finalLineBreakDoesNotStartARecord() {
      assertThat(values(parse("a\r\n"))).containsExactly(List.of("a"));
      assertThat(values(parse("a\n"))).containsExactly(List.of("a"));
    }

    @Test
    void emptyInputHasNoRecords() {
      assertThat(CsvParser.parse(FILE, new byte[0])).isEmpty();
    }

    @Test
    void emptyLineInTheMiddleIsARecordWithOneEmptyField() {
      List<CsvRecord> records = parse("a,b\r\n\r\nc,d\r\n");
      assertThat(values(records))
          .containsExactly(List.of("a", "b"), List.of(""), List.of("c", "d"));
      assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3);
    }

    @Test
    void fieldPositions() {
      List<CsvRecord> records = parse("ab,,cde\r\nf,g");
      assertThat(records.get(0).fields())
          .containsExactly(
              new CsvField("ab", 1, 1), new CsvField("", 1, 4), new CsvField("cde", 1, 5));
      assertThat(records.get(1).fields())
          .containsExactly(new CsvField("f", 2, 1), new CsvField("g", 2, 3));
    }

    @Test
    void columnsCountCodePointsNotCharsOrBytes() {
      // U+1F600 is two chars and four bytes but one column; é is one char and two bytes.
      List<CsvRecord> records = parse("\uD83D\uDE00é,x");
      assertThat(records.get(0).fields().get(1)).isEqualTo(new CsvField("x", 1, 4));
      assertThat(records.get(0).fields().get(0).value()).isEqualTo("\uD83D\uDE00é");
    }

    @Test
    void fieldsAreUnmodifiable() {
      List<CsvField> fields = parse("a,b").get(0).fields();
      assertThatThrownBy(() -> fields.add(new CsvField("c", 1, 5)))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class EmptyFields {

    @Test
    void emptyUnquotedFields() {
      assertThat(values(parse(",,\r\n,"))).containsExactly(List.of("", "", ""), List.of("", ""));
    }

    @Test
    void emptyQuotedFields() {
      List<CsvRecord> records = parse("\"\",\"\",x\r\n\"\"");
      assertThat(values(records)).containsExactly(List.of("", "", "x"), List.of(""));
      assertThat(records.get(0).fields().get(2)).isEqualTo(new CsvField("x", 1, 7));
    }
  }

  @Nested
  class Quoted {

    @Test
    void quotedFieldWithComma() {
      assertThat(values(parse("\"a,b\",c"))).containsExactly(List.of("a,b", "c"));
    }

    @Test
    void doubledQuotesBecomeOneQuote() {
      assertThat(values(parse("\"say \"\"hi\"\"\",\"\"\"\"\r\n")))
          .containsExactly(List.of("say \"hi\"", "\""));
    }

    @Test
    void lfInsideQuotesIsKeptAndCounted() {
      List<CsvRecord> records = parse("\"one\ntwo\",x\r\ny,z\r\n");
      assertThat(records.get(0).fields())
          .containsExactly(new CsvField("one\ntwo", 1, 1), new CsvField("x", 2, 6));
      assertThat(records.get(1).line()).isEqualTo(3);
      assertThat(records.get(1).fields().get(1)).isEqualTo(new CsvField("z", 3, 3));
    }

    @Test
    void crlfInsideQuotesIsKeptAndCountedOnce() {
      List<CsvRecord> records = parse("a,\"one\r\ntwo\r\n\",b\nc");
      assertThat(records.get(0).fields())
          .containsExactly(
              new CsvField("a", 1, 1),
              new CsvField("one\r\ntwo\r\n", 1, 3),
              new CsvField("b", 3, 3));
      assertThat(records.get(1).fields()).containsExactly(new CsvField("c", 4, 1));
    }

    @Test
    void loneCrInsideQuotesIsKeptAndCounted() {
      List<CsvRecord> records = parse("\"one\rtwo\",x");
      assertThat(records.get(0).fields())
          .containsExactly(new CsvField("one\rtwo", 1, 1), new CsvField("x", 2, 6));
    }
  }

  @Nested
  class ByteOrderMark {

    @Test
    void leadingBomIsSkippedAndColumnsStartAfterIt() {
      List<CsvRecord> records = parse("\uFEFFa,b\r\nc");
      assertThat(values(records)).containsExactly(List.of("a", "b"), List.of("c"));
      assertThat(records.get(0).fields())
          .containsExactly(new CsvField("a", 1, 1), new CsvField("b", 1, 3));
    }

    @Test
    void bomAloneIsEmptyInput() {
      assertThat(CsvParser.parse(FILE, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
          .isEmpty();
    }

    @Test
    void bomLaterIsOrdinaryText() {
      assertThat(values(parse("a,\uFEFFb"))).containsExactly(List.of("a", "\uFEFFb"));
    }
  }

  @Nested
  class Errors {

    @Test
    void unterminatedQuotePointsAtTheOpeningQuote() {
      assertError(failure("a,b\r\nc,\"open\r\nmore\r\nstill"), 2, 3, "unterminated quoted field");
    }

    @Test
    void quoteWithOnlyEscapedQuotesIsUnterminated() {
      assertError(failure("x,\"\"\""), 1, 3, "unterminated quoted field");
    }

    @Test
    void quoteInsideUnquotedField() {
      assertError(
          failure("x\r\nyy,abc\"def\",z"), 2, 7, "quote inside unquoted field \"abc\\\"...\"");
    }

    @Test
    void quoteInsideUnquotedFieldAfterAQuotedLineBreak() {
      assertError(failure("\"1\n2\",ab\"c"), 2, 6, "quote inside unquoted field \"ab\\\"...\"");
    }

    @Test
    void junkAfterClosingQuote() {
      assertError(
          failure("a\r\n\"ok\nstill\"x,b"), 3, 7, "unexpected character \"x\" after closing quote");
    }

    @Test
    void spaceAfterClosingQuoteIsJunkToo() {
      assertError(failure("\"a\" ,b"), 1, 4, "unexpected character \" \" after closing quote");
    }

    @Test
    void controlCharacterAfterClosingQuoteIsShownEscaped() {
      assertError(failure("\"a\"\t"), 1, 4, "unexpected character \"\\u0009\" after closing quote");
    }

    @Test
    void bareCrAfterUnquotedField() {
      assertError(failure("a,b\r\nc,d\re"), 2, 4, "bare carriage return outside a quoted field");
    }

    @Test
    void bareCrAfterQuotedField() {
      assertError(failure("\"a\"\r"), 1, 4, "bare carriage return outside a quoted field");
    }

    @Test
    void bareCrAsAnEmptyLine() {
      assertError(failure("a\n\rb"), 2, 1, "bare carriage return outside a quoted field");
    }

    @Test
    void invalidUtf8PointsAtTheBadByte() {
      // "ab\r\ncé" then 0xC3 followed by '(' (not a continuation byte).
      byte[] content = {'a', 'b', '\r', '\n', 'c', (byte) 0xC3, (byte) 0xA9, (byte) 0xC3, '('};
      assertError(failure(content), 2, 3, "invalid UTF-8 byte 0xC3");
    }

    @Test
    void invalidUtf8InsideAQuotedFieldCountsItsLineBreaks() {
      byte[] content = {'"', 'a', '\n', 'b', (byte) 0x80, '"'};
      assertError(failure(content), 2, 2, "invalid UTF-8 byte 0x80");
    }

    @Test
    void truncatedUtf8AtTheEnd() {
      byte[] content = {'a', ',', (byte) 0xE2, (byte) 0x82};
      assertError(failure(content), 1, 3, "invalid UTF-8 byte 0xE2");
    }

    @Test
    void overlongAndSurrogateEncodingsAreInvalid() {
      assertError(failure(new byte[] {(byte) 0xC0, (byte) 0xAF}), 1, 1, "invalid UTF-8 byte 0xC0");
      assertError(
          failure(new byte[] {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80}),
          1,
          2,
          "invalid UTF-8 byte 0xED");
    }

    @Test
    void invalidUtf8AfterBomAndAstralCharacter() {
      byte[] prefix = "\uFEFF\uD83D\uDE00,".getBytes(StandardCharsets.UTF_8);
      byte[] content = java.util.Arrays.copyOf(prefix, prefix.length + 1);
      content[prefix.length] = (byte) 0xFF;
      assertError(failure(content), 1, 3, "invalid UTF-8 byte 0xFF");
    }
  }

  @Nested
  class Robustness {

    /** Encodes fields the way RFC 4180 writers do: quote only when needed. */
    private String write(List<List<String>> records, String lineBreak) {
      StringBuilder sb = new StringBuilder();
      for (List<String> record : records) {
        for (int f = 0; f < record.size(); f++) {
          String v = record.get(f);
          if (f > 0) {
            sb.append(',');
          }
          if (v.isEmpty() || v.matches("(?s).*[\",\r\n].*")) {
            sb.append('"').append(v.replace("\"", "\"\"")).append('"');
          } else {
            sb.append(v);
          }
        }
        sb.append(lineBreak);
      }
      return sb.toString();
    }

    @Test
    void roundTripsRandomRecords() {
      Random random = new Random(4180);
      String alphabet = "ab,\"\r\n é\uD83D\uDE00";
      for (int round = 0; round < 2_000; round++) {
        List<List<String>> records = new ArrayList<>();
        int recordCount = 1 + random.nextInt(5);
        for (int r = 0; r < recordCount; r++) {
          List<String> record = new ArrayList<>();
          int fieldCount = 1 + random.nextInt(4);
          for (int f = 0; f < fieldCount; f++) {
            StringBuilder v = new StringBuilder();
            int length = random.nextInt(6);
            for (int k = 0; k < length; k++) {
              // The last index is the low surrogate, appended together with its high surrogate.
              int at = random.nextInt(alphabet.length() - 1);
              v.append(
                  alphabet, at, Character.isHighSurrogate(alphabet.charAt(at)) ? at + 2 : at + 1);
            }
            record.add(v.toString());
          }
          records.add(record);
        }
        String lineBreak = random.nextBoolean() ? "\r\n" : "\n";
        assertThat(values(parse(write(records, lineBreak))))
            .as("round %d", round)
            .isEqualTo(records);
      }
    }

    @Test
    void randomBytesEitherParseOrFailWithRegistryCsvException() {
      Random random = new Random(20260213);
      byte[] alphabet = {'a', ',', '"', '\r', '\n', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF};
      int failures = 0;
      for (int round = 0; round < 20_000; round++) {
        byte[] content = new byte[random.nextInt(12)];
        for (int k = 0; k < content.length; k++) {
          content[k] = alphabet[random.nextInt(alphabet.length)];
        }
        try {
          for (CsvRecord record : CsvParser.parse(FILE, content)) {
            assertThat(record.fields()).isNotEmpty();
          }
        } catch (RegistryCsvException e) {
          failures++;
          assertThat(e.line()).isPositive();
          assertThat(e.column()).isPositive();
        }
      }
      // Both outcomes must occur, or the inputs were not testing anything.
      assertThat(failures).isBetween(1, 19_999);
    }

    @Test
    void pathologicalInputsStayLinear() {
      int size = 500_000;
      String commas = ",".repeat(size);
      String openQuote = "\"" + "\"\"".repeat(size / 2);
      String lines = "\n".repeat(size);
      assertTimeout(
          Duration.ofSeconds(10),
          () -> {
            assertThat(parse(commas).get(0).fields()).hasSize(size + 1);
            assertError(failure(openQuote), 1, 1, "unterminated quoted field");
            assertThat(parse(lines)).hasSize(size);
          });
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS) // parse the 14,500 records once, not per test
  class RealRegistry {

    private static final Path CSV = Path.of("src/main/registry/history/2026-02-13.csv");

    private List<CsvRecord> records;

    @BeforeAll
    void parseRegistry() throws IOException {
      records = CsvParser.parse(CSV.getFileName().toString(), Files.readAllBytes(CSV));
    }

    @Test
    void parsesAllRecordsWithTwelveFields() {
      assertThat(records).hasSize(14_500);
      assertThat(records).allSatisfy(r -> assertThat(r.fields()).hasSize(12));
      assertThat(records.get(0).fields().get(0).value()).isEqualTo("Service Name");
      assertThat(records.get(0).fields().get(11).value()).isEqualTo("Assignment Notes");
      // grep -n puts the last record, zigbee-gateway/udp, on line 15,368.
      assertThat(records.get(records.size() - 1).line()).isEqualTo(15_368);
      assertThat(records.get(records.size() - 1).fields().get(0).value())
          .isEqualTo("zigbee-gateway");
      assertThat(records.get(records.size() - 1).fields().get(2).value()).isEqualTo("udp");
    }

    @Test
    void multiLineAssignmentNotesKeepTheirLineBreaksAndLaterLinesAdvance() {
      // whois++/tcp starts on line 136; its notes span lines 136-138 with bare LF inside.
      CsvRecord whois = records.stream().filter(r -> r.line() == 136).findFirst().orElseThrow();
      assertThat(whois.fields().get(0).value()).isEqualTo("whois++");
      assertThat(whois.fields().get(2).value()).isEqualTo("tcp");
      assertThat(whois.fields().get(11))
          .isEqualTo(
              new CsvField(
                  "This entry is an alias to \"whoispp\".\n"
                      + "This entry is now historic, not usable for use with many\n"
                      + "common service discovery mechanisms.",
                  136,
                  67));
      // The next record (whoispp/udp) starts on line 139, its Description spans two lines, so
      // its Assignee is on line 140.
      CsvRecord next = records.get(records.indexOf(whois) + 1);
      assertThat(next.line()).isEqualTo(139);
      assertThat(next.fields().get(0).value()).isEqualTo("whoispp");
      assertThat(next.fields().get(4)).isEqualTo(new CsvField("[Rickard_Schoultz]", 140, 80));
    }

    @Test
    void columnsCountCodePointsInTheRealFile() {
      // Line 9582: "attune,5242,tcp,ATTUne API,[Bellvedi_Ltd],[Sean_D_Sollé_2],2022-06-01,..."
      // The date is at column 60; counting bytes would give 61 because of the "é".
      CsvRecord attune = records.stream().filter(r -> r.line() == 9582).findFirst().orElseThrow();
      assertThat(attune.fields().get(5).value()).isEqualTo("[Sean_D_Sollé_2]");
      assertThat(attune.fields().get(6)).isEqualTo(new CsvField("2022-06-01", 9582, 60));
    }
  }
}
