package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private static final String SHA = "b".repeat(64);

  private static SourceRecord record(
      String name, String description, Optional<CsvDate> modified, String notes) {
    return new SourceRecord(
        2,
        1,
        name,
        47,
        47,
        "tcp",
        description,
        "",
        "",
        Optional.empty(),
        modified,
        List.of(),
        "",
        "",
        notes);
  }

  private static SourceSnapshot snapshot(
      RegistryForm form, Optional<CsvDate> written, SourceRecord... records) {
    return new SourceSnapshot("s", form, written, SHA, List.of(records), List.of());
  }

  private static Optional<SnapshotManifest.Entry> listed(RegistryForm form, CsvDate date) {
    return Optional.of(new SnapshotManifest.Entry("s", date, form, SHA, 7));
  }

  @Test
  void theDateTheFileStatesWinsAndMustAgreeWithTheManifest() {
    CsvDate may17 = new CsvDate(2017, 5, 17);
    SourceSnapshot xml =
        snapshot(
            RegistryForm.XML, Optional.of(may17), record("ni-ftp", "NI FTP", Optional.empty(), ""));
    assertThat(Normalizer.normalize(xml, Optional.empty()).dataDate()).isEqualTo(may17);
    assertThat(Normalizer.normalize(xml, listed(RegistryForm.XML, may17)).dataDate())
        .isEqualTo(may17);
    assertThatThrownBy(
            () -> Normalizer.normalize(xml, listed(RegistryForm.XML, new CsvDate(2017, 5, 18))))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage(
            "s:1:1: the file gives its data date as 2017-05-17 but snapshots.tsv says 2017-05-18;"
                + " correct one of them");
  }

  @Test
  void aFileWithoutADateIsDatedByTheManifestOrForACsvByItsNewestRecordDate() {
    CsvDate july1992 = new CsvDate(1992, 7, 0);
    SourceSnapshot rfc =
        snapshot(
            RegistryForm.RFC, Optional.empty(), record("ni-ftp", "NI FTP", Optional.empty(), ""));
    assertThat(Normalizer.normalize(rfc, listed(RegistryForm.RFC, july1992)).dataDate())
        .isEqualTo(july1992);
    assertThatThrownBy(() -> Normalizer.normalize(rfc, Optional.empty()))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining(
            "the rfc file states no data date and snapshots.tsv does not list it");

    SourceSnapshot csv =
        snapshot(
            RegistryForm.CSV,
            Optional.empty(),
            record("a", "A", Optional.of(new CsvDate(2020, 3, 0)), ""),
            record("b", "B", Optional.of(new CsvDate(2019, 12, 31)), ""));
    assertThat(Normalizer.normalize(csv, Optional.empty()).dataDate())
        .isEqualTo(new CsvDate(2020, 3, 0));
    assertThatThrownBy(
            () ->
                Normalizer.normalize(
                    snapshot(
                        RegistryForm.CSV, Optional.empty(), record("a", "A", Optional.empty(), "")),
                    Optional.empty()))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage("s:2:1: no Registration or Modification Date anywhere: cannot date the data");
  }

  @Test
  void theManifestMustGiveTheFormTheContentIs() {
    SourceSnapshot csv =
        snapshot(RegistryForm.CSV, Optional.empty(), record("a", "A", Optional.empty(), ""));
    assertThatThrownBy(
            () -> Normalizer.normalize(csv, listed(RegistryForm.XML, new CsvDate(2020, 1, 1))))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage("s:1:1: the content is the csv form but snapshots.tsv lists it as xml");
  }

  @Test
  void derivesKindRemovalDateAndFormerServiceForNonAssignmentsOnly() {
    Optional<CsvDate> modified = Optional.of(new CsvDate(2017, 5, 18));
    RegistryRecord reserved =
        Normalizer.normalize(
            record(
                "",
                "Reserved",
                modified,
                "De-assigned on 2017-05-18, previously ni-ftp by [Steve_Kille]"));
    assertThat(reserved.kind()).isEqualTo(RecordKind.RESERVED);
    assertThat(reserved.removalDate()).isEqualTo(modified);
    assertThat(reserved.formerly()).isEqualTo("ni-ftp");

    RegistryRecord assigned =
        Normalizer.normalize(record("ni-ftp", "NI FTP", modified, "removed on 2017-05-18"));
    assertThat(assigned.kind()).isEqualTo(RecordKind.ASSIGNED);
    assertThat(assigned.removalDate()).isEmpty();
    assertThat(assigned.formerly()).isEmpty();

    // A removal year the table cannot hold is a typo: the Modification Date stands in.
    RegistryRecord typo =
        Normalizer.normalize(record("", "Unassigned", modified, "Removed 2200-01-01"));
    assertThat(typo.removalDate()).isEqualTo(modified);
  }

  /**
   * A reader of any form may hand on a value beyond a limit (the XML and text readers need not
   * check each one themselves): the normalizer fails it at the record's line and column.
   */
  @Test
  void everyFormIsHeldToTheLimits() {
    CsvDate date = new CsvDate(2020, 1, 1);
    SourceRecord longNotes = record("a", "A", Optional.empty(), "n".repeat(70_000));
    assertThatThrownBy(
            () ->
                Normalizer.normalize(
                    snapshot(RegistryForm.XML, Optional.of(date), longNotes), Optional.empty()))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageStartingWith(
            "s:2:1: assignment notes of 70000 UTF-8 bytes, more than the 65535 the table format"
                + " holds: \"nnn")
        .hasMessageEndingWith("n...\"");

    SourceRecord manyReferences =
        new SourceRecord(
            7,
            3,
            "a",
            47,
            47,
            "tcp",
            "A",
            "",
            "",
            Optional.empty(),
            Optional.empty(),
            java.util.Collections.nCopies(257, Reference.inferred("RFC1")),
            "",
            "",
            "");
    assertThatThrownBy(
            () ->
                Normalizer.normalize(
                    snapshot(RegistryForm.PORT_NUMBERS, Optional.of(date), manyReferences),
                    Optional.empty()))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageStartingWith(
            "s:7:3: 257 references in one record, more than the limit of 256: \"[RFC1][RFC1]");

    SourceRecord[] overOnePort = new SourceRecord[Limits.MAX_RECORDS_PER_PORT + 1];
    for (int i = 0; i < overOnePort.length; i++) {
      // Ranges that all end at port 100, the only port all 65 cover.
      overOnePort[i] =
          new SourceRecord(
              10 + i,
              1,
              "s" + i,
              100 - i,
              100,
              "",
              "S",
              "",
              "",
              Optional.empty(),
              Optional.empty(),
              List.of(),
              "",
              "",
              "");
    }
    assertThatThrownBy(
            () ->
                Normalizer.normalize(
                    snapshot(RegistryForm.RFC, Optional.of(date), overOnePort), Optional.empty()))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessage(
            "s:74:1: 65th record covering port 100 (65 in all), more than the limit of 64 records"
                + " on one port; this record covers ports 36-100");
  }
}
