package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each limit at its exact boundary: the last value that passes and the first that fails. */
class LimitsTest {
  private static final String SHA = "b".repeat(64);

  private static SourceRecord record(int line, String name, int first, int last) {
    return new SourceRecord(
        line,
        3,
        name,
        first,
        last,
        "tcp",
        "D",
        "",
        "",
        Optional.empty(),
        Optional.empty(),
        List.of(),
        "",
        "",
        "");
  }

  private static SourceSnapshot snapshot(List<SourceRecord> records, List<Person> people) {
    return new SourceSnapshot("l.csv", RegistryForm.CSV, Optional.empty(), SHA, records, people);
  }

  @Test
  void theTableYearsAre1970To2097() {
    assertThat(Limits.inTableYears(1969)).isFalse();
    assertThat(Limits.inTableYears(1970)).isTrue();
    assertThat(Limits.inTableYears(2097)).isTrue();
    assertThat(Limits.inTableYears(2098)).isFalse();
  }

  /** Real names with a space, capitals and punctuation are kept; only what would miss fails. */
  @Test
  void aServiceNameFailsOnlyForControlCharactersAndNonAscii() {
    assertThat(Limits.serviceNameProblem("Apple Remote Desktop (Net Assistant)")).isEmpty();
    assertThat(Limits.serviceNameProblem(" ~")).isEmpty(); // U+0020 and U+007E, the ends of ASCII
    assertThat(Limits.serviceNameProblem("a\u001fb"))
        .contains(
            "service name \"a\\u001Fb\" has character U+001F; names are ASCII without control"
                + " characters");
    assertThat(Limits.serviceNameProblem("del\u007f")).get().asString().contains("U+007F");
    assertThat(Limits.serviceNameProblem("Schäfer")).get().asString().contains("U+00E4");
  }

  @Test
  void aFileOfExactlyTheLimitIsRead() {
    assertThatCode(() -> Limits.checkFile("f", Limits.MAX_FILE_BYTES)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Limits.checkFile("f", Limits.MAX_FILE_BYTES + 1L))
        .hasMessage("f:1:1: file of 67,108,865 bytes, more than the limit of 67,108,864 (64 MiB)");
  }

  /** The limit counts UTF-8 bytes, not chars: three-byte chars reach it three times sooner. */
  @Test
  void aFieldMayHaveExactly65535Utf8Bytes() {
    assertThatCode(() -> Limits.checkField("f", 2, 3, "description", "x".repeat(65_535)))
        .doesNotThrowAnyException();
    assertThatCode(() -> Limits.checkField("f", 2, 3, "description", "\u20ac".repeat(21_845)))
        .doesNotThrowAnyException();
    // Past the cheap bound (21,846 chars) but only 43,692 bytes.
    assertThatCode(() -> Limits.checkField("f", 2, 3, "description", "\u00e9".repeat(21_846)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Limits.checkField("f", 2, 3, "description", "\u20ac".repeat(21_846)))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageStartingWith(
            "f:2:3: description of 65538 UTF-8 bytes, more than the 65535 the table format holds:"
                + " \"\u20ac\u20ac")
        .hasMessageEndingWith("\u20ac...\"");
    assertThatThrownBy(() -> Limits.checkField("f", 2, 3, "contact", "y".repeat(65_536)))
        .hasMessageStartingWith("f:2:3: contact of 65536 UTF-8 bytes");
  }

  @Test
  void exactly256ReferencesPass() {
    assertThatCode(() -> Limits.checkReferences("f", 4, 9, "[RFC1]", 256))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Limits.checkReferences("f", 4, 9, "[RFC1]", 257))
        .hasMessage("f:4:9: 257 references in one record, more than the limit of 256: \"[RFC1]\"");
  }

