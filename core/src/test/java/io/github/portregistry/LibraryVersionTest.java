package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The version read from the manifest; the jar itself is checked by {@code ReleaseArtifactsIT}. */
class LibraryVersionTest {
  private static Manifest manifest(String text) throws IOException {
    return new Manifest(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTheVersionFromOurOwnManifest() throws IOException {
    assertThat(
            LibraryVersion.versionOf(
                manifest(
                    "Manifest-Version: 1.0\n"
                        + "Implementation-Title: port-registry\n"
                        + "Implementation-Version: 1.4.2\n")))
        .isEqualTo("1.4.2");
  }

  @Test
  void anotherJarsManifestOrAMissingVersionIsUnknown() throws IOException {
    // What a fat jar that shaded this library would carry: its own title and version.
    assertThat(
            LibraryVersion.versionOf(
                manifest(
                    "Manifest-Version: 1.0\n"
                        + "Implementation-Title: some-application\n"
                        + "Implementation-Version: 7.0\n")))
        .isEqualTo("unknown");
    assertThat(
            LibraryVersion.versionOf(
                manifest("Manifest-Version: 1.0\nImplementation-Title: port-registry\n")))
        .isEqualTo("unknown");
    assertThat(LibraryVersion.versionOf(manifest("Manifest-Version: 1.0\n"))).isEqualTo("unknown");
  }

  @Test
  void classesOutsideTheJarHaveNoVersionAndSaySo() {
    // Surefire runs the tests against target/classes, a directory with no manifest of ours.
    assertThat(PortRegistry.class.getResource("PortRegistry.class")).hasProtocol("file");
    assertThat(PortRegistry.libraryVersion()).isEqualTo("unknown");
  }
}
