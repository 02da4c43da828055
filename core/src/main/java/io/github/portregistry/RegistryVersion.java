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
 * v.form();          // "csv"
 * }</pre>
 *
 * @param dataDate the registry's date: as the source file states it, or as the project's manifest
 *     of snapshots records it
 * @param recordCount the number of records
 * @param sourceSha256 the SHA-256 of the source registry file, 64 lower-case hex digits
 * @param form the form the source was published in: "xml", "csv", "port-numbers" (the legacy text
 *     of 2011 and before) or "rfc" (RFC 1340 and 1700)
 */
public record RegistryVersion(
    RegistryDate dataDate, int recordCount, String sourceSha256, String form) {

  /**
   * Rejects nulls and impossible values.
   *
   * @throws NullPointerException naming the component that is null
   * @throws IllegalArgumentException when {@code recordCount} is negative
   */
  public RegistryVersion {
    Objects.requireNonNull(dataDate, "dataDate must not be null");
    Objects.requireNonNull(sourceSha256, "sourceSha256 must not be null");
    Objects.requireNonNull(form, "form must not be null");
    if (recordCount < 0) {
      throw new IllegalArgumentException("recordCount " + recordCount + " is negative");
    }
  }

  /**
   * A version of a registry compiled from a CSV, the only form of version 0.1.
   *
   * @throws NullPointerException naming the component that is null
   * @throws IllegalArgumentException when {@code recordCount} is negative
   */
  public RegistryVersion(RegistryDate dataDate, int recordCount, String sourceSha256) {
    this(dataDate, recordCount, sourceSha256, "csv");
  }
}
