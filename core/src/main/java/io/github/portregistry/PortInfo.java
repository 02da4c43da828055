package io.github.portregistry;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the registry says about one port: its status per transport protocol, its range class,
 * service names, the records that cover it, and its removal history.
 *
 * <pre>{@code
 * PortInfo info = PortRegistry.lookup(143);
 * info.status();                 // ASSIGNED (imap on TCP)
 * info.status(Protocol.UDP);     // RESERVED
 * info.serviceNames();           // [imap]
 * info.range();                  // SYSTEM
 * System.out.println(info.describe());
 * }</pre>
 *
 * <p>Immutable and thread-safe. Two instances are equal when they describe the same port of the
 * same registry; {@link #records()} and {@link #serviceNames()} return the same list objects for
 * every instance of a port.
 */
public final class PortInfo {
  private final int port;
  private final byte statusBits;

  /**
   * Only the port and its status byte: a lookup allocates nothing else, and when the caller only
   * reads {@link #status()} or {@link #range()} the JIT can drop even this object (escape
   * analysis). What comes from the records table is read from the store, {@link Registry#details},
   * which builds it once a port and keeps it.
   */
  PortInfo(int port, byte statusBits) {
    this.port = port;
    this.statusBits = statusBits;
  }

  private PortDetails details() {
    return Registry.details(port);
  }

  /** The port number, 0-65535. */
  public int port() {
    return port;
  }

  /**
   * The port's status over all protocols: {@link Status#ASSIGNED} if it is assigned on any
   * protocol, else {@link Status#RESERVED} if reserved on any, else {@link Status#UNASSIGNED}.
   */
  public Status status() {
    return Status.overall(statusBits);
  }

  /**
   * The status on one protocol: assigned if any record covering the port on {@code protocol} is an
   * assignment, else reserved if any is a reservation, else unassigned (also with no records).
   *
   * @throws NullPointerException when {@code protocol} is null
   */
  public Status status(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol must not be null");
    return Status.of(statusBits, protocol);
  }

  /** The range class: System, User or Dynamic. */
  public RangeClass range() {
    return RangeClass.of(port);
  }

  /**
   * The protocols {@link #status()} applies to: those whose {@link #status(Protocol)} equals it.
   * Port 47 gives TCP and UDP (reserved on both); an unassigned port gives all four. Iterates in
   * {@link Protocol} order; unmodifiable.
   */
  public Set<Protocol> protocols() {
    return Status.protocolsOfOverall(statusBits);
  }

  /**
   * The distinct service names of the records covering this port, in registry order; port 80 gives
   * http, www, www-http. Empty (never null) when no record names a service.
   */
  public List<String> serviceNames() {
    return details().serviceNames;
  }

  /**
   * The distinct service names of the records covering this port on {@code protocol} (including
   * records that name no protocol), in registry order.
   *
   * @throws NullPointerException when {@code protocol} is null
   */
  public List<String> serviceNames(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol must not be null");
    return PortDetails.namesOf(details().records, protocol);
  }

  /**
   * When the port was removed from assignment: the latest removal date among its records that are
   * not assignments, read from their description or notes ("This entry has been removed on
   * 2017-05-18", "Deprecated June 2004") or, where they only say so without a date, their
   * modification date. Port 47 gives 2017-05-18; port 80 gives empty.
   */
  public Optional<RegistryDate> removalDate() {
    return details().removalDate;
  }

  /**
   * What the port carried before. First what the registry's notes say ("formerly compressnet" on
   * port 2, "NETCONF over BEEP" on 831); failing that, its {@linkplain #history() history}: the
   * service names of the latest assigned period, on any protocol, whose names the current registry
   * no longer lists on this port (ASCII case ignored), joined with ", ". Port 47 gives "ni-ftp",
   * port 3283 "Apple Remote Desktop (Net Assistant)" (today's name there is net-assistant). Empty
   * when neither says anything; the history table is loaded only when the notes are silent.
   */
  public Optional<String> formerly() {
    Optional<String> noted = details().formerly;
    return noted.isPresent() ? noted : Registry.history(port).formerly();
  }

  /**
   * Every period of this port's history, on every protocol: what each snapshot of the registry,
   * from 1992 to the current one, said about it. Ordered by first snapshot, then TCP, UDP, SCTP,
   * DCCP; each protocol's periods cover every snapshot once, in order. Port 47 on TCP: {@code
   * ni-ftp} "NI FTP" from the first snapshot to 2017-05-17, Reserved from 2017-05-18 on. A port no
   * snapshot ever mentions has one Unassigned period a protocol.
   *
   * <p>The history table is loaded on the first call (a few milliseconds); each port's list is
   * built once and returned again, unmodifiable, to every later call.
   */
  public List<HistoryPeriod> history() {
    return Registry.history(port).periods;
  }

  /**
   * The periods of {@link #history()} on one protocol, oldest first.
   *
   * @throws NullPointerException when {@code protocol} is null
   */
  public List<HistoryPeriod> history(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol must not be null");
    List<HistoryPeriod> of = new ArrayList<>();
    for (HistoryPeriod p : history()) {
      if (p.protocol() == protocol) {
        of.add(p);
      }
    }
    return List.copyOf(of);
  }

  /**
   * Every registry record covering this port, range records included, in registry order; empty for
   * a port no record mentions (all of 49152-65535). Unmodifiable.
   */
  public List<ServiceRecord> records() {
    return details().records;
  }

  /**
   * The records covering this port that apply to {@code protocol}: those naming it and those naming
   * no protocol, range records included, in registry order. Port 67 on UDP gives the bootps record
   * for 67/udp; the status on a protocol is decided by exactly these records.
   *
   * <pre>{@code
   * PortRegistry.lookup(22).records(Protocol.SCTP);  // [ServiceRecord[serviceName=ssh, ...]]
   * }</pre>
   *
   * @return an unmodifiable list, empty when no record covers the port on that protocol
   * @throws NullPointerException when {@code protocol} is null
   */
  public List<ServiceRecord> records(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol must not be null");
    List<ServiceRecord> all = details().records;
    List<ServiceRecord> on = new ArrayList<>(all.size());
    for (ServiceRecord r : all) {
      if (r.appliesTo(protocol)) {
        on.add(r);
      }
    }
    return on.size() == all.size() ? all : List.copyOf(on);
  }

  /**
   * A short page for a person. The first five lines are always port, status, range, protocols and
   * service names; for port 47:
   *
   * <pre>
   * Port 47
   * Status: Reserved (removed from assignment May 18, 2017)
   * Range: System Ports (0-1023)
   * Protocols: TCP and UDP
   * Service Name: None
   * </pre>
   *
   * then, where there are any, the former service, the references, the last modification, and one
   * block for each record; last, the port's history, protocols with identical periods on one line:
   *
   * <pre>
   * History:
   *   TCP and UDP: ni-ftp (NI FTP), July 1992 to May 17, 2017; Reserved since May 18, 2017
   *   SCTP and DCCP: Unassigned since July 1992
   * </pre>
   *
   * Lines end with {@code \n}.
   *
   * <p>The page is safe to print on a terminal: control characters in the registry's text (which
   * the registry files may contain: NUL, ESC, C1 controls, bidirectional overrides) are shown as
   * visible escapes such as {@code \e} and {@code \x9b}, never printed raw; a line break inside a
   * field starts an indented continuation line. {@link #records()} gives the text as written.
   */
  public String describe() {
    return PortPage.describe(this);
  }

  @Override
  public boolean equals(Object o) {
    // Everything else a PortInfo says is read from the one registry of this class loader by port.
    return o instanceof PortInfo
        && ((PortInfo) o).port == port
        && ((PortInfo) o).statusBits == statusBits;
  }

  @Override
  public int hashCode() {
    return 31 * port + statusBits;
  }

  /** A one-line summary, for logs: {@code PortInfo[80 Assigned TCP, UDP, SCTP: http, www, ...]}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("PortInfo[").append(port).append(' ');
    b.append(status().label()).append(' ');
    Iterator<Protocol> it = protocols().iterator();
    while (it.hasNext()) {
      b.append(it.next()).append(it.hasNext() ? ", " : "");
    }
    if (!serviceNames().isEmpty()) {
      b.append(": ").append(String.join(", ", serviceNames()));
    }
    removalDate().ifPresent(d -> b.append(", removed ").append(d));
    return b.append(']').toString();
  }
}
