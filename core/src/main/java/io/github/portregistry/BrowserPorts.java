package io.github.portregistry;

import java.util.List;

/**
 * The ports browsers refuse to fetch from: the "bad ports" of the WHATWG Fetch Standard, section
 * "Port blocking" ({@value #SOURCE}). A web service on one of them cannot be reached from a page or
 * by {@code fetch()} in browsers, Node.js or Deno; they are the default ports of protocols that a
 * crafted HTTP request could talk to (SMTP, IRC, X11, ...).
 *
 * <pre>{@code
 * BrowserPorts.isBlocked(6000);   // true: X11
 * BrowserPorts.isBlocked(8080);   // false
 * PortRegistry.candidatePorts(RangeClass.USER, EnumSet.of(Protocol.TCP))
 *     .filter(BrowserPorts::isAllowed)
 *     .findFirst();
 * }</pre>
 *
 * <p>The list is vendored here, not read from the registry: the registry knows nothing of it. It is
 * the list as of {@value #AS_OF}, the date of its latest change (whatwg/fetch pull request 1847,
 * which added port 0; 4190 and 6679 were added in 2024, for whatwg/fetch issue 1663). The Standard
 * changes it rarely; check the source when updating the registry data.
 */
public final class BrowserPorts {
  /** Where the list comes from. */
  public static final String SOURCE = "https://fetch.spec.whatwg.org/#port-blocking";

  /** The date of the list's latest change in the Fetch Standard, as yyyy-mm-dd. */
  public static final String AS_OF = "2025-08-11";

  // Ascending, as the Standard lists them; the Standard's comments name each port's protocol.
  private static final int[] BAD_PORTS = {
    0, // reserved; connecting to it fails anyway
    1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
    103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
    512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
    995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
    6669, 6679, 6697, 10080
  };

  /** One bit a port: a lookup is one array read, as for the registry's own status. */
  private static final long[] BLOCKED = new long[65536 / 64];

  static {
    for (int port : BAD_PORTS) {
      BLOCKED[port >>> 6] |= 1L << port;
    }
  }

  private BrowserPorts() {}

  /**
   * True when browsers refuse to fetch from {@code port}: it is on the Fetch Standard's list.
   *
   * @throws IllegalArgumentException naming the port when it is outside 0-65535
   */
  public static boolean isBlocked(int port) {
    Ports.check(port);
    return (BLOCKED[port >>> 6] & 1L << port) != 0;
  }

  /**
   * True when {@code port} is not on the Fetch Standard's list of bad ports: {@code !isBlocked}.
   *
   * @throws IllegalArgumentException naming the port when it is outside 0-65535
   */
  public static boolean isAllowed(int port) {
    return !isBlocked(port);
  }

  /** The bad ports in ascending order, 83 of them as of {@value #AS_OF}; unmodifiable. */
  public static List<Integer> blocked() {
    Integer[] ports = new Integer[BAD_PORTS.length];
    for (int i = 0; i < ports.length; i++) {
      ports[i] = BAD_PORTS[i];
    }
    return List.of(ports);
  }
}