  /** Every text field of a record, and every field of a person, is checked where it is. */
  @Test
  void theSnapshotCheckLocatesEachOverlongFieldAtItsRecordOrPerson() {
    String big = "z".repeat(Limits.MAX_FIELD_BYTES + 1);
    String[] what = {
      "service name",
      "description",
      "assignee",
      "contact",
      "service code",
      "unauthorized use",
      "assignment notes",
      "reference"
    };
    for (int field = 0; field < what.length; field++) {
      String[] v = {"n", "d", "", "", "", "", "", "r"};
      v[field] = big;
      SourceRecord r =
          new SourceRecord(
              12,
              5,
              v[0],
              7,
              7,
              "udp",
              v[1],
              v[2],
              v[3],
              Optional.empty(),
              Optional.empty(),
              List.of(Reference.inferred(v[7])),
              v[4],
              v[5],
              v[6]);
      SourceSnapshot s = snapshot(List.of(record(2, "ok", 7, 7), r), List.of());
      assertThatThrownBy(() -> Limits.checkSnapshot(s))
          .as(what[field])
          .isInstanceOf(RegistryCsvException.class)
          .hasMessageStartingWith("l.csv:12:5: " + what[field] + " of 65536 UTF-8 bytes");
    }
    String[] person = {"Jon_Postel", "Jon Postel", "ISI", "mailto:postel&isi.edu"};
    for (int field = 0; field < person.length; field++) {
      String[] v = person.clone();
      v[field] = field == 0 ? "J" + big : big;
      Person p = new Person(v[0], v[1], v[2], v[3], Optional.empty(), 40);
      SourceSnapshot s = snapshot(List.of(record(2, "ok", 7, 7)), List.of(p));
      assertThatThrownBy(() -> Limits.checkSnapshot(s))
          .hasMessageStartingWith("l.csv:40:1: person \"" + v[0].substring(0, 5));
    }
    SourceSnapshot fine =
        snapshot(
            List.of(record(2, "z".repeat(Limits.MAX_FIELD_BYTES), 7, 7)),
            List.of(new Person("Jon_Postel", "Jon Postel", "", "", Optional.empty(), 3)));
    assertThatCode(() -> Limits.checkSnapshot(fine)).doesNotThrowAnyException();
  }

  @Test
  void theReferencesOfARecordAreCountedAndShownCut() {
    List<Reference> refs = Collections.nCopies(257, Reference.inferred("RFC6335"));
    SourceRecord r =
        new SourceRecord(
            9,
            4,
            "s",
            1,
            1,
            "tcp",
            "S",
            "",
            "",
            Optional.empty(),
            Optional.empty(),
            refs,
            "",
            "",
            "");
    assertThatThrownBy(() -> Limits.checkSnapshot(snapshot(List.of(r), List.of())))
        .isInstanceOfSatisfying(
            RegistryCsvException.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith("l.csv:9:4: 257 references in one record, more than the limit");
              // The message shows the list's first 200 characters: 22 items of 9, then "[R".
              assertThat(e.reason()).endsWith(": \"" + "[RFC6335]".repeat(22) + "[R...\"");
            });
    SourceRecord atLimit =
        new SourceRecord(
            9,
            4,
            "s",
            1,
            1,
            "tcp",
            "S",
            "",
            "",
            Optional.empty(),
            Optional.empty(),
            refs.subList(0, 256),
            "",
            "",
            "");
    assertThatCode(() -> Limits.checkSnapshot(snapshot(List.of(atLimit), List.of())))
        .doesNotThrowAnyException();
  }

  /** 65,535 records fit the 16-bit record numbers; the 65,536th fails where it is. */
  @Test
  void theRecordCountLimitFailsAtTheFirstRecordBeyondIt() {
    List<SourceRecord> records = new ArrayList<>();
    for (int i = 0; i < Limits.MAX_RECORDS; i++) {
      records.add(record(i + 2, "", -1, -1));
    }
    assertThatCode(() -> Limits.checkSnapshot(snapshot(records, List.of())))
        .doesNotThrowAnyException();
    records.add(record(Limits.MAX_RECORDS + 2, "", -1, -1));
    assertThatThrownBy(() -> Limits.checkSnapshot(snapshot(records, List.of())))
        .hasMessage("l.csv:65537:3: more than 65535 records, the most the table format holds");
  }

  /** 64 records over one port pass; the 65th, on the last port, names itself and the port. */
  @Test
  void theRecordsOnOnePortAreCountedUpToTheLastPort() {
    List<SourceRecord> records = new ArrayList<>();
    records.add(record(2, "a", 0, 65_534)); // covers every port but the last
    for (int i = 0; i < Limits.MAX_RECORDS_PER_PORT; i++) {
      records.add(record(3 + i, "s" + i, 65_535, 65_535));
    }
    records.add(record(100, "", -1, -1));
    assertThatCode(() -> Limits.checkRecordsPerPort("l.csv", records)).doesNotThrowAnyException();
    records.add(record(101, "x", 65_500, 65_535));
    assertThatThrownBy(() -> Limits.checkRecordsPerPort("l.csv", records))
        .hasMessage(
            "l.csv:101:3: 65th record covering port 65535 (65 in all), more than the limit of 64"
                + " records on one port; this record covers ports 65500-65535");
    records.set(records.size() - 1, record(102, "y", 65_535, 65_535));
    assertThatThrownBy(() -> Limits.checkRecordsPerPort("l.csv", records))
        .hasMessageEndingWith("this record covers port 65535");
  }

  @Test
  void sha256IsLowerCaseHexAsSha256sumPrintsIt() {
    assertThat(Limits.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Limits.utf8Length("h\u00e9\u20ac")).isEqualTo(6);
  }
}
