package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortNumbersRegistryReaderTest {
  private static final Path HISTORY = Path.of("src/main/registry/history");

  /** A small file in the legacy layout: preamble, two tables, prose between, references after. */
  private static final String FILE =
      String.join(
          "\n",
          "PORT NUMBERS",
          "",
          "(last updated 2009-10-07)",
          "",
          "### UNASSIGNED PORT NUMBERS SHOULD NOT BE USED ###",
          "echo  7/tcp  not a record: the preamble is skipped",
          "",
          "WELL KNOWN PORT NUMBERS",
          "",
          "Keyword         Decimal    Description                     References",
          "-------         -------    -----------                     ----------",
          "                  0/tcp    Reserved",
          "                  0/udp    Reserved",
          "#                          Jon Postel <postel&isi.edu>",
          "#                 4/tcp    Unassigned",
          "discard           9/sctp   Discard",
          "#                          IETF TSVWG",
          "#                          Randall Stewart <rrs&cisco.com>",
          "#                          [RFC4960]",
          "exp1            1021/udp RFC3692-style Experiment 1 (*)    [RFC4727]",
          "ftp-data         20/tcp    File Transfer [Default Data]",
          "#               249-255    Reserved",
          "###########Port 126 Previously assigned to application below#######",
          "#unitary         126/tcp    Unisys Unitary Login",
          "                           Robert E. Johnson, III <johnson.robert@cimcor.com>",
          "",
          "(*) It is only appropriate to use these values in explicitly-",
          "    configured experiments.  99/tcp here is prose.",
          "",
          "REGISTERED PORT NUMBERS",
          "",
          "Keyword         Decimal    Description                     References",
          "-------         -------    -----------                     ----------",
          "boe-cms         6400       Business Objects CMS contact port",
          "intuitive edge  1355/tcp   Intuitive Edge",
          "#               8474-8449   Unassigned",
          "",
          "References",
          "----------",
          "",
          "[RFC768]   Postel, J., \"User Datagram Protocol\", 17/tcp, August 1980.",
          "");

  private static SourceSnapshot read(String text) {
    return new PortNumbersRegistryReader().read("port-numbers", bytes(text));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static SourceRecord at(SourceSnapshot s, int line) {
    return s.records().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
  }

  @Test
  void readsOnlyTheTablesAndDatesTheSnapshotFromTheLastUpdatedLine() {
    SourceSnapshot s = read(FILE);
    assertThat(s.form()).isEqualTo(RegistryForm.PORT_NUMBERS);
    assertThat(s.writtenDate()).contains(new CsvDate(2009, 10, 7));
    assertThat(s.people()).isEmpty();
    assertThat(s.records())
        .extracting(SourceRecord::line)
        .containsExactly(12, 13, 15, 16, 20, 21, 22, 34, 35);
    assertThat(s.records())
        .extracting(SourceRecord::serviceName)
        .containsExactly(
            "", "", "", "discard", "exp1", "ftp-data", "", "boe-cms", "intuitive edge");
  }

  @Test
  void aCommentBelongsToEveryRecordOfTheRunAboveIt() {
    SourceSnapshot s = read(FILE);
    for (int line : List.of(12, 13)) {
      SourceRecord reserved = at(s, line);
      assertThat(reserved.description()).isEqualTo("Reserved");
      assertThat(reserved.contact()).isEqualTo("Jon Postel <postel&isi.edu>");
      assertThat(reserved.assignee()).isEqualTo(reserved.contact());
    }
    SourceRecord discard = at(s, 16);
    assertThat(discard.protocol()).isEqualTo("sctp");
    assertThat(discard.contact()).isEqualTo("Randall Stewart <rrs&cisco.com>");
    assertThat(discard.references()).containsExactly(new Reference(Reference.Kind.RFC, "RFC4960"));
    assertThat(discard.assignmentNotes()).isEqualTo("IETF TSVWG");
    // The range line after Jon Postel's comment starts a group of its own: no contact.
    assertThat(at(s, 15).contact()).isEmpty();
  }

  @Test
  void rangeLinesAreUnnamedRecordsAndAPortWithoutProtocolMeansAllFour() {
    SourceSnapshot s = read(FILE);
    SourceRecord four = at(s, 15);
    assertThat(four.firstPort()).isEqualTo(4);
    assertThat(four.protocol()).isEqualTo("tcp");
    assertThat(four.description()).isEqualTo("Unassigned");
    SourceRecord range = at(s, 22);
    assertThat(List.of(range.firstPort(), range.lastPort())).containsExactly(249, 255);
    assertThat(range.protocol()).isEmpty();
    assertThat(range.description()).isEqualTo("Reserved");
    SourceRecord boe = at(s, 34);
    assertThat(List.of(boe.firstPort(), boe.lastPort(), boe.protocol()))
        .containsExactly(6400, 6400, "");
  }

  @Test
  void trailingRfcTagsAreReferencesOtherBracketsStayInTheDescription() {
    SourceSnapshot s = read(FILE);
    assertThat(at(s, 20).description()).isEqualTo("RFC3692-style Experiment 1 (*)");
    assertThat(at(s, 20).references()).extracting(Reference::text).containsExactly("RFC4727");
    assertThat(at(s, 21).description()).isEqualTo("File Transfer [Default Data]");
    assertThat(at(s, 21).references()).isEmpty();
  }

  @Test
  void nothingInATableIsDropped() {
    SourceSnapshot s = read(FILE);
    // Banners, commented-out records and a contact that lost its "#" are notes of the run above.
    assertThat(at(s, 22).assignmentNotes())
        .isEqualTo(
            "##########Port 126 Previously assigned to application below#######\n"
                + "unitary         126/tcp    Unisys Unitary Login");
    assertThat(at(s, 22).contact()).isEqualTo("Robert E. Johnson, III <johnson.robert@cimcor.com>");
    // A reversed Unassigned range cannot be placed; its text stays with the record above.
    assertThat(at(s, 35).assignmentNotes()).isEqualTo("8474-8449   Unassigned");
  }

  @Test
  void readsTheDayMonthYearDateAndCrlfLinesOf2005() {
    SourceSnapshot s =
        read(
            "(last updated 18 August 2005) \r\n"
                + "Keyword  Decimal\r\n"
                + "-------  -------\r\n"
                + "tcpmux   1/tcp    TCP Port Service Multiplexer\r\n");
    assertThat(s.writtenDate()).contains(new CsvDate(2005, 8, 18));
    assertThat(s.records())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.serviceName()).isEqualTo("tcpmux");
              assertThat(r.description()).isEqualTo("TCP Port Service Multiplexer");
            });
  }

  @Test
  void readsWindows1252WhereTheFileIsNotUtf8() {
    byte[] content =
        "Keyword\n-------\naccuracer  12007/tcp  Accuracer Database System \u2013 Server\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(new PortNumbersRegistryReader().read("f", content).records().get(0).description())
        .isEqualTo("Accuracer Database System \u2013 Server");
  }

  @Test
  void correctsOnlyTheKnownProtocolSlipsAndSaysSo() {
    SourceSnapshot s = read("Keyword\n-------\nbeacon-port-2   4426/upd   SMARTS Beacon Port\n");
    assertThat(s.records().get(0).protocol()).isEqualTo("udp");
    assertThat(s.records().get(0).assignmentNotes())
        .isEqualTo("protocol written \"upd\" in the file, read as udp");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tcpmux   1/tcpx   Mux | 3 | 12 | unknown transport protocol \"tcpx\"",
        "tcpmux   70000/tcp Mux | 3 | 10 | port \"70000/tcp\" is outside 0-65535",
        "tcpmux   9-7/tcp  Mux | 3 | 10 | port range \"9-7/tcp\" is reversed",
        "#        9-7      Reserved | 3 | 10 | port range \"9-7\" is reversed",
        "tcpmux   1x/tcp   Mux | 3 | 10 | port \"1x/tcp\" is not a port or range",
        "# Jon Postel <postel&isi.edu> | 3 | 1 | comment \"Jon Postel <postel&isi.edu>\" before",
        "caf\u00E9   1/tcp    Mux | 3 | 1 | service name \"caf\u00E9\" has character U+00E9",
      })
  void malformedTableLinesFailWithLineColumnAndValue(
      String line, int number, int column, String reason) {
    assertThatThrownBy(() -> read("Keyword\n-------\n" + line + "\n"))
        .isInstanceOfSatisfying(
            RegistryCsvException.class,
            e -> {
              assertThat(e.file()).isEqualTo("port-numbers");
              assertThat(e.line()).isEqualTo(number);
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.reason()).startsWith(reason);
            });
  }

  @Test
  void aFileWithoutTablesOrWithABadDateOrBadBytesFails() {
    assertThatThrownBy(() -> read("(last updated 2009-10-07)\nno tables here\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("no port table");
    assertThatThrownBy(() -> read("x\n(last updated 2009-02-30)\nKeyword\n-------\na 1/tcp\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageStartingWith("port-numbers:2:15: bad date \"2009-02-30\"");
    assertThatThrownBy(() -> read("(last updated 2009-10-07\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("closing parenthesis");
    byte[] neither = {'K', '\n', '-', '-', '\n', 'a', ' ', '1', (byte) 0x81, '\n'};
    assertThatThrownBy(() -> new PortNumbersRegistryReader().read("f", neither))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage("f:3:4: invalid UTF-8 byte 0x81");
    assertThatThrownBy(() -> read("Keyword\n-------\na 1/tcp\rb\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageStartingWith("port-numbers:3:8: carriage return inside a line");
  }

  @Test
  void aCommentCopiedIntoTooManyRecordsOrATooLongFieldFails() {
    String run = "Keyword\n-------\n" + "a 1/tcp\n".repeat(20_000);
    assertThatThrownBy(() -> read(run + "# " + "x".repeat(60_000) + "\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("more than eight times the file's size");
    // The same comment below a run of three is fine: it is copied three times.
    assertThat(read("Keyword\n-------\n" + "a 1/tcp\n".repeat(3) + "# " + "x".repeat(60_000)))
        .satisfies(s -> assertThat(s.records()).hasSize(3));
    assertThatThrownBy(() -> read("Keyword\n-------\na 1/tcp\n# " + "x".repeat(70_000) + "\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage(
            "port-numbers:3:1: a field of 70000 UTF-8 bytes for this record, more than the 65535"
                + " the table format holds");
  }

  /**
   * Hostile bytes: random edits of a real table (characters the grammar cares about, inserted,
   * deleted or replaced) either read or fail with a {@link RegistryCsvException}, in both readers;
   * never another exception, never a hang.
   */
  @Test
  void randomEditsOfARealTableReadOrFailCleanly() throws IOException {
    List<String> real = Files.readAllLines(HISTORY.resolve("2009-10-07.txt"));
    String seed = String.join("\n", real.subList(0, 250)) + "\n";
    String alphabet = "# /-0123456789tcpudsRFC[],<>\t\n\r\f\u00E9";
    java.util.Random random = new java.util.Random(9);
    int failures = 0;
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder(seed);
      for (int edit = 0; edit < 1 + random.nextInt(8); edit++) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> text.insert(at, c);
          case 1 -> text.deleteCharAt(at);
          default -> text.setCharAt(at, c);
        }
      }
      byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
      for (RegistryReader reader :
          List.of(new PortNumbersRegistryReader(), new RfcRegistryReader())) {
        try {
          assertThat(reader.read("fuzz", content).records()).isNotEmpty();
        } catch (RegistryCsvException e) {
          failures++;
          assertThat(e.line()).isPositive();
          assertThat(e.column()).isPositive();
        }
      }
    }
    // Some edits must have been caught, or the edits never touched what matters.
    assertThat(failures).isPositive();
  }

  /**
   * Every vendored legacy file, with record counts found independently of the reader: in each table
   * (from the "-------" line below "Keyword" to the first blank line), the lines that are a port
   * line or a "#" range line, less the five reversed Unassigned ranges:
   *
   * <pre>
   * tr -d '\r' &lt; F | awk '/^Keyword/ {k=NR} /^-------/ &amp;&amp; k==NR-1 {t=1; next}
   *   t &amp;&amp; /^[ \t]*$/ {t=0} t' | awk '/^#[ \t]+[0-9]+(-[0-9]+)?(\/[a-z]+)?([ \t]|$)/ {
   *   split($2,p,"-"); if (p[2]!="" &amp;&amp; p[1]+0&gt;p[2]+0) next; c++; next}
   *   !/^#/ &amp;&amp; /[ \t][0-9]+(-[0-9]+)?(\/[a-z]+)?([ \t]|$)/ {c++} END {print c}'
   * </pre>
   */
  @ParameterizedTest
  @CsvSource({
    "2004-01-08.txt, 8856",
    "2005-08-18.txt, 9567",
    "2006-11-13.txt, 10444",
    "2007-12-18.txt, 10867",
    "2009-10-07.txt, 11514",
  })
  void readsEveryVendoredLegacyFile(String file, int records) throws IOException {
    byte[] content = Files.readAllBytes(HISTORY.resolve(file));
    SourceSnapshot s = new PortNumbersRegistryReader().read(file, content);
    assertThat(s.records()).hasSize(records);
    assertThat(s.writtenDate().map(CsvDate::toString)).contains(file.substring(0, 10));
    // Port 47 and the reserved range that covers 252, as every one of them writes them.
    assertThat(s.records())
        .filteredOn(r -> r.firstPort() == 47 && r.protocol().equals("tcp"))
        .extracting(SourceRecord::serviceName, SourceRecord::description)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ni-ftp", "NI FTP"));
    assertThat(s.records())
        .filteredOn(r -> r.firstPort() <= 252 && r.lastPort() >= 252)
        .extracting(SourceRecord::firstPort, SourceRecord::lastPort, SourceRecord::description)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(249, 255, "Reserved"));
    assertThat(RegistryForms.detect(file, content)).isEqualTo(RegistryForm.PORT_NUMBERS);
  }

  @Test
  void theVendored2009FileNormalizesWithItsOwnDate() throws IOException {
    byte[] content = Files.readAllBytes(HISTORY.resolve("2009-10-07.txt"));
    NormalizedRegistry r = NormalizedRegistry.read("2009-10-07.txt", content);
    assertThat(r.dataDate()).isEqualTo(new CsvDate(2009, 10, 7));
    assertThat(r.form()).isEqualTo(RegistryForm.PORT_NUMBERS);
    assertThat(r.records())
        .filteredOn(x -> x.firstPort() == 80 && x.protocol().equals("tcp"))
        .extracting(RegistryRecord::serviceName)
        .containsExactly("http", "www", "www-http");
    assertThat(Optional.of(r.sha256()))
        .contains("0d589b7b883f8e5a04b8fa10317031ed4dc713cb25b518f02dcefc05b5738dbc");
  }
}
