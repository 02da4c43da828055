package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The status byte's decoding in {@link Status}, checked against a decoding by {@link Protocol}: the
 * class initializer tests the two-bit fields with masks so that a first {@code status(int)} neither
 * loops over them in the interpreter nor loads {@link Protocol}, and must agree with it.
 */
class StatusCodesTest {
  @Test
  void oneTwoBitFieldAProtocol() {
    assertThat(Status.PROTOCOLS).isEqualTo(Protocol.values().length);
  }

  @Test
  void overallIsTheHighestStatusOverTheProtocolsForEveryValidByte() {
    Status[] byCode = {Status.UNASSIGNED, Status.RESERVED, Status.ASSIGNED};
    int valid = 0;
    for (int bits = 0; bits < 256; bits++) {
      int highest = 0; // codes rank as statuses do: 0 unassigned, 1 reserved, 2 assigned
      boolean defined = true;
      for (Protocol p : Protocol.values()) {
        int code = (bits >>> (2 * p.ordinal())) & 3;
        defined &= code != 3;
        highest = Math.max(highest, code);
      }
      if (defined) {
        valid++;
        assertThat(Status.overall((byte) bits)).as("bits %02x", bits).isEqualTo(byCode[highest]);
      } else {
        assertThat(Status.overall((byte) bits)).as("bits %02x", bits).isNull();
      }
    }
    assertThat(valid).isEqualTo(81);
  }
}
