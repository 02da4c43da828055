package io.github.portregistry;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests of hand-checked facts hold for the vendored 2026-08-17 snapshot (the default, {@code
 * 2026-08-17.xml}) only. A build with {@code -Dregistry.file=other} skips them (and still runs
 * every comparison with the file).
 */
final class VendoredSnapshot {
  static final String SHA256 = "4bbf00ef4dd194ea3098d090b42a832c0f8aef704699956a4a7e24576a49631b";

  private VendoredSnapshot() {}

  static boolean isBuilt() {
    return PortRegistry.version().sourceSha256().equals(SHA256);
  }

  /** Skips the calling test unless the tables were compiled from the vendored CSV. */
  static void assume() {
    assumeTrue(
        isBuilt(), "facts of the vendored 2026-08-17 registry; this build used another file");
  }
}
