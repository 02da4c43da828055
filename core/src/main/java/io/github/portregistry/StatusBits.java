package io.github.portregistry;

import io.github.portregistry.internal.PortStatusTable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The status table as the API reads it: one status byte a port, and its decoding. A byte holds two
 * bits a protocol in {@link Protocol} order (TCP in bits 0-1), each 0 unassigned, 1 reserved, 2
 * assigned. Everything here is precomputed for all 256 bytes so that the lookup path is array reads
 * only.
 *
 * <p>Also the holder of the store's status table ({@link #TABLE}): the JVM reads and checks it when
 * this class is first used, once, with class initialization as the lock (JLS 12.4.2). {@code
 * status} and {@code lookup} need nothing else, so the first of them loads neither {@link Registry}
 * nor the records: in a fresh JVM every class loaded from the jar costs a few hundred microseconds
 * (issue 12). A damaged table fails the first call with an {@link ExceptionInInitializerError} and
 * every later one, {@link Registry}'s included, with a {@link NoClassDefFoundError}.
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

  /** The jar's status table, checked, with the records table's header, to be of one build. */
  static final PortStatusTable TABLE = PortStatusTable.embedded();

  /** One status byte a port: the fast path is a read of this array. */
  static final byte[] BY_PORT = TABLE.statusBytes();

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

  // maxCode and valid test all four two-bit fields at once with a mask, without a loop or
  // Protocol.values(): the class initializer runs them for 256 bytes in the interpreter on the
  // first status(int), where a walk field by field cost about a millisecond (issue 12).
  private static final int HIGH_BITS = 0xAA; // bit 1 of each field: set in code 2 (and 3)
  private static final int LOW_BITS = 0x55; // bit 0 of each field: set in code 1 (and 3)

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
