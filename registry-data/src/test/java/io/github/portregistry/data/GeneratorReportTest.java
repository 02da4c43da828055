package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn -q package} is quiet: the generator reports only when -Dregistry.report asks. */
class GeneratorReportTest {
  private static final Path HISTORY = Path.of("src/main/registry/history").toAbsolutePath();

  private static String compile(Path out) throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      GenerateRegistryTable.main(
          new String[] {
            HISTORY.resolve("2014-07-09.csv").toString(),
            HISTORY.resolve(SnapshotManifest.FILE_NAME).toString(),
            out.toString()
          });
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsNothingUnlessAsked(@TempDir Path out) throws IOException {
    String before = System.clearProperty(GenerateRegistryTable.REPORT_PROPERTY);
    try {
      assertThat(compile(out)).isEmpty();
    } finally {
      if (before != null) {
        System.setProperty(GenerateRegistryTable.REPORT_PROPERTY, before);
      }
    }
  }

  @Test
  void reportsWhatItCompiledWhenAsked(@TempDir Path out) throws IOException {
    String before = System.setProperty(GenerateRegistryTable.REPORT_PROPERTY, "true");
    try {
      assertThat(compile(out))
          .startsWith("port-registry: compiled ")
          .contains("data date 2014-07-09")
          .contains(out.toString());
    } finally {
      if (before == null) {
        System.clearProperty(GenerateRegistryTable.REPORT_PROPERTY);
      } else {
        System.setProperty(GenerateRegistryTable.REPORT_PROPERTY, before);
      }
    }
  }
}
