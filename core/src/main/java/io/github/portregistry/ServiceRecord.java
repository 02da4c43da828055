package io.github.portregistry;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One record (one CSV row) of the IANA registry, field for field.
 *
 * <p>Text fields are exactly as the registry gives them, line breaks and all, and "" when blank;
 * nothing is null. A record without a port is a service name registered without one (for DNS-SD,
 * for example); a record without a protocol applies to all four.
 *
 * <pre>{@code
 * ServiceRecord ssh = PortRegistry.lookup(22).records().get(0);
 * ssh.serviceName();   // "ssh"
 * ssh.ports();         // Optional[22]
 * ssh.protocol();      // Optional[TCP]
 * ssh.kind();          // ASSIGNED
 * ssh.references();    // [RFC4251]
 * }</pre>
 *
 * @param serviceName the service name, "" for records that assign no name (reservations, removals)
 * @param ports the port or port range, empty for a service name registered without a port
 * @param protocol the transport protocol, empty when the record applies to all four
 * @param kind {@link Status#ASSIGNED} when the record has a service name or its description starts
 *     with "any private"; else {@link Status#RESERVED} when the description starts with "Reserved"
 *     (any case); else {@link Status#UNASSIGNED}
 * @param description the Description column
 * @param assignee the Assignee column, usually a bracketed handle such as "[IESG]"
 * @param contact the Contact column
 * @param registrationDate the Registration Date, at the registry's precision
 * @param modificationDate the Modification Date, at the registry's precision
 * @param references the items of the Reference column without their brackets ("[RFC9051][RFC8314]"
 *     gives RFC9051, RFC8314); a column that is not a bracketed list is one item, as written
 * @param serviceCode the Service Code column
 * @param unauthorizedUseReported the Unauthorized Use Reported column
 * @param assignmentNotes the Assignment Notes column
 */
public record ServiceRecord(
    String serviceName,
    Optional<PortRange> ports,
    Optional<Protocol> protocol,
    Status kind,
    String description,
    String assignee,
    String contact,
    Optional<RegistryDate> registrationDate,
    Optional<RegistryDate> modificationDate,
    List<String> references,
    String serviceCode,
    String unauthorizedUseReported,
    String assignmentNotes) {

  /**
   * Rejects nulls and copies {@code references} into an unmodifiable list.
   *
   * @throws NullPointerException naming the component that is null
   */
  public ServiceRecord {
    Objects.requireNonNull(serviceName, "serviceName must not be null");
    Objects.requireNonNull(ports, "ports must not be null");
    Objects.requireNonNull(protocol, "protocol must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(description, "description must not be null");
    Objects.requireNonNull(assignee, "assignee must not be null");
    Objects.requireNonNull(contact, "contact must not be null");
    Objects.requireNonNull(registrationDate, "registrationDate must not be null");
    Objects.requireNonNull(modificationDate, "modificationDate must not be null");
    references = List.copyOf(Objects.requireNonNull(references, "references must not be null"));
    Objects.requireNonNull(serviceCode, "serviceCode must not be null");
    Objects.requireNonNull(unauthorizedUseReported, "unauthorizedUseReported must not be null");
    Objects.requireNonNull(assignmentNotes, "assignmentNotes must not be null");
  }

  /** True when this record applies to {@code p}: its protocol is {@code p} or it names none. */
  public boolean appliesTo(Protocol p) {
    Objects.requireNonNull(p, "protocol must not be null");
    return protocol.isEmpty() || protocol.get() == p;
  }

  /** The protocols this record applies to: its own, or all four when it names none. */
  public Set<Protocol> protocols() {
    return protocol.map(p -> Set.of(p)).orElse(ALL_PROTOCOLS);
  }

  private static final Set<Protocol> ALL_PROTOCOLS =
      java.util.Collections.unmodifiableSet(EnumSet.allOf(Protocol.class));
}
