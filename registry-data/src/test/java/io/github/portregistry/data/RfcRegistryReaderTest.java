package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfcRegistryReaderTest {
  private static final Path HISTORY = Path.of("src/main/registry/history");

  private static SourceSnapshot read(String text) {
    return new RfcRegistryReader().read("rfc.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /** RFC 1340's layout: indented port lines, [ref,PERSON] tags, wrapped descriptions. */
  @Test
  void readsAnExtractOfPortLinesWithTagsAndWrappedDescriptions() {
    SourceSnapshot s =
        read(
            lines(
                "                     0/tcp    Reserved                             [JBP]",
                "   rje               5/tcp    Remote Job Entry                  [12,JBP]",
                "   ftp-data         20/tcp    File Transfer [Default Data]      [96,JBP]",
                "   mpm              45/tcp    Message Processing Module [recv]  [98,JBP]",
                "   914c/g          211/tcp    Texas Instruments 914C/G Terminal  [BXH1]",
                "",
                "                   247-255    Reserved                             [JBP]",
                "",
                "   exec            512/tcp    remote process execution;",
                "                              authentication performed using",
                "   syslog          514/udp",
                "   NSWS            3049/ddddp"));
    assertThat(s.form()).isEqualTo(RegistryForm.RFC);
    assertThat(s.writtenDate()).isEmpty();
    assertThat(s.records())
        .extracting(
            SourceRecord::serviceName,
            SourceRecord::firstPort,
            SourceRecord::lastPort,
            SourceRecord::protocol,
            SourceRecord::description)
        .containsExactly(
            tuple("", 0, 0, "tcp", "Reserved"),
            tuple("rje", 5, 5, "tcp", "Remote Job Entry"),
            tuple("ftp-data", 20, 20, "tcp", "File Transfer [Default Data]"),
            tuple("mpm", 45, 45, "tcp", "Message Processing Module [recv]"),
            tuple("914c/g", 211, 211, "tcp", "Texas Instruments 914C/G Terminal"),
            tuple("", 247, 255, "", "Reserved"),
            tuple(
                "exec",
                512,
                512,
                "tcp",
                "remote process execution; authentication performed using"),
            tuple("syslog", 514, 514, "udp", ""),
            tuple("NSWS", 3049, 3049, "udp", ""));
    SourceRecord rje = s.records().get(1);
    assertThat(rje.assignee()).isEqualTo("[JBP]");
    assertThat(rje.contact()).isEqualTo("[JBP]");
    assertThat(rje.references()).containsExactly(new Reference(Reference.Kind.TEXT, "12"));
    assertThat(s.records().get(8).assignmentNotes())
        .isEqualTo("protocol written \"ddddp\" in the file, read as udp");
  }

  /**
   * RFC 1700's layout: a whole RFC where only the two port sections' tables count, with page
   * footers, form feeds and headers inside them.
   */
  @Test
  void readsOnlyThePortTablesOfAWholeRfcSkippingPageFurniture() {
    SourceSnapshot s =
        read(
            lines(
                "RFC 1700 (curated extract)",
                "1 TCPMUX \u2014 TCP Port Service Multiplexer",
                "Network Working Group                                        J. Reynolds",
                "PROTOCOL NUMBERS",
                "Keyword         Decimal    Description                     References",
                "-------         -------    -----------                     ----------",
                "     0         HOPOPT       IPv6 Hop-by-Hop Option      [RFC1883]",
                "WELL KNOWN PORT NUMBERS",
                "",
                "The range for assigned ports managed by the IANA is 0-1023.",
                "Ports are used in the TCP [RFC793], see 47/tcp.",
                "Keyword         Decimal    Description                     References",
                "-------         -------    -----------                     ----------",
                "                  0/tcp    Reserved",
                "#                          Jon Postel <postel@isi.edu>",
                "#                 8/tcp    Unassigned",
                "",
                "Reynolds & Postel                                              [Page 16]",
                "\fRFC 1700                    Assigned Numbers                October 1994",
                "",
                "#                 8/udp    Unassigned",
                "talk            517/udp    like tenex link, but across",
                "#                          machine - unfortunately, doesn't",
                "                           tcp connection is established)",
                "",
                "REGISTERED PORT NUMBERS",
                "",
                "The Registered Ports are in the range 1024-65535.",
                "Keyword         Decimal    Description                     References",
                "-------         -------    -----------                     ----------",
                "intuitive edge  1355/tcp   Intuitive Edge",
                "NSWS            3049/tcp",
                "",
                "REFERENCES",
                "",
                "[RFC768] Postel, J., \"User Datagram Protocol\", STD 6, RFC 768,",
                "PEOPLE",
                "[JBP] Jon Postel <postel@isi.edu>",
                "Keyword         Decimal    Description                     References",
                "-------         -------    -----------                     ----------",
                "echo              7/tcp    not a port section: skipped"));
    assertThat(s.writtenDate()).contains(new CsvDate(1994, 10, 0));
    assertThat(s.people()).isEmpty();
    assertThat(s.records())
        .extracting(SourceRecord::line, SourceRecord::serviceName, SourceRecord::firstPort)
        .containsExactly(
            tuple(14, "", 0),
            tuple(16, "", 8),
            tuple(21, "", 8),
            tuple(22, "talk", 517),
            tuple(31, "intuitive edge", 1355),
            tuple(32, "NSWS", 3049));
    assertThat(s.records().get(0).contact()).isEqualTo("Jon Postel <postel@isi.edu>");
    // A line that lost its "#" continues the comment above it, not the description.
    SourceRecord talk = s.records().get(3);
    assertThat(talk.description()).isEqualTo("like tenex link, but across");
    assertThat(talk.assignmentNotes())
        .isEqualTo("machine - unfortunately, doesn't\ntcp connection is established)");
  }

  @Test
  void pageHeadersMustAgreeOnTheMonth() {
    assertThatThrownBy(
            () ->
                read(
                    lines(
                        "RFC 1700                    Assigned Numbers                October 1994",
                        "   echo   7/tcp   Echo",
                        "RFC 1700                    Assigned Numbers                November 1994")))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage("rfc.txt:3:1: page header gives 1994-11 but the header on line 1 gave 1994-10");
  }

  @Test
  void malformedPortsAndEmptyTablesFail() {
    assertThatThrownBy(() -> read(lines("   echo   7/tcp   Echo", "   nsws   3049/ddp")))
        .isInstanceOfSatisfying(
            RegistryCsvException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(16);
              assertThat(e.reason()).startsWith("unknown transport protocol \"ddp\"");
            });
    assertThatThrownBy(() -> read(lines("WELL KNOWN PORT NUMBERS", "", "no table here")))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("the port sections have no table");
    assertThatThrownBy(() -> read(lines("   ", "   ")))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("no port lines");
  }

  /**
   * The vendored RFCs, with counts found independently of the reader. RFC 1340: port lines plus
   * unnamed range lines, {@code grep -c '/\(tcp\|udp\|ddddp\)'} (773) plus {@code grep -cE '^
   * +[0-9]+-[0-9]+ '} (2). RFC 1700: in lines 947-3167 (the two port sections), the port and {@code
   * #} range lines that are not page headers or footers:
   *
   * <pre>
   * awk 'NR&gt;=947 &amp;&amp; NR&lt;3168' 1994-10-01.txt | awk '/^RFC 1700 / || /\[Page/ {next}
   *   /^#[ \t]+[0-9]+(-[0-9]+)?(\/[a-z]+)?([ \t]|$)/ {c++; next}
   *   !/^#/ &amp;&amp; /[ \t][0-9]+(-[0-9]+)?(\/[a-z]+)?([ \t]|$)/ {c++} END {print c}'
   * </pre>
   */
  @Test
  void readsBothVendoredRfcs() throws IOException {
    byte[] rfc1340 = Files.readAllBytes(HISTORY.resolve("1992-07-01.txt"));
    SourceSnapshot s1340 = new RfcRegistryReader().read("1992-07-01.txt", rfc1340);
    assertThat(s1340.records()).hasSize(775);
    assertThat(s1340.writtenDate()).isEmpty();
    assertThat(RegistryForms.detect("x", rfc1340)).isEqualTo(RegistryForm.RFC);

    byte[] rfc1700 = Files.readAllBytes(HISTORY.resolve("1994-10-01.txt"));
    SourceSnapshot s1700 = new RfcRegistryReader().read("1994-10-01.txt", rfc1700);
    assertThat(s1700.records()).hasSize(1436);
    assertThat(s1700.writtenDate()).contains(new CsvDate(1994, 10, 0));
    assertThat(RegistryForms.detect("x", rfc1700)).isEqualTo(RegistryForm.RFC);
    // No page header or footer became a record, nor a line of the preamble or another section.
    assertThat(s1700.records())
        .allSatisfy(
            r -> {
              assertThat(r.line()).isBetween(947, 3167);
              assertThat(r.serviceName()).doesNotStartWith("RFC").doesNotStartWith("Reynolds");
            });

    for (SourceSnapshot s : List.of(s1340, s1700)) {
      assertThat(s.records())
          .filteredOn(r -> r.firstPort() == 47 && r.protocol().equals("tcp"))
          .extracting(SourceRecord::serviceName, SourceRecord::description)
          .containsExactly(tuple("ni-ftp", "NI FTP"));
      assertThat(s.records())
          .filteredOn(r -> r.firstPort() <= 252 && r.lastPort() >= 252)
          .extracting(SourceRecord::firstPort, SourceRecord::lastPort, SourceRecord::description)
          .containsExactly(tuple(247, 255, "Reserved"));
    }
  }

  @Test
  void theExtractIsDatedByTheManifest() throws IOException {
    byte[] rfc1340 = Files.readAllBytes(HISTORY.resolve("1992-07-01.txt"));
    Path manifest = HISTORY.resolve(SnapshotManifest.FILE_NAME);
    NormalizedRegistry r =
        NormalizedRegistry.read(
            "rfc1340.txt",
            rfc1340,
            SnapshotManifest.parse(manifest.toString(), Files.readAllBytes(manifest)));
    assertThat(r.dataDate()).isEqualTo(new CsvDate(1992, 7, 0));
    assertThatThrownBy(() -> NormalizedRegistry.read("rfc1340.txt", rfc1340))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("states no data date");
  }
}
