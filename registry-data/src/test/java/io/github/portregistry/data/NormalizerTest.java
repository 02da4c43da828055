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
}
