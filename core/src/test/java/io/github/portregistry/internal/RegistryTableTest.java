package io.github.portregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portregistry.data.RegistryCsv;
import io.github.portregistry.data.TableWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded table against its source: the OkHttp IdnaMappingTableTest pattern. The table in the
 * jar equals a fresh compilation of the CSV, its ids fit their sections, and damage is detected.
 */
class RegistryTableTest {
  private static byte[] embedded;

  @BeforeAll
  static void readEmbeddedTable() throws IOException {
    try (InputStream in = RegistryTable.class.getResourceAsStream(RegistryTable.RESOURCE)) {
      assertThat(in).as(RegistryTable.RESOURCE).isNotNull();
      embedded = in.readAllBytes();
    }
  }

  @Test
  void embeddedTableEqualsAFreshCompilationOfTheCsv() throws IOException {
    Path csv = Path.of(System.getProperty("registry.csv"));
    byte[] regenerated = TableWriter.write(RegistryCsv.parse(csv.toString(), Files.readAllBytes(csv)));
    assertThat(regenerated).isEqualTo(embedded);
  }

  @Test
  void everyIdFitsItsSection() {
    RegistryTable table = RegistryTable.decode(embedded.clone(), "embedded");
    table.checkIds();
    assertThat(table.recordCount()).isLessThanOrEqualTo(0xFFFF);
    assertThat(table.nameCount()).isPositive();
  }

  @Test
  void headerAndLayoutMatchTheDocumentedFormat() {
    assertThat(embedded).startsWith(0x50, 0x52, 0x45, 0x47);
    assertThat((embedded[4] << 8 | embedded[5]) & 0xFFFF).isEqualTo(RegistryTable.FORMAT_VERSION);
    assertThat(TableWriter.FORMAT_VERSION).isEqualTo(RegistryTable.FORMAT_VERSION);
    assertThat(TableWriter.MAGIC).isEqualTo(RegistryTable.MAGIC);
  }

  @Test
  void everySingleByteFlipInTheHeaderIsDetected() {
    for (int i = 0; i < RegistryTable.HEADER_SIZE; i++) {
      for (int bit = 0; bit < 8; bit++) {
        assertDamageDetected(i, bit);
      }
    }
  }

  @Test
  void sampledByteFlipsInTheBodyAreDetected() {
    SplittableRandom random = new SplittableRandom(20260213);
    for (int n = 0; n < 2_000; n++) {
      assertDamageDetected(
          RegistryTable.HEADER_SIZE + random.nextInt(embedded.length - RegistryTable.HEADER_SIZE),
          random.nextInt(8));
    }
    assertDamageDetected(embedded.length - 1, 0); // the CRC itself
  }

  @Test
  void truncatedAndEmptyTablesAreRejected() {
    byte[] truncated = java.util.Arrays.copyOf(embedded, embedded.length - 10);
    assertThatThrownBy(() -> RegistryTable.decode(truncated, "cut"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("port-registry table cut is damaged");
    assertThatThrownBy(() -> RegistryTable.decode(new byte[0], "empty"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "port-registry table empty is damaged: length check failed (only 0 bytes, shorter"
                + " than the header)");
  }

  private static void assertDamageDetected(int offset, int bit) {
    byte[] damaged = embedded.clone();
    damaged[offset] ^= (byte) (1 << bit);
    assertThatThrownBy(() -> RegistryTable.decode(damaged, "flipped"))
        .as("flip of bit %d at byte %d", bit, offset)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("port-registry table flipped is damaged: ")
        .hasMessageMatching(".*(magic|CRC32|format version) check failed.*");
  }
}
