package io.github.portregistry.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Compiles the history of every port and protocol, from the vendored snapshots and the current
 * registry, into {@value #HISTORY_FILE}, the third table beside {@code registry.bin} and {@code
 * status.bin}.
 *
 * <p>Run by the core module's build (exec-maven-plugin, generate-resources phase), after {@link
 * GenerateRegistryTable}:
 *
 * <pre>
 * java io.github.portregistry.data.GenerateHistoryTable /abs/registry.xml /abs/history out/dir
 * </pre>
 *
 * <p>The first argument is the same registry file as {@link GenerateRegistryTable}'s, so that the
 * last snapshot of the history is the registry the jar's other tables hold; the second is the
 * directory of the vendored snapshots and their manifest, {@link SnapshotManifest#FILE_NAME}. Which
 * snapshots are used is decided by {@link HistorySources}.
 *
 * <p>Snapshots are read one at a time, so memory stays that of two registries. Like {@link
 * GenerateRegistryTable} it throws instead of exiting, and replaces its file atomically.
 */
public final class GenerateHistoryTable {
  /** File name of the history table. */
  public static final String HISTORY_FILE = "history.bin";

  private GenerateHistoryTable() {}

  /**
   * Compiles the history table.
   *
   * @param args the registry file's absolute path, the history directory and the output directory
   * @throws IOException when a file cannot be read or written
   * @throws IllegalArgumentException when an argument is wrong, naming it
   * @throws RegistryCsvException when a snapshot cannot be read, or is not what the manifest says
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: GenerateHistoryTable <registry file> <history directory> <output directory>,"
              + " got "
              + args.length
              + " arguments");
    }
    Path source = GenerateRegistryTable.registryFile(args[0]);
    Path historyDirectory = Path.of(args[1]);
    Path directory = Path.of(args[2]);
    byte[] table = compile(source, historyDirectory, buildIdOfTheRecordsTable(directory, source));
    Files.createDirectories(directory);
    Path target = directory.resolve(HISTORY_FILE);
    Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "history", ".tmp");
    Files.write(temp, table);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    if (Boolean.getBoolean(GenerateRegistryTable.REPORT_PROPERTY)) {
      // mvn -q must be quiet: the report is printed only when asked for, as the records table's
      System.out.printf("port-registry: wrote %s (%,d bytes)%n", target, table.length);
      System.out.println("port-registry: " + HistoryTableWriter.usage(table));
    }
  }

  /**
   * The build id of the records table that {@link GenerateRegistryTable} has just written into
   * {@code directory}: the history table carries it too, so that a jar mixing tables of two builds
   * refuses to answer history. The records table must have been compiled from {@code source}, the
   * history's current registry (the SHA-256 in its header): the history refers to that registry's
   * records by number, and its build id is the runtime's only tie between the two.
   *
   * @throws IllegalArgumentException when the records table is not there, too short to hold one,
   *     not a records table of this format, or compiled from another registry file
   * @throws IOException when it or the source cannot be read
   */
  static byte[] buildIdOfTheRecordsTable(Path directory, Path source) throws IOException {
    Path records = directory.resolve(GenerateRegistryTable.RECORDS_FILE);
    if (!Files.isRegularFile(records)) {
      throw new IllegalArgumentException(
          "no records table "
              + records
              + ": GenerateRegistryTable writes it first, into the same directory");
    }
    byte[] table = Files.readAllBytes(records);
    if (table.length < TableWriter.HEADER_SIZE) {
      throw new IllegalArgumentException(
          "records table " + records + " has " + table.length + " bytes, shorter than its header");
    }
    ByteBuffer header = ByteBuffer.wrap(table);
    if (header.getInt(0) != TableWriter.MAGIC || header.getShort(4) != TableWriter.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "records table "
              + records
              + " is not a records table of format "
              + TableWriter.FORMAT_VERSION);
    }
    String compiledFrom = HexFormat.of().formatHex(table, 8, 40);
    String sourceSha256 = Limits.sha256(Files.readAllBytes(source));
    if (!compiledFrom.equals(sourceSha256)) {
      throw new IllegalArgumentException(
          "records table "
              + records
              + " was compiled from a registry file with SHA-256 "
              + compiledFrom
              + ", not from "
              + source
              + " ("
              + sourceSha256
              + "): run GenerateRegistryTable on it first");
    }
    return Arrays.copyOfRange(
        table, TableWriter.BUILD_ID_AT, TableWriter.BUILD_ID_AT + TableWriter.BUILD_ID_LENGTH);
  }

  /**
   * Reads, compiles and writes to bytes: the whole generator but the file it writes.
   *
   * @param source the current registry file
   * @param historyDirectory the vendored snapshots and their manifest
   * @param buildId the build id of the records and status tables compiled from {@code source}
   * @return the table's bytes
   * @throws IOException when a file cannot be read
   */
  public static byte[] compile(Path source, Path historyDirectory, byte[] buildId)
      throws IOException {
    Path manifestPath = historyDirectory.resolve(SnapshotManifest.FILE_NAME);
    SnapshotManifest manifest =
        SnapshotManifest.parse(manifestPath.toString(), Files.readAllBytes(manifestPath));
    NormalizedRegistry current =
        NormalizedRegistry.read(source.toString(), Files.readAllBytes(source), manifest);
    HistoryCompiler compiler = new HistoryCompiler();
    for (SnapshotManifest.Entry e : HistorySources.before(manifest, current.dataDate())) {
      Path file = HistorySources.file(historyDirectory, e);
      NormalizedRegistry snapshot =
          NormalizedRegistry.read(file.toString(), Files.readAllBytes(file), manifest);
      if (!snapshot.sha256().equals(e.sha256())) {
        throw new RegistryCsvException(
            file.toString(),
            1,
            1,
            "SHA-256 "
                + snapshot.sha256()
                + " differs from the "
                + e.sha256()
                + " that "
                + SnapshotManifest.FILE_NAME
                + " line "
                + e.line()
                + " gives: the vendored file was changed");
      }
      compiler.add(snapshot);
    }
    HistoryModel model = compiler.add(current).finish();
    if (Boolean.getBoolean(GenerateRegistryTable.REPORT_PROPERTY)) {
      System.out.printf(
          "port-registry: history of %d snapshots, %s to %s%n",
          model.snapshots().size(), model.snapshots().get(0).date(), current.dataDate());
    }
    return HistoryTableWriter.write(model, current, buildId);
  }
}
