package io.github.portregistry;

import java.util.Objects;
import java.util.Set;

/**
 * Which registry snapshot the tables were compiled from.
 *
 * <pre>{@code
 * RegistryVersion v = PortRegistry.version();
 * v.dataDate();      // 2026-08-17
 * v.recordCount();   // 14533
 * v.sourceSha256();  // "4bbf00ef..." (as sha256sum prints it)
 * v.form();          // "xml"
 * }</pre>
 *
 * @param dataDate the registry's date: the one the file states (the XML's {@code <updated>}), or
 *     for a form that states none (the CSV) the project's manifest or the newest Registration or
 *     Modification Date in the file
 * @param recordCount the number of records
 * @param sourceSha256 the SHA-256 of the source file, 64 lower-case hex digits
 * @param form the form the source file was published in: "xml", "csv", "port-numbers" (the legacy
 *     text, until 2011) or "rfc" (RFC 1340/1700 "Assigned Numbers")
 */
public record RegistryVersion(
    RegistryDate dataDate, int recordCount, String sourceSha256, String form) {
  private static final Set<String> FORMS = Set.of("xml", "csv", "port-numbers", "rfc");

  /** Rejects nulls and impossible values. */
  public RegistryVersion {
    Objects.requireNonNull(dataDate, "dataDate must not be null");
    Objects.requireNonNull(sourceSha256, "sourceSha256 must not be null");
    Objects.requireNonNull(form, "form must not be null");
    if (recordCount < 0) {
      throw new IllegalArgumentException("recordCount " + recordCount + " is negative");
    }
    if (!FORMS.contains(form)) {
      throw new IllegalArgumentException(
          "form \"" + form + "\" is not one of xml, csv, port-numbers, rfc");
    }
  }
}
