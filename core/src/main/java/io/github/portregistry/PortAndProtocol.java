package io.github.portregistry;

import java.util.Objects;

/**
 * A port on one transport protocol, as people and {@code /etc/services} write it: {@code 80/tcp}.
 *
 * <pre>{@code
 * PortAndProtocol p = PortAndProtocol.parse("443/udp");
 * p.port();                                  // 443
 * p.protocol();                              // UDP
 * p.toString();                              // "443/udp"
 * PortRegistry.status(p.port(), p.protocol()); // ASSIGNED
 * }</pre>
 *
 * @param port 0-65535
 * @param protocol the transport protocol
 */
public record PortAndProtocol(int port, Protocol protocol) {

  /**
   * @throws IllegalArgumentException naming the port when it is outside 0-65535
   * @throws NullPointerException when {@code protocol} is null
   */
  public PortAndProtocol {
    Ports.check(port);
    Objects.requireNonNull(protocol, "protocol must not be null");
  }

  /**
   * Reads {@code PORT/PROTOCOL}: a decimal port 0-65535 (leading zeros allowed), a slash, and tcp,
   * udp, sctp or dccp in any case. Nothing else is accepted, not even spaces.
   *
   * @throws IllegalArgumentException naming the text and what is wrong with it
   * @throws NullPointerException when {@code text} is null
   */
  public static PortAndProtocol parse(String text) {
    Objects.requireNonNull(text, "port and protocol text must not be null");
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw invalid(text, "no \"/\"");
    }
    String digits = text.substring(0, slash);
    int port = 0;
    if (digits.isEmpty() || digits.length() > 5 + leadingZeros(digits)) {
      throw invalid(text, "the port is not 0-65535");
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(text, "the port is not a number");
      }
      port = port * 10 + (c - '0');
    }
    if (port > Ports.MAX) {
      throw invalid(text, "the port is not 0-65535");
    }
    String name = text.substring(slash + 1);
    for (Protocol p : Protocol.values()) {
      if (p.registryName().equalsIgnoreCase(name)) {
        return new PortAndProtocol(port, p);
      }
    }
    throw invalid(text, "the protocol is not tcp, udp, sctp or dccp");
  }

  private static int leadingZeros(String digits) {
    int n = 0;
    while (n < digits.length() - 1 && digits.charAt(n) == '0') {
      n++;
    }
    return n;
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException(
        "invalid port and protocol \""
            + text
            + "\": "
            + reason
            + " (expected PORT/PROTOCOL such as"
            + " 80/tcp)");
  }

  /** As people write it: {@code "80/tcp"}. */
  @Override
  public String toString() {
    return port + "/" + protocol.registryName();
  }
}
