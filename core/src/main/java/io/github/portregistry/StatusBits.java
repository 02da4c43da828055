package io.github.portregistry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decodes the table's per-port status byte: two bits a protocol in {@link Protocol} order (TCP in
 * bits 0-1), each 0 unassigned, 1 reserved, 2 assigned. Everything here is precomputed for all 256
 * bytes so that the lookup path is array reads only.
 */
final class StatusBits {
  private static final Status[] BY_CODE = {Status.UNASSIGNED, Status.RESERVED, Status.ASSIGNED};
  private static final Status[] OVERALL = new Status[256];

  /** The protocols of a status byte, TCP, UDP, SCTP and DCCP: as many as {@link Protocol} has. */
  static final int PROTOCOLS = 4;

  static {
    for (int bits = 0; bits < 256; bits++) {
      if (valid(bits)) { // code 3 is unused; the table loader rejects any byte that has it
        OVERALL[bits] = BY_CODE[maxCode(bits)];
      }
    }
  }

  private StatusBits() {}

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

  // maxCode and valid walk the four two-bit fields by shift, not by Protocol.values(): the class
  // initializer runs on the first status(int), which then does not load Protocol (issue 12).
  private static int maxCode(int bits) {
    int max = 0;
    for (int shift = 0; shift < 2 * PROTOCOLS; shift += 2) {
      max = Math.max(max, (bits >>> shift) & 3);
    }
    return max;
  }

  private static boolean valid(int bits) {
    for (int shift = 0; shift < 2 * PROTOCOLS; shift += 2) {
      if (((bits >>> shift) & 3) == 3) {
        return false;
      }
    }
    return true;
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
