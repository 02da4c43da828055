package io.github.portregistry;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests of hand-checked facts hold for the vendored 2026-02-13 snapshot only. A build with {@code
 * -Dregistry.csv=other.csv} skips them (and still runs every comparison with the CSV).
 */
final class VendoredSnapshot {
  static final String SHA256 = "361899a76482379959543892e489689a45f676feba5988f7d4d369517da5bbad";

  private VendoredSnapshot() {}

  static boolean isBuilt() {
    return PortRegistry.version().sourceSha256().equals(SHA256);
  }

  /** Skips the calling test unless the tables were compiled from the vendored CSV. */
  static void assume() {
    assumeTrue(isBuilt(), "facts of the vendored 2026-02-13 registry; this build used another CSV");
  }
}
