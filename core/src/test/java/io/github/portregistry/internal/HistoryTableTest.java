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
    assertThat(TableCheck.u16(embedded, 4)).isEqualTo(2);
    assertThat(embedded[63]).as("padding").isZero();
    assertThat(TableCheck.hex(embedded, 64, BuildIdentity.LENGTH))
        .isEqualTo(BuildIdentity.expected());
    HistoryTable table = HistoryTable.decode(embedded.clone(), "history");
    // Every port history covers every protocol from snapshot 0 (checked at load) and the table
    // answers for every port.
    for (int port = 0; port < 65536; port++) {
      int h = table.portHistory(port);
      assertThat(table.historyEnd(h)).isGreaterThan(table.historyStart(h) + 3);
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

  @Test
  void aStateIdBeyondTheStatesFailsEvenWithAValidCrc() {
    byte[] damaged = embedded.clone();
    // The last u16 before the port column's 65,536 entries and the CRC: a period state delta.
    int lastPeriodState = damaged.length - 4 - 2 * 65536 - 2;
    damaged[lastPeriodState] = (byte) 0x7F;
    fixCrc(damaged);
    assertThatThrownBy(() -> HistoryTable.decode(damaged, "history.bin"))
        .hasMessageContaining("period states check failed");
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
