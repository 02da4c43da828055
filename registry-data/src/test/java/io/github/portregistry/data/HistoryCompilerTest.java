package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history model on its own: small synthetic snapshots, then real vendored files. */
class HistoryCompilerTest {
  private static final String HEADER =
      "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,"
          + "Registration Date,Modification Date,Reference,Service Code,"
          + "Unauthorized Use Reported,Assignment Notes\r\n";
  private static final Path HISTORY = Path.of("src/main/registry/history");
  private static final int TCP = 0;
  private static final int UDP = 1;
  private static final int SCTP = 2;

  /** A snapshot of {@code rows} (CSV lines without the header), dated by its newest date. */
  private static NormalizedRegistry snapshot(String date, String... rows) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (String row : rows) {
      csv.append(row).append("\r\n");
    }
    // An unassigned row with the date fixes the data date (the CSV rule); 65535/dccp is left alone.
    csv.append(",65535,dccp,Unassigned,,,").append(date).append(",,,,,\r\n");
    return NormalizedRegistry.read(date + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static PortState assigned(String description, String... names) {
    return new PortState(RecordKind.ASSIGNED, List.of(names), description);
  }

  @Test
  void aPeriodLastsWhileStatusAndNamesStayTheSame() {
    HistoryModel model =
        new HistoryCompiler()
            .add(snapshot("2001-01-01", "ni-ftp,47,tcp,NI FTP,,,,,,,,"))
            .add(snapshot("2002-01-01", "ni-ftp,47,tcp,NI FTP (reworded),,,,,,,,"))
            .add(snapshot("2003-01-01", ",47,tcp,Reserved,,,,,,,,"))
            .finish();
    assertThat(model.snapshots()).hasSize(3);
    assertThat(model.periods(47, TCP))
        .containsExactly(
            new HistoryModel.Period(TCP, 0, 1, assigned("NI FTP", "ni-ftp")),
            new HistoryModel.Period(
                TCP, 2, 2, new PortState(RecordKind.RESERVED, List.of(), "Reserved")));
    assertThat(model.periods(47, UDP))
        .containsExactly(new HistoryModel.Period(UDP, 0, 2, PortState.UNCOVERED));
  }

  @Test
  void aliasesAreOneStateInRegistryOrderAndANewAliasStartsAPeriod() {
    HistoryModel model =
        new HistoryCompiler()
            .add(snapshot("2001-01-01", "http,80,tcp,World Wide Web HTTP,,,,,,,,"))
            .add(
                snapshot(
                    "2002-01-01",
                    "http,80,tcp,World Wide Web HTTP,,,,,,,,",
                    "www,80,tcp,World Wide Web HTTP,,,,,,,,",
                    "www-http,80,tcp,World Wide Web HTTP,,,,,,,,"))
            .finish();
    assertThat(model.periods(80, TCP))
        .extracting(p -> p.state().serviceNames())
        .containsExactly(List.of("http"), List.of("http", "www", "www-http"));
  }

  @Test
  void theStatusFollowsTheCurrentTablesRules() {
    HistoryModel model =
        new HistoryCompiler()
            .add(
                snapshot(
                    "2001-01-01",
                    ",249-255,,Reserved,,,,,,,,", // no protocol: all four
                    ",250,tcp,Unassigned,,,,,,,,",
                    "svc,251,udp,A service,,,,,,,,",
                    ",251,udp,Reserved,,,,,,,,",
                    ",24,,any private mail system,,,,,,,,"))
            .finish();
    assertThat(model.periods(252))
        .hasSize(4)
        .allMatch(p -> p.state().status() == RecordKind.RESERVED);
    assertThat(model.periods(250, TCP).get(0).state().status()).isEqualTo(RecordKind.RESERVED);
    assertThat(model.periods(251, UDP).get(0).state()).isEqualTo(assigned("A service", "svc"));
    assertThat(model.periods(251, SCTP).get(0).state().description()).isEqualTo("Reserved");
    assertThat(model.periods(24, SCTP).get(0).state())
        .isEqualTo(assigned("any private mail system"));
  }

  @Test
  void periodsAreOrderedByFirstSnapshotThenProtocol() {
    HistoryModel model =
        new HistoryCompiler()
            .add(snapshot("2001-01-01", "a,7,udp,A,,,,,,,,"))
            .add(snapshot("2002-01-01", "b,7,tcp,B,,,,,,,,"))
            .finish();
    assertThat(model.periods(7))
        .extracting(p -> p.first() + "/" + p.protocol())
        .containsExactly("0/0", "0/1", "0/2", "0/3", "1/0", "1/1");
  }

  @Test
  void snapshotsMustComeOldestFirstOneADate() {
    HistoryCompiler compiler = new HistoryCompiler().add(snapshot("2002-01-01"));
    assertThatThrownBy(() -> compiler.add(snapshot("2002-01-01")))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("oldest first")
        .hasMessageContaining("2002-01-01");
    assertThatThrownBy(() -> new HistoryCompiler().finish())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void realFiles47WasNiFtpUntil2017AndThenReserved() throws IOException {
    HistoryCompiler compiler = new HistoryCompiler();
    for (String file : List.of("2014-07-09.csv", "2017-02-24.csv", "2017-08-24.csv")) {
      compiler.add(
          NormalizedRegistry.read(
              file,
              Files.readAllBytes(HISTORY.resolve(file)),
              SnapshotManifest.parse(
                  "snapshots.tsv", Files.readAllBytes(HISTORY.resolve("snapshots.tsv")))));
    }
    HistoryModel model = compiler.finish();
    assertThat(model.periods(47, TCP))
        .containsExactly(
            new HistoryModel.Period(TCP, 0, 1, assigned("NI FTP", "ni-ftp")),
            new HistoryModel.Period(
                TCP, 2, 2, new PortState(RecordKind.RESERVED, List.of(), "Reserved")));
    assertThat(model.periods(252)).hasSize(4).allMatch(p -> p.last() == 2);
    assertThat(model.snapshots())
        .extracting(HistorySnapshot::date)
        .containsExactly(
            new CsvDate(2014, 7, 9), new CsvDate(2017, 2, 24), new CsvDate(2017, 8, 24));
  }
}
