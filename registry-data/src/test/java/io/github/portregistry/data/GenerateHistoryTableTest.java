package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
    List<String> log = new ArrayList<>();
    List<SnapshotManifest.Entry> chosen =
        HistorySources.before(
            manifest(), new CsvDate(2026, 2, 13), EnumSet.noneOf(RegistryForm.class), log::add);
    assertThat(chosen)
        .extracting(SnapshotManifest.Entry::file)
        .contains("1992-07-01.txt", "2015-10-08.xml", "2024-12-20.xml", "2025-11-20.csv")
        .doesNotContain("2015-10-08.csv", "2024-12-20.csv", "2026-02-13.csv", "2026-04-09.csv");
    assertThat(chosen).as("25 files before 2026-02-13, two dates in two forms").hasSize(23);
    assertThat(log).isEmpty();
  }

  @Test
  void aBuildFromAnOlderFileHasTheHistoryKnownOnItsDay() throws IOException {
    List<SnapshotManifest.Entry> chosen =
        HistorySources.before(
            manifest(), new CsvDate(2009, 10, 7), EnumSet.noneOf(RegistryForm.class), s -> {});
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
  void pendingFormsAreLeftOutAndSaidSo() throws IOException {
    List<String> log = new ArrayList<>();
    List<SnapshotManifest.Entry> chosen =
        HistorySources.before(
            manifest(), new CsvDate(2016, 1, 1), EnumSet.of(RegistryForm.XML), log::add);
    assertThat(chosen)
        .extracting(SnapshotManifest.Entry::file)
        .contains("2014-07-09.csv", "2015-10-08.csv")
        .doesNotContain("2015-10-08.xml", "2013-02-18.xml");
    assertThat(log).anyMatch(l -> l.contains("2013-02-18.xml") && l.contains("pending"));
  }

  @Test
  void aPendingFormMustBeKnownAndHaveNoReader() {
    assertThatThrownBy(() -> GenerateHistoryTable.pendingForms("csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has a reader now");
    assertThatThrownBy(() -> GenerateHistoryTable.pendingForms("yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"yaml\"");
    assertThat(GenerateHistoryTable.pendingForms(" ")).isEmpty();
    for (RegistryForm form : RegistryForm.values()) {
      if (!RegistryForms.hasReader(form)) {
        assertThat(GenerateHistoryTable.pendingForms(form.registryName())).containsExactly(form);
      }
    }
  }

  @Test
  void aChangedVendoredFileFailsTheBuild(@TempDir Path dir) throws IOException {
    Files.copy(HISTORY.resolve("snapshots.tsv"), dir.resolve("snapshots.tsv"));
    Files.copy(HISTORY.resolve("2014-07-09.csv"), dir.resolve("2014-07-09.csv"));
    // 2015-10-08.csv replaced by another registry: read fine, but not the file the manifest names.
    Files.copy(HISTORY.resolve("2017-02-24.csv"), dir.resolve("2015-10-08.csv"));
    Set<RegistryForm> pending = EnumSet.noneOf(RegistryForm.class);
    for (RegistryForm f : RegistryForm.values()) {
      if (!RegistryForms.hasReader(f)) {
        pending.add(f);
      }
    }
    Path current = HISTORY.resolve("2017-02-24.csv").toAbsolutePath();
    assertThatThrownBy(() -> GenerateHistoryTable.compile(current, dir, pending))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("2015-10-08.csv")
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("SHA-256", "data date"));
  }

  @Test
  void mainWritesTheTableAndChecksItsArguments(@TempDir Path out) throws Exception {
    assertThatThrownBy(() -> GenerateHistoryTable.main(new String[] {"a", "b"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 2 arguments");
    Path current = HISTORY.resolve("2015-10-08.csv").toAbsolutePath();
    GenerateHistoryTable.main(
        new String[] {
          current.toString(), HISTORY.toString(), out.toString(), "rfc,port-numbers,xml"
        });
    byte[] table = Files.readAllBytes(out.resolve(GenerateHistoryTable.HISTORY_FILE));
    assertThat(table).startsWith(0x50, 0x48, 0x49, 0x53);
    assertThat(table[42]).as("snapshots 2014-07-09 and 2015-10-08").isEqualTo((byte) 2);
    assertThat(HistoryTableWriter.usage(table))
        .startsWith("history table capacity used: snapshots 2/63");
  }
}
