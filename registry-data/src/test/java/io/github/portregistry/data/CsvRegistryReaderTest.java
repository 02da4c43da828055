package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRegistryReaderTest {
  private static final String HEADER =
      "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,"
          + "Registration Date,Modification Date,Reference,Service Code,"
          + "Unauthorized Use Reported,Assignment Notes\r\n";

  private static NormalizedRegistry parse(String csv) {
    return NormalizedRegistry.read("test.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> texts(List<Reference> references) {
    return references.stream().map(Reference::text).toList();
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = CsvRegistryReaderTest.class.getResourceAsStream("/csv/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void readsTheVendoredRegistry() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("src/main/registry/history/2026-02-13.csv"));
    NormalizedRegistry csv = NormalizedRegistry.read("service-names-port-numbers.csv", bytes);

    assertThat(csv.records()).hasSize(14_499);
    assertThat(csv.dataDate()).isEqualTo(new CsvDate(2026, 2, 13));
    assertThat(csv.sha256())
        .isEqualTo("361899a76482379959543892e489689a45f676feba5988f7d4d369517da5bbad");
    RegistryRecord ssh =
        csv.records().stream()
            .filter(r -> r.serviceName().equals("ssh") && r.protocol().equals("tcp"))
            .findFirst()
            .orElseThrow();
    assertThat(ssh.firstPort()).isEqualTo(22);
    assertThat(ssh.kind()).isEqualTo(RecordKind.ASSIGNED);
    assertThat(ssh.referenceTexts()).containsExactly("RFC4251");
  }

  @Test
  void readsAnOlderHeaderWithLfRecordsAndQuotedLineBreaks() throws IOException {
    NormalizedRegistry csv =
        NormalizedRegistry.read("old-header-lf.csv", fixture("old-header-lf.csv"));

    assertThat(csv.records()).hasSize(6);
    assertThat(csv.dataDate()).isEqualTo(new CsvDate(2024, 12, 20));
    RegistryRecord whois = csv.records().get(3);
    assertThat(whois.serviceName()).isEqualTo("whois++");
    assertThat(whois.assignmentNotes())
        .isEqualTo("This entry is an alias to \"whoispp\".\nThis entry is now historic.");
    RegistryRecord range = csv.records().get(4);
    assertThat(range.firstPort()).isEqualTo(249);
    assertThat(range.lastPort()).isEqualTo(255);
    assertThat(range.protocol()).isEmpty();
    assertThat(range.kind()).isEqualTo(RecordKind.RESERVED);
    assertThat(range.registrationDate()).contains(new CsvDate(2004, 2, 0));
    assertThat(range.referenceTexts()).containsExactly("RFC1060", "RFC6335");
    RegistryRecord portless = csv.records().get(5);
    assertThat(portless.hasPort()).isFalse();
    assertThat(portless.line()).isEqualTo(8);
    RegistryRecord removed = csv.records().get(2);
    assertThat(removed.removalDate()).contains(new CsvDate(2017, 5, 18));
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndOptionalOnesMayBeMissing() {
    NormalizedRegistry csv =
        parse(
            "Description,Transport Protocol,Registration Date,Port Number,Service Name\r\n"
                + "any private mail system,tcp,,24,\r\n"
                + "Unassigned,udp,,4,\r\n"
                + "Reserved,,,1000-1001,\r\n"
                + "Secure Shell,tcp,2001-05,22,ssh\r\n"
                + "Reserved,,,7,\r\n");
    List<RegistryRecord> records = csv.records();
    assertThat(records)
        .extracting(RegistryRecord::kind)
        .containsExactly(
            RecordKind.ASSIGNED,
            RecordKind.UNASSIGNED,
            RecordKind.RESERVED,
            RecordKind.ASSIGNED,
            RecordKind.RESERVED);
    assertThat(records.get(3).serviceName()).isEqualTo("ssh");
    assertThat(records.get(3).assignee()).isEmpty();
    assertThat(records.get(0).registrationDate()).isEmpty();
    assertThat(csv.dataDate()).isEqualTo(new CsvDate(2001, 5, 0));
  }

  @Test
  void aFileWithoutAnyDateCannotBeVersioned() {
    assertThatThrownBy(
            () ->
                parse(
                    "Service Name,Port Number,Transport Protocol,Description\r\n"
                        + "ssh,22,tcp,SSH\r\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("cannot date the data");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown protocol  | ssh,22,tcpx,SSH,,,,,,,,                | 2:8  | unknown transport protocol "tcpx" (expected tcp, udp, sctp, dccp or empty)
          port too large    | x,70000,tcp,X,,,,,,,,                   | 2:3  | port "70000" is outside 0-65535
          port not a number | x,2x,tcp,X,,,,,,,,                      | 2:3  | port "2x" is not a number or a range such as 249-255
          reversed range    | ,30-20,,Unassigned,,,,,,,,              | 2:2  | port range "30-20" is reversed
          bad month         | x,1,tcp,X,,,2017-13-01,,,,,             | 2:13 | bad date "2017-13-01" (month 13 is not 1-12)
          bad day           | x,1,tcp,X,,,,2021-02-29,,,,             | 2:14 | bad date "2021-02-29" (day 29 does not exist in 2021-2)
          bad date shape    | x,1,tcp,X,,,2017/01/01,,,,,             | 2:13 | bad date "2017/01/01" (expected YYYY-MM-DD or YYYY-MM)
          day 00            | x,1,tcp,X,,,2017-01-00,,,,,             | 2:13 | bad date "2017-01-00" (day 00)
          year out of range | x,1,tcp,X,,,1969-12-31,,,,,             | 2:13 | date "1969-12-31" is outside 1970-2097, the years the table can hold
          tab in name       | my	svc,1,tcp,X,,,,,,,,                 | 2:1  | service name "my\\u0009svc" has character U+0009; names are ASCII without control characters
          nothing to find   | ,,tcp,Unassigned,,,,,,,,                | 2:1  | record has neither a service name nor a port number: nothing could find it
          too few fields    | x,1,tcp,X                               | 2:1  | expected 12 fields as in the header, found 4
          """)
  void malformedRowsFailWithLineColumnValueAndReason(
      String what, String row, String position, String reason) {
    String[] lineColumn = position.split(":");
    assertThatThrownBy(() -> parse(HEADER + row + "\r\n"))
        .as(what)
        .isInstanceOfSatisfying(
            RegistryCsvException.class,
            e -> {
              assertThat(e.file()).isEqualTo("test.csv");
              assertThat(e.line()).isEqualTo(Integer.parseInt(lineColumn[0]));
              assertThat(e.column()).isEqualTo(Integer.parseInt(lineColumn[1]));
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.getMessage()).isEqualTo("test.csv:" + position + ": " + reason);
            });
  }

  @Test
  void anUnterminatedQuoteFailsAtTheQuote() {
    assertThatThrownBy(() -> parse(HEADER + "x,1,tcp,\"never closed,,,,,,,,\r\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage("test.csv:2:9: unterminated quoted field");
  }

  @Test
  void headerProblemsNameTheColumn() {
    assertThatThrownBy(() -> parse("Service Name,Port Number,Description\r\nx,1,X\r\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage(
            "test.csv:1:1: missing required column \"Transport Protocol\" in the header row");
    assertThatThrownBy(
            () ->
                parse(
                    "Service Name,Port Number,Transport Protocol,Description,Colour\r\nx,1,tcp,X,red\r\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageStartingWith("test.csv:1:57: unknown column \"Colour\" (its data would be lost");
    assertThatThrownBy(
            () -> parse("Service Name,Port Number,Transport Protocol,Description,Description\r\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage("test.csv:1:57: duplicate column \"Description\"");
    assertThatThrownBy(() -> parse(""))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage("test.csv:1:1: empty file: no registry data");
  }

  @Test
  void keepsServiceNamesAsTheRegistryWroteThemSpacesAndCapitalsIncluded() {
    // 3283 in the registries of 2013-2024: a real name, not a corruption.
    NormalizedRegistry csv =
        parse(
            HEADER
                + "Apple Remote Desktop (Net Assistant),3283,tcp,Net Assistant,,,,2011-11-09,,,,\r\n");
    assertThat(csv.records().get(0).serviceName())
        .isEqualTo("Apple Remote Desktop (Net Assistant)");
    assertThat(csv.records().get(0).kind()).isEqualTo(RecordKind.ASSIGNED);
  }

  @Test
  void referencesSplitIntoBracketedItemsAndKeepOtherTextWhole() {
    assertThat(texts(CsvRegistryReader.references(""))).isEmpty();
    assertThat(texts(CsvRegistryReader.references("[RFC9051][RFC8314]")))
        .containsExactly("RFC9051", "RFC8314");
    assertThat(texts(CsvRegistryReader.references("see http://example.com/x")))
        .containsExactly("see http://example.com/x");
    assertThat(texts(CsvRegistryReader.references("[RFC1] and more")))
        .containsExactly("[RFC1] and more");
  }

  @Test
  void removalFactsAreOnlyReadForNonAssignments() {
    NormalizedRegistry csv =
        parse(
            HEADER
                + "svc,1,tcp,X,,,,2020-01-01,,,,This port was previously removed on 2002-04-29.\r\n"
                + ",2,tcp,Reserved,,,,2025-02-13,,,,"
                + "\"De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]\"\r\n");
    assertThat(csv.records().get(0).removalDate()).isEmpty();
    assertThat(csv.records().get(0).formerly()).isEmpty();
    assertThat(csv.records().get(1).removalDate()).isEqualTo(Optional.of(new CsvDate(2025, 2, 13)));
    assertThat(csv.records().get(1).formerly()).isEqualTo("compressnet");
  }
}
