package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The version read from the manifest; the jar itself is checked by {@code ReleaseArtifactsIT}. */
class LibraryVersionTest {
  @Test
  void ourTitleWithAVersionGivesTheVersion() {
    assertThat(LibraryVersion.versionOf("port-registry", "1.4.2")).isEqualTo("1.4.2");
  }

  @Test
  void anotherJarsManifestOrAMissingVersionIsUnknown() {
    // What a fat jar that shaded this library would carry: its own title and version.
    assertThat(LibraryVersion.versionOf("some-application", "7.0")).isEqualTo("unknown");
    assertThat(LibraryVersion.versionOf(null, "7.0")).isEqualTo("unknown");
    assertThat(LibraryVersion.versionOf("port-registry", null)).isEqualTo("unknown");
    assertThat(LibraryVersion.versionOf("port-registry", " ")).isEqualTo("unknown");
  }

  @Test
  void classesOutsideTheJarHaveNoVersionAndSaySo() {
    // Surefire runs the tests against target/classes, a directory with no manifest of ours.
    assertThat(PortRegistry.class.getResource("PortRegistry.class")).hasProtocol("file");
    assertThat(PortRegistry.libraryVersion()).isEqualTo("unknown");
  }
}
