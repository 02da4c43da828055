package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generator-side reproductions of issue 11: inputs built to hang the build, overflow the stack
 * or exhaust the heap. Each must finish well inside a second or two, and fail, where it fails, as a
 * {@link RegistryCsvException} naming file, line, column, value and reason.
 */
class HostileInputTest {
  private static final String HEADER =
      "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,"
          + "Registration Date,Modification Date,Reference,Service Code,"
          + "Unauthorized Use Reported,Assignment Notes\r\n";

  /** Generous for a shared 2-core machine: the fixed code takes milliseconds, the bug minutes. */
  private static final Duration BOUND = Duration.ofSeconds(5);

  private static NormalizedRegistry read(String csv) {
    return NormalizedRegistry.read("hostile.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The records table ends every string with a 0 byte, so a field holding U+0000 would be read back
   * cut short: the build fails at the field instead.
   */
  @Test
  void aNulInAFieldFailsAtItsRecordInsteadOfBeingCutShort() {
    assertThatThrownBy(() -> read(HEADER + "echo,7,tcp,\"Echo\0after\",,,2020-01-01,,,,,\r\n"))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage(
            "hostile.csv:2:12: field has character U+0000 (NUL), which the table format"
                + " cannot hold: \"Echo\\u0000after\"");
  }

  /** The first item: the "previously assigned to ... but" shape backtracked cubically. */
  @Test
  void aLongBlankRunAfterPreviouslyAssignedToDoesNotHang() {
    String description = "Unassigned previously assigned to" + " ".repeat(20_000) + "x";
    NormalizedRegistry csv =
        assertTimeoutPreemptively(
            BOUND, () -> read(HEADER + ",1234,tcp," + description + ",,,2020-01-01,,,,,\r\n"));
    assertThat(csv.records().get(0).formerly()).isEmpty();
  }

  @Test
  void theLongestFieldOfBlanksAndKeywordsDoesNotHangEitherField() {
    // Every shape's lead-in repeated to the field size limit, each followed by a long blank run.
    for (String lead :
        new String[] {
          "previously ",
          "previously assigned to ",
          "historic usage was ",
          "[was ",
          "removed ",
          "removed on ",
          "deprecated 12 ",
          "de-registered 1 June ",
        }) {
      String text = (lead + " ".repeat(200)).repeat(Limits.MAX_FIELD_BYTES / (lead.length() + 200));
      assertTimeoutPreemptively(
          BOUND,
          () -> {
            RemovalNotes.formerly(text, text);
            RemovalNotes.removalDate(text, text, Optional.empty());
          },
          lead);
    }
  }

  /** The second item, the name half: a 1,500-segment dotted name overflowed the stack. */
  @Test
  void aFormerNameOfManyDottedSegmentsIsReadWithoutRecursion() {
    String name = "a.".repeat(1_500) + "a";
    assertThat(RemovalNotes.formerly("Reserved", "De-assigned, previously " + name + " by [X]"))
        .contains(name);
    String huge = "a.".repeat(30_000) + "a";
    assertThat(RemovalNotes.formerly("Historic usage was " + huge + ".", "")).contains(huge);
  }

  /**
   * The second item, the reference half: 1,500 bracketed items once overflowed the stack in
   * a regular expression. Now the split is a scan, and a list that long fails at the limit.
   */
  @Test
  void aReferenceFieldOfThousandsOfItemsFailsAtTheLimitNotWithAStackOverflow() {
    String refs = "[RFC1]".repeat(1_500);
    assertThatThrownBy(() -> read(HEADER + "svc,1234,tcp,Svc,,,2020-01-01,," + refs + ",,,\r\n"))
        .isInstanceOfSatisfying(
            RegistryCsvException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(32); // the Reference field
              assertThat(e.reason())
                  .startsWith("1500 references in one record, more than the limit of 256")
                  .contains("\"[RFC1][RFC1]")
                  .contains("...\"");
            });
    String atLimit = "[RFC1]".repeat(Limits.MAX_REFERENCES);
    assertThat(
            read(HEADER + "svc,1234,tcp,Svc,,,2020-01-01,," + atLimit + ",,,\r\n").records().get(0))
        .satisfies(r -> assertThat(r.references()).hasSize(Limits.MAX_REFERENCES));
  }

  @Test
  void nestedBracketsInAReferenceAreOneItemWithoutRecursion() {
    String nested = "[".repeat(20_000) + "RFC1" + "]".repeat(20_000);
    RegistryRecord r =
        read(HEADER + "svc,1234,tcp,Svc,,,2020-01-01,," + nested + ",,,\r\n").records().get(0);
    assertThat(r.referenceTexts()).containsExactly(nested);
  }

  /**
   * The third item: 5,000 records over every port exhausted the heap after three minutes.
   * The 65th record over one port now fails at once, naming it; the table holds that many.
   */
  @Test
  void tooManyRecordsOverOnePortFailAtTheRecordThatExceedsTheLimit() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 5_000; i++) {
      csv.append("s").append(i).append(",0-65535,,Everything,,,2020-01-01,,,,,\r\n");
    }
    assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> read(csv.toString())))
        .isInstanceOfSatisfying(
            RegistryCsvException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2 + Limits.MAX_RECORDS_PER_PORT);
              assertThat(e.getMessage())
                  .startsWith("hostile.csv:" + e.line() + ":")
                  .contains("65th record covering port 0 (5000 in all), more than the limit of 64");
            });
  }

  @Test
  void theMostRecordsOverEveryPortCompileQuickly() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < Limits.MAX_RECORDS_PER_PORT; i++) {
      csv.append("s").append(i).append(",0-65535,,Everything,,,2020-01-01,,,,,\r\n");
    }
    TableWriter.Tables tables =
        assertTimeoutPreemptively(BOUND, () -> TableWriter.compile(read(csv.toString())));
    // Every port has the one same list of all 64 records: one list beside the empty one and the
    // names' 64 lists of one record each.
    assertThat(TableWriter.usage(tables.records())).contains("record lists 66/65,535");
  }
}
