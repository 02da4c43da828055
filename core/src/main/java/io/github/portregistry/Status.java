package io.github.portregistry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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

  // How the status table codes a status, for the lookup path: a byte a port, two bits a protocol in
  // Protocol order (TCP in bits 0-1), each 0 unassigned, 1 reserved, 2 assigned (3 is undefined:
  // the build checks that no table has it). The overall status is precomputed for all 256 bytes,
  // so that a lookup is array reads only (computing it a call, even without a branch, made
  // status() 1.5-2x slower in StatusBenchmark). Here rather than in a class of its own because the
  // first status() must load this enum anyway, and in a fresh JVM every class loaded from the jar
  // costs a few hundred microseconds (issue 12).

  private static final Status[] BY_CODE = {UNASSIGNED, RESERVED, ASSIGNED};
  private static final Status[] OVERALL = new Status[256];

  /** The protocols of a status byte, TCP, UDP, SCTP and DCCP: as many as {@link Protocol} has. */
  static final int PROTOCOLS = 4;

  private static final int HIGH_BITS = 0xAA; // bit 1 of each field: set in code 2 (and 3)
  private static final int LOW_BITS = 0x55; // bit 0 of each field: set in code 1 (and 3)

  // The initializer runs in the interpreter on the first status(): a few operations a byte, no
  // call and no branch (a walk over the four fields, two calls a byte, cost about 0.2 ms).
  static {
    for (int bits = 0; bits < 256; bits++) {
      int assigned = ((bits & HIGH_BITS) + 0xFF) >>> 8; // 1 when a field is 2 (or 3), else 0
      int reserved = ((bits & LOW_BITS) + 0xFF) >>> 8; // 1 when a field is 1 (or 3), else 0
      OVERALL[bits] = BY_CODE[assigned + (assigned | reserved)]; // the highest code: 2, 1 or 0
    }
  }

  /**
   * Holder: only {@link PortInfo#protocols()} needs these sets, so the first {@code status} or
   * {@code lookup} does not build them (nor load EnumSet).
   */
  private static final class ProtocolSets {
    static final Set<Protocol>[] BY_BITS = build();

    @SuppressWarnings("unchecked")
    private static Set<Protocol>[] build() {
      Set<Protocol>[] sets = (Set<Protocol>[]) new Set<?>[256];
      for (int bits = 0; bits < 256; bits++) {
        if (valid(bits)) {
          int max = maxCode(bits);
          EnumSet<Protocol> set = EnumSet.noneOf(Protocol.class);
          for (Protocol p : Protocol.values()) {
            if (code(bits, p) == max) {
              set.add(p);
            }
          }
          sets[bits] = Collections.unmodifiableSet(set);
        }
      }
      return sets;
    }
  }

  // maxCode and valid test all four two-bit fields at once with a mask, without a loop.

  /**
   * The highest code of a valid byte: 2 if any field has its high bit, else 1 if any has its low.
   */
  private static int maxCode(int bits) {
    return (bits & HIGH_BITS) != 0 ? 2 : (bits & LOW_BITS) != 0 ? 1 : 0;
  }

  /** No field holds 3, the undefined code: no field has both of its bits set. */
  private static boolean valid(int bits) {
    return (bits & (bits >>> 1) & LOW_BITS) == 0;
  }

  private static int code(int bits, Protocol p) {
    return (bits >>> (2 * p.ordinal())) & 3;
  }

  /** The two bits of {@code p} in a status byte: the byte ANDed with it is 0 when unassigned. */
  static int mask(Protocol p) {
    return 3 << (2 * p.ordinal());
  }

  /** The status on one protocol. */
  static Status of(byte bits, Protocol p) {
    return BY_CODE[code(bits, p)];
  }

  /** The highest status over the four protocols. */
  static Status overall(byte bits) {
    return OVERALL[bits & 0xFF];
  }

  /** The protocols whose status equals the overall status (shared, unmodifiable). */
  static Set<Protocol> protocolsOfOverall(byte bits) {
    return ProtocolSets.BY_BITS[bits & 0xFF];
  }
}
