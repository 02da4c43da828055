package io.github.portregistry;

import io.github.portregistry.internal.PortStatusTable;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The IANA Service Name and Transport Protocol Port Number Registry, compiled into this jar.
 *
 * <pre>{@code
 * PortInfo info = PortRegistry.lookup(252);
 * info.status();                              // RESERVED
 * PortRegistry.status(22, Protocol.TCP);      // ASSIGNED
 * PortRegistry.byServiceName("HTTP");         // the http records on 80/tcp, 80/udp, 80/sctp
 * PortRegistry.port("https", Protocol.TCP);   // OptionalInt[443]
 * PortRegistry.search("postgres").get(0);     // postgresql, 5432/tcp
 * PortRegistry.unassigned(RangeClass.USER, Protocol.TCP).findFirst();
 * PortRegistry.version().dataDate();          // 2026-02-13
 * }</pre>
 *
 * <h2>What the answers mean</h2>
 *
 * <ul>
 *   <li>A record is an assignment when it has a service name or its Description starts with "any
 *       private" (ports 24, 35, 57, 59, 75, 77, 87); without a name it is a reservation when its
 *       Description starts with "Reserved" (any case), otherwise it marks the port unassigned
 *       ("Unassigned", "De-registered", "Removed", ...).
 *   <li>A record with no Transport Protocol applies to TCP, UDP, SCTP and DCCP alike; a range
 *       record such as 249-255 applies to every port in it.
 *   <li>{@link #status(int, Protocol)} is assigned if any record covering the port on that protocol
 *       is an assignment, else reserved if any is a reservation, else unassigned (also when no
 *       record covers the port). {@link #status(int)} is the highest over the four.
 * </ul>
 *
 * <h2>Cost</h2>
 *
 * The 64 KB status table is read and verified on first use, in a few milliseconds; the records
 * table (about a megabyte of text) only when records, names or notes are first asked for. After
 * that, {@link #status} is two array reads and allocates nothing; {@link #lookup} is the same plus
 * a two-field value that escape analysis removes when only its status or range is read; {@link
 * #byServiceName} allocates nothing once its name index is built (a record is built the first time
 * it is read). All methods are thread-safe; the caches of built records take a lock only on a miss.
 *
 * <p>A table damaged in the jar is detected when it is loaded: the first call throws an {@link
 * IllegalStateException} (wrapped in an {@link ExceptionInInitializerError}) that names the check
 * that failed, later calls a {@link NoClassDefFoundError}, and no answer is ever read from it. The
 * records table is checked when records, names or notes are first asked for.
 */
public final class PortRegistry {
  /**
   * One status byte a port (see {@link Status#overall}): the fast path is a read of this array. The
   * table's own array, which the loader checked; nothing else is needed to answer {@code status} or
   * {@code lookup}, so the first of them loads neither the store ({@link Registry}) nor the
   * records. Asked for by each method that needs it, not held in a field of this class: {@link
   * #libraryVersion()} does not read the table. The JIT folds the call into a constant.
   */
  private static byte[] statusBytes() {
    return PortStatusTable.embeddedStatus();
  }

  private PortRegistry() {}

  /**
   * Everything the registry says about a port.
   *
   * <p>The result is a small immutable value made for the call (equal to every other result for the
   * port): when the caller only reads its status or range, the JIT's escape analysis removes it and
   * the call allocates nothing; kept, it costs 24 bytes. Its records, names and dates are built
   * once a port, on first use, and shared by every result for that port.
   *
   * @param port 0-65535
   * @return what the registry says about the port
   * @throws IllegalArgumentException naming the port when it is outside 0-65535
   */
  public static PortInfo lookup(int port) {
    checkPort(port);
    // A new two-field value a call rather than a cached object: a cache would put a pointer chase
    // to a heap object scattered by the allocator on the lookup path, the same work as a HashMap,
    // while a fresh value that only feeds status() or range() is scalar-replaced by the JIT and
    // costs two array reads.
    return new PortInfo(port, statusBytes()[port]);
  }

  /**
   * The port's status over all protocols, without building a {@link PortInfo}: allocation-free.
   *
   * @throws IllegalArgumentException naming the port when it is outside 0-65535
   */
  public static Status status(int port) {
    checkPort(port);
    return Status.overall(statusBytes()[port]);
  }

  /**
   * The port's status on one protocol, allocation-free.
   *
   * @throws IllegalArgumentException naming the port when it is outside 0-65535
   * @throws NullPointerException when {@code protocol} is null
   */
  public static Status status(int port, Protocol protocol) {
    checkPort(port);
    Objects.requireNonNull(protocol, "protocol must not be null");
    return Status.of(statusBytes()[port], protocol);
  }

  /**
   * Every record with that service name, ignoring ASCII case as RFC 6335 asks, including records
   * registered without a port, in registry order.
   *
   * @return an unmodifiable list, empty when no record has that name
   * @throws NullPointerException when {@code name} is null
   */
  public static List<ServiceRecord> byServiceName(String name) {
    Objects.requireNonNull(name, "service name must not be null");
    return Registry.byName(name);
  }

  /**
   * The port of a service on a protocol, as {@code getservbyname(3)} answers it from {@code
   * /etc/services}: the first port of the first record in registry order that has that service name
   * (ASCII case ignored), applies to {@code protocol} and has a port.
   *
   * <pre>{@code
   * PortRegistry.port("ssh", Protocol.TCP);     // OptionalInt[22]
   * PortRegistry.port("domain", Protocol.UDP);  // OptionalInt[53]
   * PortRegistry.port("bootps", Protocol.TCP);  // OptionalInt[67]
   * PortRegistry.port("dhcp", Protocol.UDP);    // OptionalInt.empty: the registry says bootps
   * }</pre>
   *
   * @return the port, or empty when no record with that name has a port on that protocol
   * @throws NullPointerException when {@code serviceName} or {@code protocol} is null
   */
  public static OptionalInt port(String serviceName, Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol must not be null");
    for (ServiceRecord r : byServiceName(serviceName)) {
      if (r.ports().isPresent() && r.appliesTo(protocol)) {
        return OptionalInt.of(r.ports().get().first());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The records whose service name or description contains {@code query}, ignoring case (the query
   * is stripped of surrounding white space and matched as a whole, spaces included), best first.
   * The rank of a record is the first that holds of:
   *
   * <ol>
   *   <li>its service name is the query;
   *   <li>its service name starts with the query;
   *   <li>the query is a whole word of its service name or description: the characters either side
   *       are not letters or digits ("dhcp" in "DHCP Failover", not in "dhcpv6");
   *   <li>the query is anywhere in its service name or description.
   * </ol>
   *
   * Within a rank, records keep registry order, so the result is the same on every call. Records
   * without a service name (reservations, removals) are searched by their description.
   *
   * <pre>{@code
   * PortRegistry.search("postgres");  // postgresql 5432/tcp, 5432/udp (name prefix), then ...
   * PortRegistry.search("dhcp");      // dhcpv6-client 546/tcp, 546/udp, dhcpv6-server 547/tcp, ...
   * }</pre>
   *
   * <p>Cost: the first search builds an index of the lower-cased names and descriptions (each
   * distinct text once, in one string of about 235,000 characters); every search then scans it once
   * with {@link String#indexOf}, allocates a few {@code int}s a hit and the list, and builds a
   * record only when it is read.
   *
   * @return an unmodifiable list, empty when nothing matches
   * @throws IllegalArgumentException naming the query when it is empty or only white space
   * @throws NullPointerException when {@code query} is null
   */
  public static List<ServiceRecord> search(String query) {
    return Search.search(query);
  }

  /**
   * Registered service names close to {@code name}, for a "did you mean": first the names that
   * start with it or that it starts with (closest in length first), then the names one edit
   * (Levenshtein distance; two for a {@code name} of five characters or more) from it; alphabetical
   * within each. {@code name} itself is never included. Each is spelled as the registry spells it.
   *
   * <pre>{@code
   * PortRegistry.similarServiceNames("postgres", 3);  // [postgresql]
   * PortRegistry.similarServiceNames("dhcp", 3);      // [dhcp-failover, dhcpv6-client, dhcpv6-server]
   * PortRegistry.similarServiceNames("shh", 3);       // [ssh]
   * }</pre>
   *
   * <p>Cost: one pass over the registry's 7,300-odd distinct names; the edit distance is only
   * computed for names within two characters of the query's length, and stops as soon as it exceeds
   * the limit.
   *
   * @param limit the most names to return, 0 or more
   * @return an unmodifiable list of at most {@code limit} names, maybe empty
   * @throws IllegalArgumentException naming {@code limit} when it is negative
   * @throws NullPointerException when {@code name} is null
   */
  public static List<String> similarServiceNames(String name, int limit) {
    return Search.similarNames(name, limit);
  }

  /**
   * Every record of the registry, in registry order (the order of the source CSV): the way to reach
   * all of it, service names without ports included. Records are built as they are read.
   *
   * @return an unmodifiable list of {@link RegistryVersion#recordCount()} records
   */
  public static List<ServiceRecord> records() {
    return AllRecords.INSTANCE;
  }

  /** Ports 0 to 65535 in order, each as {@link #lookup} returns it. */
  public static Stream<PortInfo> all() {
    return IntStream.rangeClosed(0, Ports.MAX).mapToObj(PortRegistry::lookup);
  }

  /**
   * The ports of a range that are {@link Status#UNASSIGNED} on a protocol, in ascending order:
   * candidates for a new service. Reserved ports are not included.
   *
   * @throws NullPointerException when {@code range} or {@code protocol} is null
   */
  public static IntStream unassigned(RangeClass range, Protocol protocol) {
    Objects.requireNonNull(range, "range must not be null");
    Objects.requireNonNull(protocol, "protocol must not be null");
    return IntStream.rangeClosed(range.first(), range.last())
        .filter(p -> Status.of(statusBytes()[p], protocol) == Status.UNASSIGNED);
  }

  /**
   * Who a person id of the registry stands for: the entry of its people list with that id, as
   * records write it in their Assignee, Contact and Reference fields, with or without its brackets.
   * Ids are compared exactly (case counts). A registry compiled from a CSV, which has no people
   * list, knows no one.
   *
   * <pre>{@code
   * PortRegistry.person("[Jon_Postel]").map(Person::name);   // Optional[Jon Postel] (XML data)
   * PortRegistry.person("Jon_Postel");                       // the same
   * }</pre>
   *
   * @return the person, or empty when the registry lists no one with that id
   * @throws NullPointerException when {@code id} is null
   */
  public static Optional<Person> person(String id) {
    Objects.requireNonNull(id, "person id must not be null");
    String bare =
        id.length() >= 2 && id.charAt(0) == '[' && id.charAt(id.length() - 1) == ']'
            ? id.substring(1, id.length() - 1)
            : id;
    return bare.isEmpty() ? Optional.empty() : Registry.person(bare);
  }

  /**
   * The ports of a range that a new service may ask for on every protocol of {@code protocols}:
   * {@link Status#UNASSIGNED} on each of them, in ascending order, never port 0 (which the registry
   * leaves unassigned on SCTP and DCCP, but no socket API can bind: asking for it means "any
   * port"). Registry data only: what this machine uses is not looked at.
   *
   * <pre>{@code
   * PortRegistry.candidatePorts(RangeClass.USER, EnumSet.of(Protocol.TCP, Protocol.UDP))
   *     .filter(BrowserPorts::isAllowed)   // and not refused by browsers
   *     .limit(3)
   *     .toArray();
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code protocols} is empty
   * @throws NullPointerException when {@code range} or {@code protocols} is or contains null
   */
  public static IntStream candidatePorts(RangeClass range, Set<Protocol> protocols) {
    Objects.requireNonNull(range, "range must not be null");
    Objects.requireNonNull(protocols, "protocols must not be null");
    if (protocols.isEmpty()) {
      throw new IllegalArgumentException("protocols is empty: name at least one protocol");
    }
    int unassignedOnAll = 0;
    for (Protocol p : protocols) {
      unassignedOnAll |= Status.mask(Objects.requireNonNull(p, "protocol must not be null"));
    }
    int mask = unassignedOnAll;
    return IntStream.rangeClosed(Math.max(range.first(), 1), range.last())
        .filter(port -> (statusBytes()[port] & mask) == 0);
  }

  /**
   * Which registry snapshot this jar holds: data date, record count, SHA-256 and form of the source
   * file.
   */
  public static RegistryVersion version() {
    return Registry.version();
  }

  /**
   * The registry snapshots this jar's history was compiled from, oldest first: the RFC of 1992 to
   * the current registry, which is the last one and {@linkplain RegistrySnapshot#is is} {@link
   * #version()}. Reads the history table on first call.
   *
   * <pre>{@code
   * PortRegistry.snapshots().get(0).date();   // 1992-07
   * }</pre>
   *
   * @return an unmodifiable list, at least the current registry
   */
  public static List<RegistrySnapshot> snapshots() {
    return Registry.snapshots();
  }

  /**
   * This library's own version, as its jar's manifest states it ({@code Implementation-Version}),
   * or {@code "unknown"} when the classes were not loaded from the port-registry jar (a directory
   * of classes in tests or an IDE, a runtime image, a jar that shaded this library under its own
   * manifest). Never null.
   *
   * <pre>{@code
   * PortRegistry.libraryVersion();   // "0.1.0"
   * PortRegistry.version();          // the registry data it carries: a separate question
   * }</pre>
   *
   * <p>The manifest is read once, on the first call, and never by the lookup methods.
   */
  public static String libraryVersion() {
    return LibraryVersion.VERSION;
  }

  /** {@link Ports#check}, without loading {@link Ports} unless the port is outside 0-65535. */
  private static void checkPort(int port) {
    if ((port & ~Ports.MAX) != 0) { // a constant: reading it does not load the class
      throw Ports.outside(port);
    }
  }

  /** A read-only view over the record cache, so that asking for it allocates nothing. */
  private static final class AllRecords extends AbstractList<ServiceRecord>
      implements RandomAccess {
    static final AllRecords INSTANCE = new AllRecords();

    @Override
    public ServiceRecord get(int index) {
      Objects.checkIndex(index, size());
      return Registry.record(index);
    }

    @Override
    public int size() {
      return Registry.recordCount();
    }
  }
}
