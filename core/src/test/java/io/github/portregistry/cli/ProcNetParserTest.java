package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portregistry.Protocol;
import io.github.portregistry.cli.ProcNetParser.Socket;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing captured /proc/net tables (x86-64, little-endian). */
class ProcNetParserTest {
  static final String TCP =
      "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout"
          + " inode                                                     \n"
          + "   0: 00000000:07E8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0     "
          + "   0 640 1 0000000068e3b9d2 100 0 0 10 0                       \n"
          + "   1: 0100007F:0CEA 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000     "
          + "   0 23456 1 0000000000000000 100 0 0 10 0\n"
          + "   2: 0100007F:0CEA 0100007F:C350 01 00000000:00000000 00:00000000 00000000  1000     "
          + "   0 23457 1 0000000000000000 20 4 30 10 -1\n"
          + "   3: 0A00A8C0:0016 0500A8C0:D431 06 00000000:00000000 03:000002FC 00000000     0     "
          + "   0 0 3 0000000086afb192\n";

  static final String TCP6 =
      "  sl  local_address                         remote_address                        st"
          + " tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
          + "   0: 00000000000000000000000000000000:0016 00000000000000000000000000000000:0000 0A"
          + " 00000000:00000000 00:00000000 00000000     0        0 1111 1 0000000000000000 100 0 0"
          + " 10 0\n"
          + "   1: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A"
          + " 00000000:00000000 00:00000000 00000000  1000        0 2222 1 0000000000000000 100 0 0"
          + " 10 0\n"
          + "   2: 0000000000000000FFFF00000100007F:AD90 0000000000000000FFFF00000100007F:859F 0A"
          + " 00000000:00000000 00:00000000 00000000  1000        0 3333 1 0000000000000000 100 0 0"
          + " 10 0\n"
          + "   3: B80D0120000000000000000001000000:01BB 00000000000000000000000000000000:0000 0A"
          + " 00000000:00000000 00:00000000 00000000     0        0 4444 1 0000000000000000 100 0 0"
          + " 10 0\n"
          + "   4: 0000000000000000FFFF00000100007F:A638 0000000000000000FFFF00000100007F:9E4D 06"
          + " 00000000:00000000 03:000005B4 00000000     0        0 0 3 000000009f09c1a9\n";

  static final String UDP =
      "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout"
          + " inode ref pointer drops            \n"
          + "  123: 3500007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000   101     "
          + "   0 5555 2 0000000000000000 0          \n"
          + "  456: 0100007F:E5C4 3500007F:0035 01 00000000:00000000 00:00000000 00000000  1000     "
          + "   0 6666 2 0000000000000000 0          \n";

  static final String UDP6 =
      "  sl  local_address                         remote_address                        st"
          + " tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n"
          + "  789: 000080FE00000000FF0B0A02FEAC1100:0222 00000000000000000000000000000000:0000 07"
          + " 00000000:00000000 00:00000000 00000000     0        0 7777 2 0000000000000000 0\n";

  @Test
  void ipv4ListeningTcpSocketsOnly() {
    assertThat(ProcNetParser.parse(TCP, Protocol.TCP, ByteOrder.LITTLE_ENDIAN))
        .containsExactly(
            new Socket(Protocol.TCP, "0.0.0.0", 2024, 640),
            new Socket(Protocol.TCP, "127.0.0.1", 3306, 23456));
  }

  @Test
  void ipv6AndV4MappedListeningTcpSockets() {
    assertThat(ProcNetParser.parse(TCP6, Protocol.TCP, ByteOrder.LITTLE_ENDIAN))
        .containsExactly(
            new Socket(Protocol.TCP, "::", 22, 1111),
            new Socket(Protocol.TCP, "::1", 8080, 2222),
            new Socket(Protocol.TCP, "::ffff:127.0.0.1", 44432, 3333),
            new Socket(Protocol.TCP, "2001:db8::1", 443, 4444));
  }

  @Test
  void unconnectedUdpSocketsOnly() {
    assertThat(ProcNetParser.parse(UDP, Protocol.UDP, ByteOrder.LITTLE_ENDIAN))
        .containsExactly(new Socket(Protocol.UDP, "127.0.0.53", 53, 5555));
    assertThat(ProcNetParser.parse(UDP6, Protocol.UDP, ByteOrder.LITTLE_ENDIAN))
        .containsExactly(new Socket(Protocol.UDP, "fe80::20a:bff:11:acfe", 546, 7777));
  }

  @Test
  void headerOnlyTableHasNoSockets() {
    assertThat(
            ProcNetParser.parse(
                TCP.lines().findFirst().get() + "\n", Protocol.TCP, ByteOrder.LITTLE_ENDIAN))
        .isEmpty();
    assertThat(ProcNetParser.parse("", Protocol.UDP, ByteOrder.LITTLE_ENDIAN)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "0100007F, LITTLE_ENDIAN, 127.0.0.1",
    "7F000001, BIG_ENDIAN, 127.0.0.1",
    "00000000, LITTLE_ENDIAN, 0.0.0.0",
    "FFFFFFFF, BIG_ENDIAN, 255.255.255.255",
    "00000000000000000000000000000000, LITTLE_ENDIAN, ::",
    "00000000000000000000000001000000, LITTLE_ENDIAN, ::1",
    "00000000000000000000000000000001, BIG_ENDIAN, ::1",
    "0000000000000000FFFF00000100007F, LITTLE_ENDIAN, ::ffff:127.0.0.1",
    "00000000000000000000FFFF7F000001, BIG_ENDIAN, ::ffff:127.0.0.1",
    "B80D0120000000000000000001000000, LITTLE_ENDIAN, 2001:db8::1",
    "20010DB8000000000000000000000001, BIG_ENDIAN, 2001:db8::1",
    "20010DB8000100000000000100000001, BIG_ENDIAN, 2001:db8:1::1:0:1",
    "20010DB8000000010000000000000001, BIG_ENDIAN, 2001:db8:0:1::1",
    "20010DB8000000000001000000000000, BIG_ENDIAN, 2001:db8:0:0:1::",
    "20010000000000010000000000010001, BIG_ENDIAN, 2001::1:0:0:1:1",
    "00010000000000000000000000000000, BIG_ENDIAN, 1::",
    "20010DB8000100020003000400050006, BIG_ENDIAN, 2001:db8:1:2:3:4:5:6",
    "20010DB8000000010002000300040005, BIG_ENDIAN, 2001:db8:0:1:2:3:4:5",
  })
  void addressesAsRfc5952Text(String hex, String order, String text) {
    ByteOrder o = order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    assertThat(ProcNetParser.address(hex, o)).isEqualTo(text);
  }

  @Test
  void rejectsWhatIsNotASocketLine() {
    assertThatThrownBy(
            () ->
                ProcNetParser.parse(
                    "header\n  0: 0100007F 0A\n", Protocol.TCP, ByteOrder.LITTLE_ENDIAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> ProcNetParser.address("0100007", ByteOrder.LITTLE_ENDIAN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
