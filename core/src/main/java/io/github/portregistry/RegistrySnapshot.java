package io.github.portregistry;

import java.util.Objects;

/**
 * One published state of the registry that this jar's history was compiled from.
 *
 * <pre>{@code
 * List<RegistrySnapshot> all = PortRegistry.snapshots();
 * all.get(0).date();                      // 1992-07 (RFC 1340: month precision)
 * all.get(0).form();                      // "rfc"
 * all.get(all.size() - 1).sourceSha256(); // equals PortRegistry.version().sourceSha256()
 * }</pre>
 *
 * @param date the registry's data date, at the precision its source gives (a month for the RFCs)
 * @param form the form it was published in: "rfc", "port-numbers", "xml" or "csv"
 * @param recordCount the number of records it holds
 * @param sourceSha256 the SHA-256 of the file, 64 lower-case hex digits, as {@code sha256sum}
 *     prints it: the file can be found again by it
 */
public record RegistrySnapshot(
    RegistryDate date, String form, int recordCount, String sourceSha256) {

  /** Rejects nulls and impossible values. */
  public RegistrySnapshot {
    Objects.requireNonNull(date, "date must not be null");
    Objects.requireNonNull(form, "form must not be null");
    Objects.requireNonNull(sourceSha256, "sourceSha256 must not be null");
    if (recordCount < 0) {
      throw new IllegalArgumentException("recordCount " + recordCount + " is negative");
    }
  }

  /**
   * True when this snapshot is the registry {@code version} describes: same date, form, count and
   * file.
   */
  public boolean is(RegistryVersion version) {
    return date.equals(version.dataDate())
        && form.equals(version.form())
        && recordCount == version.recordCount()
        && sourceSha256.equals(version.sourceSha256());
  }
}
