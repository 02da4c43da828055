package io.github.portregistry;

import java.util.Locale;
import java.util.Objects;

/**
 * The transport protocols the registry assigns ports on.
 *
 * <p>A registry record with an empty Transport Protocol applies to all four.
 *
 * <pre>{@code
 * Protocol p = Protocol.fromRegistryName("udp");  // UDP
 * p.registryName();                                // "udp"
 * }</pre>
 */
public enum Protocol {
  /** Transmission Control Protocol. */
  TCP,
  /** User Datagram Protocol. */
  UDP,
  /** Stream Control Transmission Protocol. */
  SCTP,
  /** Datagram Congestion Control Protocol. */
  DCCP;

  private final String registryName = name().toLowerCase(Locale.ROOT);

  /** The name as the registry writes it: "tcp", "udp", "sctp" or "dccp". */
  public String registryName() {
    return registryName;
  }

  /**
   * The protocol with that name, ignoring case.
   *
   * @throws IllegalArgumentException naming the value when it is not tcp, udp, sctp or dccp
   * @throws NullPointerException when {@code name} is null
   */
  public static Protocol fromRegistryName(String name) {
    Objects.requireNonNull(name, "protocol name must not be null");
    for (Protocol p : values()) {
      if (p.registryName.equalsIgnoreCase(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown transport protocol \"" + name + "\" (expected tcp, udp, sctp or dccp)");
  }
}
