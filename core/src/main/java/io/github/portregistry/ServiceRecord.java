package io.github.portregistry;

import java.util.ArrayList;
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
 * ssh.typedReferences().get(0).link();   // Optional[https://www.rfc-editor.org/rfc/rfc4251]
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
 * @param typedReferences the same items as {@code references}, in the same order, each with its
 *     kind (RFC, person, URI, ...): as the XML types them, or inferred from the text for the forms
 *     that write only text. Use it to get an RFC's number or a link without parsing strings.
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
    String assignmentNotes,
    List<Reference> typedReferences) {

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
    typedReferences =
        List.copyOf(Objects.requireNonNull(typedReferences, "typedReferences must not be null"));
    if (typedReferences.size() != references.size()) {
      throw new IllegalArgumentException(
          typedReferences.size()
              + " typed references for "
              + references.size()
              + " references: they must be the same items");
    }
    for (int i = 0; i < references.size(); i++) {
      if (!typedReferences.get(i).text().equals(references.get(i))) {
        throw new IllegalArgumentException(
            "typed reference "
                + i
                + " is \""
                + typedReferences.get(i).text()
                + "\", reference "
                + i
                + " is \""
                + references.get(i)
                + "\": they must be the same items");
      }
    }
  }

  /**
   * A record whose references' kinds are inferred from their text, as for the registry's forms that
   * write only text: {@code RFC4251} an RFC, {@code Jon_Postel} a person, and so on (see {@link
   * Reference}). The constructor of version 0.1, before references had kinds.
   *
   * @throws NullPointerException naming the component that is null
   */
  public ServiceRecord(
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
    this(
        serviceName,
        ports,
        protocol,
        kind,
        description,
        assignee,
        contact,
        registrationDate,
        modificationDate,
        references,
        serviceCode,
        unauthorizedUseReported,
        assignmentNotes,
        inferredKinds(references));
  }

  private static List<Reference> inferredKinds(List<String> references) {
    Objects.requireNonNull(references, "references must not be null");
    List<Reference> typed = new ArrayList<>(references.size());
    for (String text : references) {
      typed.add(Reference.inferred(Objects.requireNonNull(text, "a reference must not be null")));
    }
    return typed;
  }

  /** True when this record applies to {@code p}: its protocol is {@code p} or it names none. */
  public boolean appliesTo(Protocol p) {
    Objects.requireNonNull(p, "protocol must not be null");
    return protocol.isEmpty() || protocol.get() == p;
  }

  /** The protocols this record applies to: its own, or all four when it names none. */
  public Set<Protocol> protocols() {
    return protocol.map(p -> Set.of(p)).orElse(AllProtocols.SET);
  }

  /**
   * Holder: built by the first {@code protocols()}, not by the first record, so that a first {@code
   * describe()} or {@code byServiceName} does not make EnumSet's reflective call for the enum's
   * constants (issue 12).
   */
  private static final class AllProtocols {
    static final Set<Protocol> SET =
        java.util.Collections.unmodifiableSet(EnumSet.allOf(Protocol.class));
  }
}
