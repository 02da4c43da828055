package io.github.portregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portregistry.data.GenerateHistoryTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded history table against its sources, its tie to the other tables, and damage: the
 * pattern of {@link RegistryTableTest}.
 */
class HistoryTableTest {
  private static byte[] embedded;
  private static byte[] embeddedStatus;

  @BeforeAll
  static void readEmbeddedTables() throws IOException {
    embedded = resource(HistoryTable.RESOURCE);
    embeddedStatus = resource(PortStatusTable.RESOURCE);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = HistoryTable.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void embeddedTableEqualsAFreshCompilationOfTheSnapshots() throws IOException {
    byte[] buildId = HexFormat.of().parseHex(BuildIdentity.expected());
    byte[] fresh =
        GenerateHistoryTable.compile(
            Path.of(System.getProperty("registry.file")),
            Path.of(System.getProperty("registry.history.dir")),
            buildId);
    assertThat(fresh).isEqualTo(embedded);
    assertThat(HistoryTable.decode(embedded.clone(), "history").buildId())
        .isEqualTo(BuildIdentity.expected());
  }

  @Test
  void headerNamesTheSameCurrentRegistryAsTheStatusTable() {
    HistoryTable history = HistoryTable.decode(embedded.clone(), "history");
    PortStatusTable status = PortStatusTable.decode(embeddedStatus.clone(), "status");
    assertThat(history.sourceSha256()).isEqualTo(status.sourceSha256());
    assertThat(history.recordCount()).isEqualTo(status.recordCount());
    assertThat(history.dataDate()).isEqualTo(status.dataDate());
    int last = history.snapshotCount() - 1;
    assertThat(history.snapshotSha256(last)).isEqualTo(status.sourceSha256());
    assertThat(history.snapshotDate(last)).isEqualTo(status.dataDate());
  }

  @Test
  void layoutMatchesTheDocumentedFormat() {
    assertThat(TableCheck.u32(embedded, 0)).isEqualTo(0x50484953);
    assertThat(TableCheck.u16(embedded, 4)).isEqualTo(3);
    assertThat(embedded[63]).as("padding").isZero();
    assertThat(TableCheck.hex(embedded, 64, BuildIdentity.LENGTH))
        .isEqualTo(BuildIdentity.expected());
    HistoryTable table = HistoryTable.decode(embedded.clone(), "history");
    // Every port history covers every protocol from snapshot 0 (checked as it is read) and the
    // table answers for every port; every state and inline string reads back.
    for (int port = 0; port < 65536; port++) {
      int h = table.portHistory(port);
      assertThat(table.historyEnd(h)).isGreaterThan(table.historyStart(h) + 3);
    }
    int states = TableCheck.u16(embedded, 55);
    for (int state = 0; state < states; state++) {
      assertThat(table.stateStatus(state)).isBetween(0, 2);
      table.stateDescription(state);
      for (int n = 0; n < table.stateNameCount(state); n++) {
        table.stateName(state, n);
      }
    }
    for (int i = 0; i < table.inlineStringCount(); i++) {
      table.inlineString(i);
    }
    assertThat(table.inlineString(0)).isEmpty();
  }

  @Test
  void everyBitFlipIsDetected() {
    SplittableRandom random = new SplittableRandom(1992);
    for (int n = 0; n < 3_000; n++) {
      int offset = n < 8 * HistoryTable.HEADER_SIZE ? n / 8 : random.nextInt(embedded.length);
      byte[] damaged = embedded.clone();
      damaged[offset] ^= (byte) (1 << (n % 8));
      assertThatThrownBy(() -> HistoryTable.decode(damaged, "history.bin"))
          .as("flip of bit %d at byte %d", n % 8, offset)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("port-registry table history.bin is damaged: ");
    }
  }

  @Test
  void truncatedAndEmptyTablesAreRejectedByName() {
    for (int length : new int[] {0, 10, HistoryTable.HEADER_SIZE, embedded.length - 1}) {
      byte[] cut = java.util.Arrays.copyOf(embedded, length);
      assertThatThrownBy(() -> HistoryTable.decode(cut, "history.bin"))
          .as("%d bytes", length)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("port-registry table history.bin is damaged: ");
    }
  }

  @Test
  void wrongCountsWithAValidCrcFailTheLengthCheck() {
    byte[] damaged = embedded.clone();
    damaged[44]++; // one more inline string than there is
    fixCrc(damaged);
    assertThatThrownBy(() -> HistoryTable.decode(damaged, "history.bin"))
        .hasMessageContaining("length check failed");
  }

  /** Where the sections at the end of the table start, by the header's counts. */
  private static int periods() {
    return TableCheck.u32(embedded, 59);
  }

  private static int portRuns() {
    return TableCheck.u32(embedded, 80);
  }

  private static int periodStartsAt() {
    return embedded.length - 4 - 4 * portRuns() - 3 * periods();
  }

  /**
   * Entries are read in place and checked as they are read (issue 12): a period state beyond the
   * states, with a valid CRC (a generator bug), loads, then fails the read of that period, naming
   * the table and the check, while the other periods still answer.
   */
  @Test
  void aStateIdBeyondTheStatesFailsWhenItsPeriodIsRead() {
    byte[] damaged = embedded.clone();
    int last = periods() - 1;
    int lastPeriodState = periodStartsAt() + periods() + 2 * last; // period states are plain u16
    damaged[lastPeriodState] = (byte) 0xFF;
    damaged[lastPeriodState + 1] = (byte) 0xFF;
    fixCrc(damaged);
    HistoryTable table = HistoryTable.decode(damaged, "history.bin");
    HistoryTable intact = HistoryTable.decode(embedded.clone(), "history.bin");
    assertThat(table.periodState(last - 1)).isEqualTo(intact.periodState(last - 1));
    assertThatThrownBy(() -> table.periodState(last))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "port-registry table history.bin is damaged: period states check failed (entry "
                + last
                + " is 65535, not below "
                + TableCheck.u16(embedded, 55)
                + ")");
  }

