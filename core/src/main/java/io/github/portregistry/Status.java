package io.github.portregistry;

/**
 * What the registry says about a port on a transport protocol.
 *
 * <p>When several records cover a port, the highest wins in declaration order: one assignment makes
 * a port {@link #ASSIGNED}; otherwise one reservation makes it {@link #RESERVED}.
 *
 * <pre>{@code
 * PortRegistry.status(22, Protocol.TCP);   // ASSIGNED (ssh)
 * PortRegistry.status(143, Protocol.UDP);  // RESERVED
 * PortRegistry.status(49152);              // UNASSIGNED
 * }</pre>
 */
public enum Status {
  /** A service name is registered for the port (or an "any private ..." use, as on port 24). */
  ASSIGNED("Assigned"),
  /** IANA holds the port back: a record without a service name whose description is "Reserved". */
  RESERVED("Reserved"),
  /** No record assigns or reserves the port: free, de-registered, removed, or never registered. */
  UNASSIGNED("Unassigned");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** The status as a person reads it: "Assigned", "Reserved" or "Unassigned". */
  public String label() {
    return label;
  }
}
