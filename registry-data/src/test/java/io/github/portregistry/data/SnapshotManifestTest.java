package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotManifestTest {
  private static final String SHA = "a".repeat(64);

  @Test
  void listsTheVendoredSnapshotsOldestFirstEachWithTheSha256OfItsBytes() throws IOException {
    SnapshotManifest manifest = RegistryFormsTest.manifest();
    assertThat(manifest.entries().get(0).file()).isEqualTo("1992-07-01.txt");
    assertThat(manifest.entries().get(0).date()).isEqualTo(new CsvDate(1992, 7, 0));
    assertThat(manifest.entries().get(27).file()).isEqualTo("2026-08-17.xml");
    CsvDate previous = null;
    for (SnapshotManifest.Entry e : manifest.entries()) {
      if (previous != null) {
        assertThat(e.date()).as(e.file()).isGreaterThanOrEqualTo(previous);
      }
      previous = e.date();
      byte[] bytes = Files.readAllBytes(Path.of("src/main/registry/history", e.file()));
      assertThat(Limits.sha256(bytes)).as(e.file()).isEqualTo(e.sha256());
      assertThat(manifest.bySha256(e.sha256())).isPresent();
    }
    assertThat(manifest.bySha256(SHA)).isEmpty();
  }

  @Test
  void skipsCommentsAndTheHeader() {
    SnapshotManifest m =
        parse(
            "# a comment\nfile\tdate\tform\tsha256\trepository\tcommit\tpath\nx.csv\t2020-01\tcsv\t"
                + SHA
                + "\tr\tc\tp\n");
    assertThat(m.entries())
        .containsExactly(
            new SnapshotManifest.Entry("x.csv", new CsvDate(2020, 1, 0), RegistryForm.CSV, SHA, 3));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x.csv\t2020-01-01\tcsv\t"
            + "a"
            + "\tr\tc\tp | m.tsv:1:22: sha256 \"a\" is not 64 lower-case hex digits",
        "x.csv\t2020-1-01\tcsv\tsha\tr\tc\tp            | m.tsv:1:7: bad date \"2020-1-01\" (expected YYYY-MM-DD or YYYY-MM)",
        "x.csv\t2020-02-30\tcsv\tsha\tr\tc\tp           | m.tsv:1:7: bad date \"2020-02-30\" (expected YYYY-MM-DD or YYYY-MM)",
        "x.csv\t2020-02-01\ttext\tsha\tr\tc\tp          | m.tsv:1:18: unknown form \"text\" (expected rfc, port-numbers, xml or csv)",
        "x.csv\t2020-02-01\tcsv                         | m.tsv:1:1: expected 7 tab-separated fields, found 3",
      })
  void malformedLinesFailWithLineColumnAndReason(String line, String message) {
    assertThatThrownBy(() -> parse(line.replace("\\t", "\t") + "\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage(message);
  }

  private static SnapshotManifest parse(String text) {
    return SnapshotManifest.parse("m.tsv", text.getBytes(StandardCharsets.UTF_8));
  }
}
