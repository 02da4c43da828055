package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which snapshots a history is built from, and the generator's refusals. */
class GenerateHistoryTableTest {
  private static final Path HISTORY = Path.of("src/main/registry/history");

  private static SnapshotManifest manifest() throws IOException {
    return SnapshotManifest.parse(
        "snapshots.tsv", Files.readAllBytes(HISTORY.resolve("snapshots.tsv")));
  }

  @Test
  void historyTakesTheSnapshotsBeforeTheCurrentOneADatePreferringTheXml() throws IOException {
    List<SnapshotManifest.Entry> chosen =
        HistorySources.before(manifest(), new CsvDate(2026, 2, 13));
    assertThat(chosen)
        .extracting(SnapshotManifest.Entry::file)
        .contains("1992-07-01.txt", "2015-10-08.xml", "2024-12-20.xml", "2025-11-20.csv")
        .doesNotContain("2015-10-08.csv", "2024-12-20.csv", "2026-02-13.csv", "2026-04-09.csv");
    assertThat(chosen).as("25 files before 2026-02-13, two dates in two forms").hasSize(23);
  }

  @Test
  void aBuildFromAnOlderFileHasTheHistoryKnownOnItsDay() throws IOException {
    List<SnapshotManifest.Entry> chosen =
        HistorySources.before(manifest(), new CsvDate(2009, 10, 7));
    assertThat(chosen)
        .extracting(SnapshotManifest.Entry::file)
        .containsExactly(
            "1992-07-01.txt",
            "1994-10-01.txt",
            "2004-01-08.txt",
            "2005-08-18.txt",
            "2006-11-13.txt",
            "2007-12-18.txt");
  }

  @Test
  void aChangedVendoredFileFailsTheBuild(@TempDir Path dir) throws IOException {
    try (var files = Files.list(HISTORY)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    // 2015-10-08.xml replaced by another registry: it reads, but is not the file the manifest
    // names.
    Files.copy(
        HISTORY.resolve("2015-01-09.xml"),
        dir.resolve("2015-10-08.xml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path current = HISTORY.resolve("2017-02-24.csv").toAbsolutePath();
    assertThatThrownBy(() -> GenerateHistoryTable.compile(current, dir, new byte[16]))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("2015-10-08.xml")
        .hasMessageContaining("SHA-256")
        .hasMessageContaining("the vendored file was changed");
    Files.delete(dir.resolve("2015-10-08.xml"));
    assertThatThrownBy(() -> GenerateHistoryTable.compile(current, dir, new byte[16]))
        .isInstanceOf(java.nio.file.NoSuchFileException.class)
        .hasMessageContaining("2015-10-08.xml");
  }

  @Test
  void mainWritesTheTableAndChecksItsArguments(@TempDir Path out) throws Exception {
    assertThatThrownBy(() -> GenerateHistoryTable.main(new String[] {"a", "b"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 2 arguments");
    Path current = HISTORY.resolve("1994-10-01.txt").toAbsolutePath();
    String[] args = {current.toString(), HISTORY.toString(), out.toString()};
    assertThatThrownBy(() -> GenerateHistoryTable.main(args))
        .as("the records table, whose build id the history carries, is written first")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no records table "
                + out.resolve("registry.bin")
                + ": GenerateRegistryTable writes it first, into the same directory");
    GenerateRegistryTable.main(
        new String[] {
          current.toString(), HISTORY.resolve(SnapshotManifest.FILE_NAME).toString(), out.toString()
        });
    GenerateHistoryTable.main(args);
    byte[] table = Files.readAllBytes(out.resolve(GenerateHistoryTable.HISTORY_FILE));
    byte[] records = Files.readAllBytes(out.resolve(GenerateRegistryTable.RECORDS_FILE));
    assertThat(table).startsWith(0x50, 0x48, 0x49, 0x53);
    assertThat(java.util.Arrays.copyOfRange(table, 64, 80))
        .as("the build id of the records table beside it")
        .isEqualTo(java.util.Arrays.copyOfRange(records, 40, 56));
    assertThat(table[42]).as("snapshots 1992-07 and 1994-10").isEqualTo((byte) 2);
    assertThat(HistoryTableWriter.usage(table))
        .startsWith("history table capacity used: snapshots 2/63");
  }
}
