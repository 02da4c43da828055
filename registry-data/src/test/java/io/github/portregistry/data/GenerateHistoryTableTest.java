package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which snapshots a history is built from, and the generator's refusals. Fast enough for mutation
 * testing: the compiling tests use a history directory of the 1992 RFC extract and the first
 * records of two real CSVs (110 of 2014-07-09, up to the first dated one; 40 of 2026-02-13, where
 * ports 2 and 3 have gone from compressnet to Reserved), listed in a manifest of their own.
 */
class GenerateHistoryTableTest {
  private static final Path HISTORY = Path.of("src/main/registry/history").toAbsolutePath();

  /** A build id as the records table would give; compile() only copies it. */
  private static final byte[] BUILD_ID = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

  private static SnapshotManifest manifest() throws IOException {
    return SnapshotManifest.parse(
        "snapshots.tsv", Files.readAllBytes(HISTORY.resolve("snapshots.tsv")));
  }

  /** The real manifest's lines for these files, in the order given, under the real header. */
  private static String manifestLines(String... files) throws IOException {
    List<String> lines = Files.readAllLines(HISTORY.resolve(SnapshotManifest.FILE_NAME));
    StringBuilder b = new StringBuilder("file\tdate\tform\tsha256\trepository\tcommit\tpath\n");
    for (String file : files) {
      b.append(lines.stream().filter(l -> l.startsWith(file + "\t")).findFirst().orElseThrow());
      b.append('\n');
    }
    return b.toString();
  }

  private static SnapshotManifest manifestOf(String... files) throws IOException {
    return SnapshotManifest.parse(
        SnapshotManifest.FILE_NAME, manifestLines(files).getBytes(StandardCharsets.UTF_8));
  }

  /** A history directory holding these vendored files and a manifest of them alone. */
  private static Path historyOf(Path dir, String... files) throws IOException {
    for (String file : files) {
      Files.copy(HISTORY.resolve(file), dir.resolve(file));
    }
    Files.writeString(dir.resolve(SnapshotManifest.FILE_NAME), manifestLines(files));
    return dir;
  }

