package io.github.portregistry.data;

import java.util.List;
import java.util.Objects;

/**
 * What one snapshot of the registry said about one port on one protocol: the unit of history. Two
 * snapshots that say the same thing give equal states, and a history period lasts as long as the
 * state does.
 *
 * <p>The status follows the rules of the current table ({@link TableWriter}): assigned if any
 * covering record is an assignment, else reserved if any is a reservation, else unassigned (also
 * when no record covers the port). The description is not part of a state's identity: a period
 * keeps the description of its first snapshot, so that a reworded description ("NI FTP" to "NI FTP
 * ") does not split one assignment into two.
 *
 * @param status the port's status on the protocol
 * @param serviceNames the distinct service names of the covering records, in registry order (80/tcp
 *     gives http, www, www-http: aliases belong to one state)
 * @param description the description of the first covering record whose kind is the status; "" when
 *     no record covers the port
 */
public record PortState(RecordKind status, List<String> serviceNames, String description) {

  /** A port no record covers. */
  public static final PortState UNCOVERED = new PortState(RecordKind.UNASSIGNED, List.of(), "");

  /** Rejects nulls; copies the names. */
  public PortState {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(description, "description");
    serviceNames = List.copyOf(serviceNames);
  }

  /** True when the registry said the same thing: status and names, descriptions aside. */
  public boolean sameAs(PortState other) {
    return status == other.status && serviceNames.equals(other.serviceNames);
  }
}
