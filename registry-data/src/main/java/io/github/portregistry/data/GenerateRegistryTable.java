package io.github.portregistry.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * Compiles one registry file, of any form, into the binary tables that {@code port-registry}
 * embeds.
 *
 * <p>Run by the core module's build (exec-maven-plugin, generate-resources phase):
 *
 * <pre>
 * java io.github.portregistry.data.GenerateRegistryTable /abs/registry.xml /abs/snapshots.tsv out/dir
 * </pre>
 *
 * <p>The path is the one given as {@code -Dregistry.file} (or its alias {@code -Dregistry.csv}).
 * Its form is detected from the content ({@link RegistryForms}); the manifest dates the files that
 * state no date of their own ({@link Normalizer}). It writes {@value #RECORDS_FILE} (the records
 * table) and {@value #STATUS_FILE} (the per-port status the first lookup needs) into the output
 * directory.
 *
 * <p>A plain program: it throws instead of calling {@code System.exit}, so that it can run inside
 * the Maven JVM and in tests. A malformed file throws {@link RegistryCsvException} with file, line
 * and column; the output files are then left untouched. Each file is replaced atomically, never
 * half written; should writing the second fail, the core's loader rejects the pair, which carry the
 * same source checksum.
 */
public final class GenerateRegistryTable {
  /** File name of the records table. */
  public static final String RECORDS_FILE = "registry.bin";

  /** File name of the port status table. */
  public static final String STATUS_FILE = "status.bin";

  /**
   * System property that asks for the report: what was compiled, and how full each table is ({@code
   * mvn package -Dregistry.report=true}).
   */
  public static final String REPORT_PROPERTY = "registry.report";

  private GenerateRegistryTable() {}

  /**
   * Compiles {@code args[0]} (the registry file) into the tables in directory {@code args[2]},
   * dated with the manifest {@code args[1]}.
   *
   * @param args the registry file's absolute path, the manifest's path and the output directory
   * @throws IOException when a file cannot be read or written
   * @throws IllegalArgumentException when the registry path is relative or names no file
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: GenerateRegistryTable <registry file> <snapshots.tsv> <output directory>, got "
              + args.length
              + " arguments");
    }
    Path source = registryFile(args[0]);
    Path manifestPath = Path.of(args[1]);
    Path directory = Path.of(args[2]);
    SnapshotManifest manifest =
        SnapshotManifest.parse(manifestPath.toString(), Files.readAllBytes(manifestPath));
    String file = source.toString();
    Limits.checkFile(file, Files.size(source)); // before reading it all into memory
    byte[] content = Files.readAllBytes(source);
    NormalizedRegistry registry =
        namingTheFile(file, () -> NormalizedRegistry.read(file, content, manifest));
    TableWriter.Tables tables = namingTheFile(file, () -> TableWriter.compile(registry));
    byte[] records = tables.records();
    byte[] status = tables.status();
    Files.createDirectories(directory);
    writeAtomically(directory.resolve(RECORDS_FILE), records);
    writeAtomically(directory.resolve(STATUS_FILE), status);
    if (!Boolean.getBoolean(REPORT_PROPERTY)) {
      return; // mvn -q must be quiet: the report is printed only when asked for
    }
    System.out.printf(
        "port-registry: compiled %,d records (%s form, data date %s, sha256 %s) into %s (%,d + %,d"
            + " bytes)%n",
        registry.records().size(),
        registry.form().registryName(),
        registry.dataDate(),
        registry.sha256(),
        directory,
        records.length,
        status.length);
    System.out.println("port-registry: " + TableWriter.usage(records));
  }

  /**
   * The registry file, checked before anything is read: Maven runs the generator in the core
   * module's directory, so a relative path would silently mean something else than the user meant.
   */
  static Path registryFile(String given) {
    if (given.isBlank()) {
      throw new IllegalArgumentException(
          "registry.file is empty: give the absolute path of a registry file");
    }
    Path path = Path.of(given);
    if (!path.isAbsolute()) {
      throw new IllegalArgumentException(
          "registry.file \""
              + given
              + "\" is a relative path; give an absolute one, such as -Dregistry.file=\"$PWD/"
              + given
              + "\"");
    }
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(
          "registry.file \"" + given + "\" does not exist or is not a regular file");
    }
    return path;
  }

  /**
   * Runs one step, turning a {@link StackOverflowError} or {@link OutOfMemoryError} into an
   * exception that names the file and says what ran out. Maven prints such an error as {@code null:
   * StackOverflowError}, which tells the user nothing; every input within the {@link Limits} is
   * meant to compile in time and memory linear in its size, so either is a generator bug.
   */
  static <T> T namingTheFile(String file, Supplier<T> step) {
    try {
      return step.get();
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw new IllegalStateException(
          file
              + ": the generator ran out of "
              + (e instanceof StackOverflowError ? "stack" : "memory")
              + " compiling this file ("
              + e
              + "). Files within the documented limits should compile in time and memory linear"
              + " in their size: this is a generator bug, please report it with the file",
          e);
    }
  }

  /** A failed build must not leave a half-written table behind for the next one to embed. */
  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "table", ".tmp");
    Files.write(temp, bytes);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