  /** Runs {@code body} with the report asked for or not, returning what it printed. */
  private static String printed(boolean report, IoAction body) throws IOException {
    String before =
        report
            ? System.setProperty(GenerateRegistryTable.REPORT_PROPERTY, "true")
            : System.clearProperty(GenerateRegistryTable.REPORT_PROPERTY);
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(original);
      if (before == null) {
        System.clearProperty(GenerateRegistryTable.REPORT_PROPERTY);
      } else {
        System.setProperty(GenerateRegistryTable.REPORT_PROPERTY, before);
      }
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private interface IoAction {
    void run() throws IOException;
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
  void aSnapshotOfTheCurrentDateIsTheCurrentRegistryNotItsHistory() throws IOException {
    assertThat(HistorySources.before(manifest(), new CsvDate(2015, 10, 8)))
        .extracting(SnapshotManifest.Entry::file)
        .endsWith("2014-07-09.csv", "2015-01-09.xml");
    assertThat(HistorySources.before(manifest(), new CsvDate(2015, 10, 9)))
        .extracting(SnapshotManifest.Entry::file)
        .endsWith("2015-01-09.xml", "2015-10-08.xml");
    assertThat(HistorySources.before(manifest(), new CsvDate(1992, 7, 0))).isEmpty();
  }

  @Test
  void theXmlOfADateWinsWhereverTheManifestListsItAndHistoryIsOldestFirst() throws IOException {
    // The real manifest lists the CSV of 2015-10-08 first; here the XML comes first, and the
    // lines are out of date order.
    SnapshotManifest m =
        manifestOf("2024-12-20.xml", "2024-12-20.csv", "2015-10-08.xml", "2015-10-08.csv");
    assertThat(HistorySources.before(m, new CsvDate(2026, 8, 17)))
        .extracting(SnapshotManifest.Entry::file)
        .containsExactly("2015-10-08.xml", "2024-12-20.xml");
    assertThat(HistorySources.before(manifestOf("2015-10-08.csv"), new CsvDate(2026, 8, 17)))
        .extracting(SnapshotManifest.Entry::file)
        .as("a CSV alone on its date is used")
        .containsExactly("2015-10-08.csv");
  }

  @Test
  void theFileOfAnEntryIsBesideTheManifest() throws IOException {
    SnapshotManifest.Entry e = manifest().entries().get(0);
    assertThat(HistorySources.file(HISTORY, e)).isEqualTo(HISTORY.resolve("1992-07-01.txt"));
  }

  /**
   * The header and the first {@code records} lines of a vendored CSV, byte for byte, written to
   * {@code dir}; returns its manifest line, dated as the whole file is.
   */
  private static String head(Path dir, String file, int records, String name) throws IOException {
    byte[] all = Files.readAllBytes(HISTORY.resolve(file));
    int end = 0;
    for (int lines = 0; lines <= records; end++) {
      if (all[end] == '\n') {
        lines++;
      }
    }
    byte[] head = java.util.Arrays.copyOf(all, end);
    Files.write(dir.resolve(name), head);
    String sha256 = sha256(head);
    return name + "\t" + file.substring(0, 10) + "\tcsv\t" + sha256 + "\t-\t-\t" + file + "\n";
  }

  /**
   * A history directory: the real 1992 extract and the heads of 2014-07-09.csv and 2026-02-13.csv
   * (the current registry of the tests); the manifest lists all three.
   */
  private static Path smallHistory(Path dir) throws IOException {
    String manifest = historyManifest(dir, "1992-07-01.txt");
    manifest += head(dir, "2014-07-09.csv", 110, "2014-head.csv");
    manifest += head(dir, "2026-02-13.csv", 40, "2026-head.csv");
    Files.writeString(dir.resolve(SnapshotManifest.FILE_NAME), manifest);
    return dir;
  }

  private static String historyManifest(Path dir, String... files) throws IOException {
    historyOf(dir, files);
    return Files.readString(dir.resolve(SnapshotManifest.FILE_NAME));
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The snapshot list of a history table: date, form, record count and SHA-256 of each. */
  private static List<String> snapshots(byte[] table) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(table);
    List<String> snapshots = new java.util.ArrayList<>();
    int at = 84; // after the header: the build id and the port run count
    for (int s = 0; s < (table[42] & 0xFF); s++, at += 37) {
      snapshots.add(
          (b.getShort(at) & 0xFFFF)
              + " "
              + RegistryForm.values()[table[at + 2]]
              + " "
              + (b.getShort(at + 3) & 0xFFFF)
              + " "
              + java.util.HexFormat.of().formatHex(table, at + 5, at + 37));
    }
    return snapshots;
  }

  private static String snapshot(CsvDate date, RegistryForm form, int records, String sha256) {
    return TableWriter.packDate(java.util.Optional.of(date))
        + " "
        + form
        + " "
        + records
        + " "
        + sha256;
  }

  @Test
  void compilesTheHistoryOfTheSnapshotsBeforeTheCurrentRegistry(@TempDir Path dir)
      throws IOException {
    Path history = smallHistory(dir);
    Path current = history.resolve("2026-head.csv");
    byte[][] table = new byte[1][];
    String report =
        printed(true, () -> table[0] = GenerateHistoryTable.compile(current, history, BUILD_ID));
    assertThat(table[0]).startsWith(0x50, 0x48, 0x49, 0x53);
    assertThat(java.util.Arrays.copyOfRange(table[0], 64, 80)).isEqualTo(BUILD_ID);
    SnapshotManifest m =
        SnapshotManifest.parse(
            "small", Files.readAllBytes(history.resolve(SnapshotManifest.FILE_NAME)));
    assertThat(snapshots(table[0]))
        .containsExactly(
            snapshot(new CsvDate(1992, 7, 0), RegistryForm.RFC, 775, m.entries().get(0).sha256()),
            snapshot(new CsvDate(2014, 7, 9), RegistryForm.CSV, 110, m.entries().get(1).sha256()),
            snapshot(new CsvDate(2026, 2, 13), RegistryForm.CSV, 40, m.entries().get(2).sha256()));
    assertThat(report).isEqualTo("port-registry: history of 3 snapshots, 1992-07 to 2026-02-13\n");
    assertThat(printed(false, () -> GenerateHistoryTable.compile(current, history, BUILD_ID)))
        .as("quiet unless asked")
        .isEmpty();
  }

  @Test
  void aChangedVendoredFileFailsTheBuild(@TempDir Path dir) throws IOException {
    Path history = smallHistory(dir);
    // The 2014 head with one description changed: it reads as before (dated by its newest
    // Modification Date, as it is no longer listed), but it is not the file the manifest names.
    Path changed = history.resolve("2014-head.csv");
    String expected =
        SnapshotManifest.parse(
                "small", Files.readAllBytes(history.resolve(SnapshotManifest.FILE_NAME)))
            .entries()
            .get(1)
            .sha256();
    Files.writeString(
        changed, Files.readString(changed).replace("Remote Job Entry", "Remote Job Entries"));
    String sha256 = sha256(Files.readAllBytes(changed));
    Path current = history.resolve("2026-head.csv");
    assertThatThrownBy(() -> GenerateHistoryTable.compile(current, history, BUILD_ID))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage(
            changed
                + ":1:1: SHA-256 "
                + sha256
                + " differs from the "
                + expected
                + " that snapshots.tsv line 3 gives: the vendored file was changed");
    Files.delete(changed);
    assertThatThrownBy(() -> GenerateHistoryTable.compile(current, history, BUILD_ID))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(changed.toString());
  }

  @Test
  void mainWritesTheTableAndChecksItsArguments(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> GenerateHistoryTable.main(new String[] {"a", "b"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "usage: GenerateHistoryTable <registry file> <history directory> <output directory>,"
                + " got 2 arguments");
    assertThatThrownBy(() -> GenerateHistoryTable.main(new String[] {"a", "b", "c", "d"}))
        .hasMessageEndingWith("got 4 arguments");
    assertThatThrownBy(() -> GenerateHistoryTable.main(new String[] {"rel.txt", "b", "c"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("registry.file \"rel.txt\" is a relative path");
    Path history = smallHistory(Files.createDirectory(dir.resolve("history")));
    Path out = dir.resolve("out/tables");
    Path current = history.resolve("2026-head.csv");
    String[] args = {current.toString(), history.toString(), out.toString()};
    Path records = out.resolve(GenerateRegistryTable.RECORDS_FILE);
    assertThatThrownBy(() -> GenerateHistoryTable.main(args))
        .as("the records table, whose build id the history carries, is written first")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no records table "
                + records
                + ": GenerateRegistryTable writes it first, into the same directory");
    Files.createDirectories(out);
    Files.write(records, new byte[TableWriter.HEADER_SIZE - 1]);
    assertThatThrownBy(() -> GenerateHistoryTable.main(args))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("records table " + records + " has 79 bytes, shorter than its header");
    Files.write(records, new byte[TableWriter.HEADER_SIZE]);
    assertThatThrownBy(() -> GenerateHistoryTable.main(args))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("records table " + records + " is not a records table of format 6");
    // The records table of another registry file: its build id must not be stamped on this history.
    Path other = history.resolve("2014-head.csv");
    GenerateRegistryTable.main(
        new String[] {
          other.toString(), history.resolve(SnapshotManifest.FILE_NAME).toString(), out.toString()
        });
    assertThatThrownBy(() -> GenerateHistoryTable.main(args))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("records table " + records + " was compiled from a registry file")
        .hasMessageContaining("not from " + current)
        .hasMessageEndingWith("run GenerateRegistryTable on it first");
    GenerateRegistryTable.main(
        new String[] {
          current.toString(), history.resolve(SnapshotManifest.FILE_NAME).toString(), out.toString()
        });
    byte[] buildId =
        java.util.Arrays.copyOfRange(
            Files.readAllBytes(records), TableWriter.BUILD_ID_AT, TableWriter.BUILD_ID_AT + 16);
    String report = printed(true, () -> GenerateHistoryTable.main(args));
    Path written = out.resolve(GenerateHistoryTable.HISTORY_FILE);
    byte[] table = Files.readAllBytes(written);
    assertThat(table).isEqualTo(GenerateHistoryTable.compile(current, history, buildId));
    assertThat(java.util.Arrays.copyOfRange(table, 64, 80))
        .as("the build id of the records table beside it")
        .isEqualTo(buildId);
    assertThat(HistoryTableWriter.usage(table))
        .startsWith("history table capacity used: snapshots 3/63");
    assertThat(report)
        .isEqualTo(
            "port-registry: history of 3 snapshots, 1992-07 to 2026-02-13\n"
                + String.format("port-registry: wrote %s (%,d bytes)%n", written, table.length)
                + "port-registry: "
                + HistoryTableWriter.usage(table)
                + "\n");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files)
          .as("no temporary file left behind")
          .containsExactlyInAnyOrder(
              records, out.resolve(GenerateRegistryTable.STATUS_FILE), written);
    }
    // Run again over the table: replaced, and quiet unless asked.
    Files.write(written, new byte[] {1, 2, 3});
    assertThat(printed(false, () -> GenerateHistoryTable.main(args))).isEmpty();
    assertThat(Files.readAllBytes(written)).isEqualTo(table);
  }
}
