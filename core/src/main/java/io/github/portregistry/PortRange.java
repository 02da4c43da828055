package io.github.portregistry;

/**
 * The ports a registry record covers: a single port ({@code first == last}) or an inclusive range
 * such as 249-255.
 *
 * <pre>{@code
 * new PortRange(249, 255).contains(252);  // true
 * new PortRange(22, 22).toString();       // "22"
 * }</pre>
 *
 * @param first the first port, 0-65535
 * @param last the last port, {@code first}-65535
 */
public record PortRange(int first, int last) {

  /**
   * @throws IllegalArgumentException naming the values when a port is outside 0-65535 or the range
   *     is reversed
   */
  public PortRange {
    Ports.check(first);
    Ports.check(last);
    if (first > last) {
      throw new IllegalArgumentException("port range " + first + "-" + last + " is reversed");
    }
  }

  /** True when {@code port} is in the range. */
  public boolean contains(int port) {
    return first <= port && port <= last;
  }

  /** Number of ports in the range. */
  public int size() {
    return last - first + 1;
  }

  /** As the registry writes it: "22" or "249-255". */
  @Override
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }
}
