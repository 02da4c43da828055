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
    assertThat(Files.size(out.resolve(GenerateRegistryTable.STATUS_FILE)))
        .isEqualTo(43 + 65_536 + 4); // header with the form byte, a byte a port, CRC32
  }

  @Test
  void wrongArgumentCountIsAUsageError() {
    assertThatThrownBy(() -> GenerateRegistryTable.main(new String[] {"a", "b"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("usage: GenerateRegistryTable <registry file> <snapshots.tsv>");
  }
}
