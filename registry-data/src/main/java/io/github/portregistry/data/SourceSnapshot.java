package io.github.portregistry.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One registry file as its reader found it: what every reader returns, whatever the form.
 *
 * @param fileName the file name as given, for error messages
 * @param form the form the content was detected to be
 * @param writtenDate the registry's date where the content states one (the XML's {@code <updated>},
 *     the legacy "(last updated ...)" line, the RFC's month); empty when the form has none (the
 *     CSV; the 1992 extract)
 * @param sha256 lower-case hex SHA-256 of the file's bytes, as {@code sha256sum} prints it
 * @param records every record in registry (file) order
 * @param people the people list, in file order; empty where the form has none
 */
public record SourceSnapshot(
    String fileName,
    RegistryForm form,
    Optional<CsvDate> writtenDate,
    String sha256,
    List<SourceRecord> records,
    List<Person> people) {

  /** Rejects nulls; copies the lists. */
  public SourceSnapshot {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(writtenDate, "writtenDate");
    Objects.requireNonNull(sha256, "sha256");
    records = List.copyOf(records);
    people = List.copyOf(people);
  }
}
