package io.github.portregistry.data;

import java.util.List;
import java.util.Optional;

/**
 * One normalized registry record: a {@link SourceRecord}'s fields as written, plus what the {@link
 * Normalizer} derives from them. The same for every form.
 *
 * <p>Text fields are exactly as in the source ("" when blank). {@code firstPort} and {@code
 * lastPort} are -1 for records without a port (service names registered without one).
 *
 * @param line the 1-based line where the record starts in its file, for error messages
 * @param protocol "tcp", "udp", "sctp", "dccp" (lower case), or "" for all four
 * @param references the items the record refers to, in order, each with its kind
 * @param removalDate when the record says the port was removed from assignment (non-assignments
 *     only, see {@link RemovalNotes})
 * @param formerly what the port carried before, where the record says so ("" otherwise)
 */
public record RegistryRecord(
    int line,
    String serviceName,
    int firstPort,
    int lastPort,
    String protocol,
    RecordKind kind,
    String description,
    String assignee,
    String contact,
    Optional<CsvDate> registrationDate,
    Optional<CsvDate> modificationDate,
    List<Reference> references,
    String serviceCode,
    String unauthorizedUseReported,
    String assignmentNotes,
    Optional<CsvDate> removalDate,
    String formerly) {

  /** Defensive copy: records are shared with table writers and tests. */
  public RegistryRecord {
    references = List.copyOf(references);
  }

  /** True when the record names a port or port range. */
  public boolean hasPort() {
    return firstPort >= 0;
  }

  /**
   * The references' texts as the CSV writes them between brackets: {@code [RFC4251]} gives
   * "RFC4251".
   */
  public List<String> referenceTexts() {
    return references.stream().map(Reference::text).toList();
  }
}
