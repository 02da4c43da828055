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
                + " lists 3/65,535 (0%), reference lists 2/65,535 (0%), names 1/65,535 (0%)");
  }
}
