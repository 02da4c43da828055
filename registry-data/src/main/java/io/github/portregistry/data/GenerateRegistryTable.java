package io.github.portregistry.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Compiles the registry CSV into the binary table that {@code port-registry} embeds.
 *
 * <p>Run by the core module's build (exec-maven-plugin, generate-resources phase):
 *
 * <pre>
 * java io.github.portregistry.data.GenerateRegistryTable service-names-port-numbers.csv out/dir
 * </pre>
 *
 * <p>It writes {@value #RECORDS_FILE} (the records table) and {@value #STATUS_FILE} (the per-port
 * status the first lookup needs) into the output directory.
 *
 * <p>A plain program: it throws instead of calling {@code System.exit}, so that it can run inside
 * the Maven JVM and in tests. A malformed CSV throws {@link RegistryCsvException} with file, line
 * and column; the output files are then left untouched. Each file is replaced atomically, never
 * half written; should writing the second fail, the core's loader rejects the pair, which carry the
 * same CSV checksum.
 */
public final class GenerateRegistryTable {
  /** File name of the records table. */
  public static final String RECORDS_FILE = "registry.bin";

  /** File name of the port status table. */
  public static final String STATUS_FILE = "status.bin";

  private GenerateRegistryTable() {}

  /**
   * Compiles {@code args[0]} (the CSV) into the tables in directory {@code args[1]}.
   *
   * @param args the CSV path and the output directory
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: GenerateRegistryTable <registry.csv> <output directory>, got "
              + args.length
              + " arguments");
    }
    Path csvPath = Path.of(args[0]);
    Path directory = Path.of(args[1]);
    RegistryCsv csv = RegistryCsv.parse(csvPath.toString(), Files.readAllBytes(csvPath));
    TableWriter.Tables tables = TableWriter.compile(csv);
    byte[] records = tables.records();
    byte[] status = tables.status();
    Files.createDirectories(directory);
    writeAtomically(directory.resolve(RECORDS_FILE), records);
    writeAtomically(directory.resolve(STATUS_FILE), status);
    System.out.printf(
        "port-registry: compiled %,d records (data date %s, sha256 %s) into %s (%,d + %,d bytes)%n",
        csv.records().size(),
        csv.dataDate(),
        csv.sha256(),
        directory,
        records.length,
        status.length);
    System.out.println("port-registry: " + TableWriter.usage(records));
  }

  /** A failed build must not leave a half-written table behind for the next one to embed. */
  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "table", ".tmp");
    Files.write(temp, bytes);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
