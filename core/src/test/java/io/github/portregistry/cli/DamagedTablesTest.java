package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.TableWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A jar whose tables are damaged, missing or from two builds: every command that needs them prints
 * one line naming the table and the failed check and exits 4, never a stack trace, never exit 1.
 */
class DamagedTablesTest {
  static final String RECORDS = "io/github/portregistry/internal/registry.bin";
  static final String STATUS = "io/github/portregistry/internal/status.bin";

  static byte[] resource(String name) throws IOException {
    try (InputStream in = DamagedTablesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  /** The table with one bit flipped in the middle: its CRC32 no longer matches. */
  static byte[] flipped(String name) throws IOException {
    byte[] table = resource(name);
    table[table.length / 2] ^= 0x10;
    return table;
  }

  private static void assertOneLineExitFour(Cli r, String... expected) {
    assertThat(r.code()).as(r.err()).isEqualTo(4);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith("port-registry: table")
        .contains(expected)
        .doesNotContain("Exception", "Error", "\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"80", "name http", "http", "free", "--version", "0-10 --json"})
  void aDamagedStatusTableFailsEveryCommandInOneLine(String args) throws IOException {
    Cli r = IsolatedCli.run(Map.of(STATUS, flipped(STATUS)), args.split(" "));
    assertOneLineExitFour(r, "status.bin is damaged: CRC32 check failed");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"80", "name http", "80/tcp", "20-23 --json"})
  void aDamagedRecordsTableFailsEveryCommandThatReadsRecords(String args) throws IOException {
    Cli r = IsolatedCli.run(Map.of(RECORDS, flipped(RECORDS)), args.split(" "));
    assertOneLineExitFour(r, "registry.bin is damaged: CRC32 check failed");
  }

  @Test
  void aMissingTableIsNamed() {
    Cli r = IsolatedCli.run(Map.of(STATUS, new byte[0]), "80");
    assertOneLineExitFour(r, "status.bin is damaged: length check failed");
  }

  /** The records of another registry version beside this build's status table. */
  @Test
  void tablesOfTwoBuildsAreRefused() throws IOException {
    Path other =
        Path.of(System.getProperty("registry.history.dir"), "2025-11-20.csv").toAbsolutePath();
    TableWriter.Tables tables =
        TableWriter.compile(NormalizedRegistry.read(other.toString(), Files.readAllBytes(other)));
    Cli r = IsolatedCli.run(Map.of(RECORDS, tables.records()), "name", "http");
    assertOneLineExitFour(r, "registry.bin", "status.bin", "do not match");
  }

  @Test
  void commandsThatNeedNoTableStillWork() throws IOException {
    Cli r = IsolatedCli.run(Map.of(STATUS, flipped(STATUS)), "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: ");
    Cli usage = IsolatedCli.run(Map.of(STATUS, flipped(STATUS)), "70000");
    assertThat(usage.code()).isEqualTo(2);
  }

  @Test
  void theFailureIsFoundAnywhereInTheCauseChain() {
    IllegalStateException damage =
        new IllegalStateException("port-registry table status.bin is damaged: CRC32 check failed");
    ExceptionInInitializerError wrapped = new ExceptionInInitializerError(damage);
    assertThat(TableDamage.describe(wrapped))
        .isEqualTo("table status.bin is damaged: CRC32 check failed");
    assertThat(TableDamage.describe(new RuntimeException(wrapped)))
        .isEqualTo("table status.bin is damaged: CRC32 check failed");
    assertThat(
            TableDamage.describe(
                new NoClassDefFoundError(
                    "Could not initialize class io.github.portregistry.Registry")))
        .contains("failed to load", "io.github.portregistry.Registry");
    assertThat(
            TableDamage.describe(
                new java.io.UncheckedIOException(
                    "cannot read port-registry table x.bin",
                    new IOException("Input/output error"))))
        .isEqualTo("cannot read port-registry table x.bin: Input/output error");
    assertThat(TableDamage.describe(new IllegalStateException("a bug"))).isNull();
    assertThat(TableDamage.describe(new NoClassDefFoundError("org/other/Thing"))).isNull();
  }
}