  /**
   * A history id beyond the histories in the port runs, with a valid CRC, fails the first call that
   * reaches it, naming the table and the check, and never answers with it; ports of other runs
   * still answer.
   */
  @Test
  void aPortHistoryIdBeyondTheHistoriesFailsWhenItsPortIsAskedFor() {
    byte[] damaged = embedded.clone();
    int lastRun = damaged.length - 4 - 2; // the last u16 before the CRC: the last run's history
    damaged[lastRun] = (byte) 0x7F;
    fixCrc(damaged);
    HistoryTable table = HistoryTable.decode(damaged, "history.bin");
    HistoryTable intact = HistoryTable.decode(embedded.clone(), "history.bin");
    assertThat(table.portHistory(80)).isEqualTo(intact.portHistory(80));
    assertThat(table.portHistory(49151)).isEqualTo(intact.portHistory(49151));
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> table.portHistory(65535))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "port-registry table history.bin is damaged: port histories check failed (entry "
                  + (portRuns() - 1)
                  + " is ");
    }
  }

  /**
   * A port run that does not start above the one before, with a valid CRC, fails every port of its
   * block of 64 runs, naming the table and the check; ports of other blocks still answer.
   */
  @Test
  void aPortRunOutOfOrderFailsThePortsOfItsBlock() {
    byte[] damaged = embedded.clone();
    int runStartsAt = damaged.length - 4 - 4 * portRuns();
    int run = 64 + 10; // in the second block, not its head: stored as a difference
    damaged[runStartsAt + 2 * run] = 0;
    damaged[runStartsAt + 2 * run + 1] = 0; // starts where the run before it starts
    fixCrc(damaged);
    HistoryTable table = HistoryTable.decode(damaged, "history.bin");
    HistoryTable intact = HistoryTable.decode(embedded.clone(), "history.bin");
    int secondBlock = TableCheck.u16(embedded, runStartsAt + 2 * 64);
    assertThat(table.portHistory(secondBlock - 1)).isEqualTo(intact.portHistory(secondBlock - 1));
    assertThat(table.portHistory(65535)).isEqualTo(intact.portHistory(65535));
    assertThatThrownBy(() -> table.portHistory(secondBlock))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "port-registry table history.bin is damaged: port runs check failed (run " + run);
    // A block's first run out of order fails at load: the binary search reads every block's head.
    byte[] head = embedded.clone();
    head[runStartsAt + 2 * 128] = 0;
    head[runStartsAt + 2 * 128 + 1] = 0;
    fixCrc(head);
    assertThatThrownBy(() -> HistoryTable.decode(head, "history.bin"))
        .hasMessage(
            "port-registry table history.bin is damaged: port runs check failed (block 2 starts"
                + " at port 0, out of order)");
  }

  /**
   * Period counts that do not add up to the next block's start, with a valid CRC, fail the read of
   * any history of that block of 64, naming the table and the check; a block start out of order
   * fails at load.
   */
  @Test
  void periodCountsThatDoNotAddUpFailTheirBlock() {
    int histories = TableCheck.u16(embedded, 57);
    int countsAt = periodStartsAt() - histories;
    int blocksAt = countsAt - 4 * ((histories + 63) / 64);
    byte[] damaged = embedded.clone();
    damaged[countsAt + 64 + 5]++; // history 69, in block 1
    fixCrc(damaged);
    HistoryTable table = HistoryTable.decode(damaged, "history.bin");
    HistoryTable intact = HistoryTable.decode(embedded.clone(), "history.bin");
    assertThat(table.historyStart(63)).isEqualTo(intact.historyStart(63));
    assertThat(table.historyStart(128)).isEqualTo(intact.historyStart(128));
    assertThatThrownBy(() -> table.historyStart(100))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "port-registry table history.bin is damaged: port histories check failed (the counts"
                + " of block 1 add up to ");
    byte[] start = embedded.clone();
    start[blocksAt + 4 * 2 + 3] = 0; // block 2 now starts before block 1
    start[blocksAt + 4 * 2 + 2] = 0;
    fixCrc(start);
    assertThatThrownBy(() -> HistoryTable.decode(start, "history.bin"))
        .hasMessageStartingWith(
            "port-registry table history.bin is damaged: port histories check failed (block 2"
                + " starts at ");
  }

  /** A state status code beyond assigned, with a valid CRC, fails the read of that state. */
  @Test
  void aStatusCodeBeyondAssignedFailsWhenItsStateIsRead() {
    HistoryTable intact = HistoryTable.decode(embedded.clone(), "history.bin");
    int state = intact.periodState(intact.historyStart(intact.portHistory(22)));
    int states = TableCheck.u16(embedded, 55);
    int stateNamesAt = periodStartsAt() - TableCheck.u16(embedded, 57);
    stateNamesAt -= 4 * ((TableCheck.u16(embedded, 57) + 63) / 64) + 4 * states;
    int statusAt = stateNamesAt - states;
    assertThat(embedded[statusAt + state]).isEqualTo((byte) intact.stateStatus(state));
    byte[] damaged = embedded.clone();
    damaged[statusAt + state] = 3;
    fixCrc(damaged);
    HistoryTable table = HistoryTable.decode(damaged, "history.bin");
    assertThatThrownBy(() -> table.stateStatus(state))
        .hasMessage(
            "port-registry table history.bin is damaged: states check failed (state "
                + state
                + " has status code 3)");
  }

  @Test
  void portsAskedForInAnyOrderGiveTheSameHistoriesAsInOrder() {
    HistoryTable inOrder = HistoryTable.decode(embedded.clone(), "history.bin");
    int[] ids = new int[65536];
    for (int port = 0; port < ids.length; port++) {
      ids[port] = inOrder.portHistory(port);
    }
    HistoryTable backwards = HistoryTable.decode(embedded.clone(), "history.bin");
    for (int port : new int[] {65535, 0, 443, 252, 49152, 65534}) {
      assertThat(backwards.portHistory(port)).as("port %d", port).isEqualTo(ids[port]);
    }
    for (int port = ids.length - 1; port >= 0; port--) {
      assertThat(backwards.portHistory(port)).isEqualTo(ids[port]);
    }
  }

  private static void fixCrc(byte[] data) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(data, 0, data.length - 4);
    long v = crc.getValue();
    for (int i = 0; i < 4; i++) {
      data[data.length - 4 + i] = (byte) (v >>> (24 - 8 * i));
    }
  }
}
