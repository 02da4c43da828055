package io.github.portregistry.data;

import java.util.List;
import java.util.Objects;

/**
 * One registry snapshot, read from any form and normalized: the compiled model's input. Two
 * publications of one registry state (the CSV and the XML of 2015-10-08, say) give equal records.
 *
 * @param fileName the file name as given, for error messages
 * @param form the form the file was published in
 * @param dataDate the registry's date: stated in the file, or by the manifest, or (for a CSV known
 *     to neither) its newest Registration or Modification Date; see {@link Normalizer}
 * @param sha256 lower-case hex SHA-256 of the file's bytes, as {@code sha256sum} prints it
 * @param records every record, in registry order
 * @param people the people list, in file order; empty where the form has none
 */
public record NormalizedRegistry(
    String fileName,
    RegistryForm form,
    CsvDate dataDate,
    String sha256,
    List<RegistryRecord> records,
    List<Person> people) {

  /** Rejects nulls; copies the lists. */
  public NormalizedRegistry {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(dataDate, "dataDate");
    Objects.requireNonNull(sha256, "sha256");
    records = List.copyOf(records);
    people = List.copyOf(people);
  }

  /**
   * Reads a registry file of any form, detected from its content, and normalizes it, with no
   * manifest to date it: what tests and tools use for a single file.
   *
   * @throws RegistryCsvException at the first thing that cannot be read exactly
   */
  public static NormalizedRegistry read(String fileName, byte[] content) {
    return read(fileName, content, SnapshotManifest.EMPTY);
  }

  /**
   * Reads a registry file of any form and normalizes it, dating it with {@code manifest} where the
   * file is listed there (by SHA-256, so a copy anywhere is recognised).
   *
   * @throws RegistryCsvException at the first thing that cannot be read exactly, or when the file
   *     and the manifest disagree
   */
  public static NormalizedRegistry read(
      String fileName, byte[] content, SnapshotManifest manifest) {
    Limits.checkFile(fileName, content.length);
    SourceSnapshot source =
        RegistryForms.reader(RegistryForms.detect(fileName, content)).read(fileName, content);
    return Normalizer.normalize(source, manifest.bySha256(source.sha256()));
  }
}
