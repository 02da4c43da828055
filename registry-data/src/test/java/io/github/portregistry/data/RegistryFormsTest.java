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

class RegistryFormsTest {
  private static final Path HISTORY = Path.of("src/main/registry/history");

  /** Every vendored file is detected as the form the manifest gives it, from its bytes alone. */
  @Test
  void detectsTheFormOfEveryVendoredFileAsTheManifestListsIt() throws IOException {
    SnapshotManifest manifest = manifest();
    assertThat(manifest.entries()).hasSize(28);
    for (SnapshotManifest.Entry e : manifest.entries()) {
      byte[] bytes = Files.readAllBytes(HISTORY.resolve(e.file()));
      // A name that says nothing: detection must not look at it.
      assertThat(RegistryForms.detect("registry", bytes)).as(e.file()).isEqualTo(e.form());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<?xml version='1.0'?><registry/>                      | XML",
        "\uFEFF  <registry xmlns='x'/>                         | XML",
        "Service Name,Port Number,Transport Protocol,Description | CSV",
        "Port Number,Service Name                              | CSV",
        "PORT NUMBERS\\n\\n(last updated 2009-10-07)\\n        | PORT_NUMBERS",
        "   ni-ftp           47/tcp    NI FTP                  | RFC",
        // the CSV's first column may be unnamed; only UDP; a tab before the port; a slash first
        ",Port Number,Transport Protocol                       | CSV",
        "\\n\\n   ni-ftp           47/udp    NI FTP          | RFC",
        "ftp\\t21/tcp                                          | RFC",
        "/etc/services\\n ftp 21/tcp                          | RFC",
      })
  void detectsEachFormFromItsContent(String content, RegistryForm form) {
    assertThat(
            RegistryForms.detect(
                "f",
                content.replace("\\n", "\n").replace("\\t", "\t").getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(form);
  }

  @Test
  void anythingElseFailsNamingTheFormsItCouldHaveBeen() {
    assertThatThrownBy(() -> RegistryForms.detect("notes.txt", "hello, world\n47 tcp\n".getBytes()))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageStartingWith("notes.txt:1:1: not a registry file of any known form");
    assertThatThrownBy(() -> RegistryForms.detect("empty", " \n".getBytes()))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage("empty:1:1: empty file: no registry data");
    // A slash that is not a port's: "a/tcp" and "1/tcpx" at the start of the file.
    assertThatThrownBy(() -> RegistryForms.detect("f", "1/tcp\nsee a/udp".getBytes()))
        .isInstanceOf(RegistryCsvException.class);
    // No digits before the slash, a protocol that is not one, a header without a comma.
    for (String notAPortLine :
        new String[] {"see /tcp", "ftp 21/tcx", "Service Name\nPort Number"}) {
      assertThatThrownBy(() -> RegistryForms.detect("f", notAPortLine.getBytes()))
          .as(notAPortLine)
          .isInstanceOf(RegistryCsvException.class)
          .hasMessageStartingWith("f:1:1: not a registry file of any known form");
    }
  }

  static SnapshotManifest manifest() throws IOException {
    Path path = HISTORY.resolve(SnapshotManifest.FILE_NAME);
    return SnapshotManifest.parse(path.toString(), Files.readAllBytes(path));
  }
}
