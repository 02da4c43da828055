package io.github.portregistry.data;

import java.util.Objects;

/**
 * One snapshot in a port's history: what the runtime's {@code RegistrySnapshot} reports.
 *
 * @param date the data date, at its precision
 * @param form the form the file was published in
 * @param recordCount number of records in it
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record HistorySnapshot(CsvDate date, RegistryForm form, int recordCount, String sha256) {

  /** Rejects nulls. */
  public HistorySnapshot {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** The snapshot a normalized registry is. */
  public static HistorySnapshot of(NormalizedRegistry registry) {
    return new HistorySnapshot(
        registry.dataDate(), registry.form(), registry.records().size(), registry.sha256());
  }
}
