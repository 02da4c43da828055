package io.github.portregistry;

import java.util.Objects;

/**
 * Which registry snapshot the tables were compiled from.
 *
 * <pre>{@code
 * RegistryVersion v = PortRegistry.version();
 * v.dataDate();      // 2026-02-13
 * v.recordCount();   // 14499
 * v.sourceSha256();  // "361899a7..." (as sha256sum prints it)
 * }</pre>
 *
 * @param dataDate the newest Registration or Modification Date in the source CSV
 * @param recordCount the number of records (CSV rows after the header)
 * @param sourceSha256 the SHA-256 of the source CSV file, 64 lower-case hex digits
 */
public record RegistryVersion(RegistryDate dataDate, int recordCount, String sourceSha256) {

  /** Rejects nulls and impossible values. */
  public RegistryVersion {
    Objects.requireNonNull(dataDate, "dataDate must not be null");
    Objects.requireNonNull(sourceSha256, "sourceSha256 must not be null");
    if (recordCount < 0) {
      throw new IllegalArgumentException("recordCount " + recordCount + " is negative");
    }
  }
}
