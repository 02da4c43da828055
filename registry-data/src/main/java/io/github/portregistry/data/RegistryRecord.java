package io.github.portregistry.data;

import java.util.List;
import java.util.Optional;

/**
 * One validated row of the registry CSV, with the facts the generator derives from it.
 *
 * <p>Text fields are exactly as in the CSV ("" when blank). {@code firstPort} and {@code lastPort}
 * are -1 for records without a port (service names registered without one).
 *
 * @param line the 1-based line where the row starts in the CSV, for error messages
 * @param protocol "tcp", "udp", "sctp", "dccp" (lower case), or "" for all four
 * @param references the bracketed items of the Reference field without their brackets, or the whole
 *     field as one item when it is not a plain bracketed list
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
    List<String> references,
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
}
