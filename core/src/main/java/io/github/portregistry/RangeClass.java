package io.github.portregistry;

/**
 * The three port ranges of RFC 6335, section 6.
 *
 * <pre>{@code
 * RangeClass.of(443);        // SYSTEM
 * RangeClass.USER.label();   // "User Ports (1024-49151)"
 * RangeClass.DYNAMIC.first() // 49152
 * }</pre>
 */
public enum RangeClass {
  /** 0-1023, assigned by IETF Review or IESG Approval. */
  SYSTEM(0, 1023, "System Ports"),
  /** 1024-49151, assigned by IETF Review, IESG Approval or Expert Review. */
  USER(1024, 49151, "User Ports"),
  /** 49152-65535, never assigned: for dynamic, private and ephemeral use. */
  DYNAMIC(49152, 65535, "Dynamic and/or Private Ports");

  private final int first;
  private final int last;
  private final String label;

  RangeClass(int first, int last, String name) {
    this.first = first;
    this.last = last;
    this.label = name + " (" + first + "-" + last + ")";
  }

  /** The first port of the range. */
  public int first() {
    return first;
  }

  /** The last port of the range, inclusive. */
  public int last() {
    return last;
  }

  /** The registry's name with the bounds, for example "System Ports (0-1023)". */
  public String label() {
    return label;
  }

  /** True when {@code port} lies in this range. */
  public boolean contains(int port) {
    return first <= port && port <= last;
  }

  /**
   * The range class of a port.
   *
   * @throws IllegalArgumentException naming the port when it is outside 0-65535
   */
  public static RangeClass of(int port) {
    Ports.check(port);
    return port <= SYSTEM.last ? SYSTEM : port <= USER.last ? USER : DYNAMIC;
  }
}
