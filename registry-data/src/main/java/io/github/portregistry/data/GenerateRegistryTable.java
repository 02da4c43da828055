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
 * java io.github.portregistry.data.GenerateRegistryTable service-names-port-numbers.csv out/registry.bin
 * </pre>
 *
 * <p>A plain program: it throws instead of calling {@code System.exit}, so that it can run inside
 * the Maven JVM and in tests. A malformed CSV throws {@link RegistryCsvException} with file, line
 * and column; the output file is then left untouched, never half written.
 */
public final class GenerateRegistryTable {
  private GenerateRegistryTable() {}

  /**
   * Compiles {@code args[0]} (the CSV) into {@code args[1]} (the table file).
   *
   * @param args the CSV path and the output path
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: GenerateRegistryTable <registry.csv> <output registry.bin>, got "
              + args.length
              + " arguments");
    }
    Path csvPath = Path.of(args[0]);
    Path output = Path.of(args[1]);
    RegistryCsv csv = RegistryCsv.parse(csvPath.toString(), Files.readAllBytes(csvPath));
    byte[] table = TableWriter.write(csv);

    Path parent = output.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "registry", ".tmp");
    Files.write(temp, table);
    Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf(
        "port-registry: compiled %,d records (data date %s, sha256 %s) into %s, %,d bytes%n",
        csv.records().size(), csv.dataDate(), csv.sha256(), output, table.length);
  }
}
