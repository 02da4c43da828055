package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The status byte's decoding in {@link Status}, checked against a decoding by {@link Protocol}: the
 * table of overall statuses is built with masks, without a branch, a call or {@link Protocol}, and
 * must agree with it on every byte a table may hold.
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
      } // a byte with code 3 has no meaning: the build checks that no table has one
    }
    assertThat(valid).isEqualTo(81);
  }
}
