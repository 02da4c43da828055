package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The capacity report the generator prints at every build ({@code -Dregistry.report=true}), read
 * back from a history table's header: snapshots at byte 42, then the counts of inline strings (43),
 * name lists (49), states (55) and port histories (57), each a u16 of at most 65,535.
 */
class HistoryTableUsageTest {

  private static byte[] header(int snapshots, int inline, int nameLists, int states, int ports) {
    ByteBuffer h = ByteBuffer.allocate(80);
    h.put(42, (byte) snapshots);
    h.putShort(43, (short) inline);
    h.putShort(49, (short) nameLists);
    h.putShort(55, (short) states);
    h.putShort(57, (short) ports);
    return h.array();
  }

  @Test
  void reportsEachCountAgainstItsLimitUnsignedAndRounded() {
    // Full, empty, half (32,768 is above a signed short's range) and the rounding edge
    // (327/65,535 = 0.499 %, 328/65,535 = 0.5005 %).
    assertThat(HistoryTableWriter.usage(header(63, 65_535, 0, 32_768, 328)))
        .isEqualTo(
            "history table capacity used: snapshots 63/63 (100%), inline strings 65,535/65,535"
                + " (100%), name lists 0/65,535 (0%), states 32,768/65,535 (50%), port histories"
                + " 328/65,535 (1%)");
    assertThat(HistoryTableWriter.usage(header(255, 1, 327, 2, 3)))
        .isEqualTo(
            "history table capacity used: snapshots 255/63 (405%), inline strings 1/65,535 (0%),"
                + " name lists 327/65,535 (0%), states 2/65,535 (0%), port histories 3/65,535"
                + " (0%)");
  }
}
