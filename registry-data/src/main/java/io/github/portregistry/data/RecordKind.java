package io.github.portregistry.data;

/**
 * What a registry record says about its ports, decided from the CSV row alone.
 *
 * <p>The order is the table's encoding order and matches the runtime {@code Status} enum.
 */
public enum RecordKind {
  /** A service name is registered, or the Description starts with "any private" (port 24). */
  ASSIGNED,
  /** No service name and the Description starts with "Reserved" (any case). */
  RESERVED,
  /** Anything else without a service name: "Unassigned", "De-registered", "Removed", ... */
  UNASSIGNED;

  /** Classifies a row by the rules of the project's registry semantics. */
  static RecordKind of(String serviceName, String description) {
    if (!serviceName.isEmpty() || description.startsWith("any private")) {
      return ASSIGNED;
    }
    return description.regionMatches(true, 0, "Reserved", 0, "Reserved".length())
        ? RESERVED
        : UNASSIGNED;
  }
}
