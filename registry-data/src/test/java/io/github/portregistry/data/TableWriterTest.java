package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableWriterTest {
  private static final String HEADER =
      "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,"
          + "Registration Date,Modification Date,Reference,Service Code,"
          + "Unauthorized Use Reported,Assignment Notes\r\n";

  /**
   * 17,000 records of five distinct strings each overflow the u16 string ids: the generator must
   * say so as a RegistryCsvException at the record where it happens, like any other input it cannot
   * compile, not with an exception of its own.
   */
  @Test
  void aRegistryWithTooManyDistinctStringsFailsAtTheRecordThatOverflows() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 17_000; i++) {
      csv.append(
          String.format(
              "svc%d,%d,tcp,Service %d,[A%d],[C%d],2020-01-01,,,,,note %d\r\n",
              i, 1024 + i, i, i, i, i));
    }
    NormalizedRegistry parsed =
        NormalizedRegistry.read("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> TableWriter.compile(parsed))
        .isInstanceOfSatisfying(
            RegistryCsvException.class,
            e -> {
              // five new strings a record (name, description, assignee, contact, notes), so the
              // 65,536th string comes with record 13,107, on line 13,108
              assertThat(e.line()).isEqualTo(13_108);
              assertThat(e.column()).isEqualTo(1);
              assertThat(e.getMessage())
                  .startsWith("big.csv:" + e.line() + ":1: the registry has more than 65535")
                  .contains("distinct strings");
            });
  }

  @Test
  void usageReadsTheCountsBackFromTheHeader() {
    NormalizedRegistry csv =
        NormalizedRegistry.read(
            "small.csv",
            (HEADER
                    + "ssh,22,tcp,SSH,,,2020-01-01,,[RFC4251],,,\r\n"
                    + ",47,udp,Reserved,,,,,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8));
    String usage = TableWriter.usage(TableWriter.compile(csv).records());
    // Strings: "", ssh, SSH, RFC4251, Reserved. Record lists: the empty one, [ssh] (shared by
    // port 22 and the name ssh) and [47/udp]. Reference lists: the empty one and [RFC4251].
    assertThat(usage)
        .isEqualTo(
            "table capacity used: records 2/65,535 (0%), distinct strings 5/65,535 (0%), record"
                + " lists 3/65,535 (0%), reference lists 2/65,535 (0%), names 1/65,535 (0%),"
                + " people 0/65,535 (0%); string ids (strings and people) 5/65,535 (0%)");
  }

  /**
   * The build id is the first 16 bytes of the SHA-256 of both tables with their id fields zeroed
   * and their CRC32s left out, written into both headers: equal for equal input, different when any
   * record differs.
   */
  @Test
  void bothTablesCarryTheBuildIdOfTheirContent() throws Exception {
    String base = HEADER + "ssh,22,tcp,SSH,,,2020-01-01,,[RFC4251],,,\r\n";
    TableWriter.Tables one = TableWriter.compile(parse(base));
    TableWriter.Tables again = TableWriter.compile(parse(base));
    TableWriter.Tables other = TableWriter.compile(parse(base.replace("22,tcp,SSH", "22,udp,SSH")));

    byte[] id = one.buildId();
    assertThat(id).hasSize(TableWriter.BUILD_ID_LENGTH).isEqualTo(again.buildId());
    assertThat(other.buildId()).isNotEqualTo(id);
    assertThat(java.util.Arrays.copyOfRange(one.records(), TableWriter.BUILD_ID_AT, 56))
        .isEqualTo(id);

    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    sha.update(zeroed(one.status(), TableWriter.STATUS_BUILD_ID_AT));
    sha.update(zeroed(one.records(), TableWriter.BUILD_ID_AT));
    assertThat(java.util.Arrays.copyOf(sha.digest(), 16)).isEqualTo(id);
  }

  private static NormalizedRegistry parse(String csv) {
    return NormalizedRegistry.read("t.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  /** The table without its CRC32, its build id zeroed. */
  private static byte[] zeroed(byte[] table, int idAt) {
    byte[] copy = java.util.Arrays.copyOf(table, table.length - 4);
    java.util.Arrays.fill(copy, idAt, idAt + TableWriter.BUILD_ID_LENGTH, (byte) 0);
    return copy;
  }
}
