package io.github.portregistry;

import java.util.List;
import java.util.Objects;

/**
 * A stretch of snapshots during which the registry said the same thing about a port on one
 * protocol: the same status and the same service names.
 *
 * <pre>{@code
 * HistoryPeriod p = PortRegistry.lookup(47).history(Protocol.TCP).get(0);
 * p.status();        // ASSIGNED
 * p.serviceNames();  // [ni-ftp]
 * p.description();   // "NI FTP"
 * p.firstSeen();     // the 1992 snapshot: assigned at least since then
 * p.lastSeen();      // the 2017-05-17 snapshot; the next period starts 2017-05-18
 * }</pre>
 *
 * <p>The bounds are snapshots, not the days of change: a change happened after {@link #lastSeen}
 * and no later than the first snapshot of the next period. When {@link #lastSeen} is the current
 * registry ({@link #isCurrent()}), it is still so.
 *
 * @param protocol the protocol the period is about
 * @param status the port's status on it, by the rules of {@link PortRegistry}
 * @param serviceNames the service names of the records covering the port on the protocol, in
 *     registry order; aliases (80's http, www, www-http) are one period. Empty when none
 * @param description the description of the first record that gave the status, as the period's
 *     first snapshot wrote it; "" when no record covered the port
 * @param firstSeen the first snapshot that said this
 * @param lastSeen the last snapshot that said this
 */
public record HistoryPeriod(
    Protocol protocol,
    Status status,
    List<String> serviceNames,
    String description,
    RegistrySnapshot firstSeen,
    RegistrySnapshot lastSeen) {

  /** Rejects nulls; copies the names. */
  public HistoryPeriod {
    Objects.requireNonNull(protocol, "protocol must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(description, "description must not be null");
    Objects.requireNonNull(firstSeen, "firstSeen must not be null");
    Objects.requireNonNull(lastSeen, "lastSeen must not be null");
    serviceNames = List.copyOf(serviceNames);
  }

  /** True when the period lasts to the current registry of this jar: it is still so. */
  public boolean isCurrent() {
    return lastSeen.is(PortRegistry.version());
  }
}
