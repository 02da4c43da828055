package io.github.portregistry.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record exactly as a reader found it in its source file, in the registry's own terms and
 * before any interpretation: the output of every reader, whatever the form.
 *
 * <p>Text fields are as the CSV would write them for the same registry state ("" when the form has
 * none), so that one state published in two forms gives equal records. What the CSV cannot say (the
 * kinds of references, for one) is kept beside, never instead.
 *
 * @param line 1-based line where the record starts in its file, for error messages
 * @param column 1-based column where the record starts
 * @param serviceName the service name exactly as written (spaces, capitals and {@code *./_+} are
 *     real), "" for none
 * @param firstPort the first port, -1 for a record without a port
 * @param lastPort the last port (equal to firstPort for one port), -1 for a record without a port
 * @param protocol "tcp", "udp", "sctp", "dccp" (lower case), or "" for all four
 * @param description the description as written
 * @param assignee the assignee, as the CSV writes it ({@code [Jon_Postel]}); in the text forms as
 *     their tag ({@code [JBP]}) or comment line ({@code Jon Postel <postel&isi.edu>}) writes it
 * @param contact the contact, as the CSV writes it; in the text forms as the assignee
 * @param registrationDate the registration date ({@code date} attribute in the XML)
 * @param modificationDate the modification date ({@code updated} attribute in the XML)
 * @param references the references in order, each with its kind
 * @param serviceCode the service code (DCCP), "" for none
 * @param unauthorizedUseReported reported unauthorized use, "" for none
 * @param assignmentNotes the notes as written
 */
public record SourceRecord(
    int line,
    int column,
    String serviceName,
    int firstPort,
    int lastPort,
    String protocol,
    String description,
    String assignee,
    String contact,
    Optional<CsvDate> registrationDate,
    Optional<CsvDate> modificationDate,
    List<Reference> references,
    String serviceCode,
    String unauthorizedUseReported,
    String assignmentNotes) {

  /** Rejects nulls and impossible ports; copies the references. */
  public SourceRecord {
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(registrationDate, "registrationDate");
    Objects.requireNonNull(modificationDate, "modificationDate");
    references = List.copyOf(references);
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(unauthorizedUseReported, "unauthorizedUseReported");
    Objects.requireNonNull(assignmentNotes, "assignmentNotes");
    if (firstPort < -1
        || lastPort > 65535
        || firstPort > lastPort
        || (firstPort == -1) != (lastPort == -1)) {
      throw new IllegalArgumentException("ports " + firstPort + "-" + lastPort);
    }
  }

  /** True when the record names a port or port range. */
  public boolean hasPort() {
    return firstPort >= 0;
  }
}
