package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateRegistryTableTest {
  @Test
  void aRelativeMissingOrEmptyRegistryPathFailsBeforeAnythingIsRead(@TempDir Path dir) {
    assertThatThrownBy(() -> GenerateRegistryTable.registryFile("history/2026-08-17.xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("registry.file \"history/2026-08-17.xml\" is a relative path");
    Path missing = dir.resolve("nope.csv");
    assertThatThrownBy(() -> GenerateRegistryTable.registryFile(missing.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry.file \"" + missing + "\" does not exist or is not a regular file");
    assertThatThrownBy(() -> GenerateRegistryTable.registryFile(dir.toString()))
        .hasMessageContaining("does not exist or is not a regular file");
    assertThatThrownBy(() -> GenerateRegistryTable.registryFile(" "))
        .hasMessageStartingWith("registry.file is empty");
  }

  @Test
  void compilesAVendoredCsvIntoBothTablesDatedByTheManifest(@TempDir Path out) throws IOException {
    Path history = Path.of("src/main/registry/history").toAbsolutePath();
    GenerateRegistryTable.main(
        new String[] {
          history.resolve("2014-07-09.csv").toString(),
          history.resolve(SnapshotManifest.FILE_NAME).toString(),
          out.toString()
        });
    assertThat(out.resolve(GenerateRegistryTable.RECORDS_FILE)).isRegularFile();
    // A 59-byte header (format 3: form and build id), 65,536 status bytes and a CRC32.
    assertThat(Files.size(out.resolve(GenerateRegistryTable.STATUS_FILE))).isEqualTo(65_599);
  }

  /** Maven printed "null: StackOverflowError" for the issue-11 inputs: no file, no reason. */
  @Test
  void aStackOverflowInTheGeneratorNamesTheFileAndWhatRanOut() {
    assertThatThrownBy(() -> GenerateRegistryTable.namingTheFile("deep.csv", () -> depth(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasCauseInstanceOf(StackOverflowError.class)
        .hasMessageStartingWith(
            "deep.csv: the generator ran out of stack compiling this file"
                + " (java.lang.StackOverflowError)")
        .hasMessageContaining("generator bug");
    assertThat(GenerateRegistryTable.namingTheFile("fine.csv", () -> 42)).isEqualTo(42);
  }

  /** Recursion whose depth nothing bounds, as a backtracking regular expression's. */
  private static int depth(int n) {
    return depth(n + 1) + 1;
  }

  @Test
  void aFileBeyondTheSizeLimitFailsBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.csv");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(Limits.MAX_FILE_BYTES + 1L); // sparse: no 64 MiB written
    }
    Path manifest = Path.of("src/main/registry/history", SnapshotManifest.FILE_NAME);
    assertThatThrownBy(
            () ->
                GenerateRegistryTable.main(
                    new String[] {
                      big.toString(), manifest.toAbsolutePath().toString(), dir.toString()
                    }))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage(
            big + ":1:1: file of 67,108,865 bytes, more than the limit of 67,108,864 (64 MiB)");
  }

  @Test
  void wrongArgumentCountIsAUsageError() {
    assertThatThrownBy(() -> GenerateRegistryTable.main(new String[] {"a", "b"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("usage: GenerateRegistryTable <registry file> <snapshots.tsv>");
  }
}
