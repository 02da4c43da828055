package io.github.portregistry.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a reader found into the compiled model's input: decides each record's kind, its
 * removal date and what it carried before (the registry's prose, read by {@link RemovalNotes}), and
 * the snapshot's data date. The same rules for every form, so that a registry state published in
 * two forms normalizes to equal records.
 *
 * <h2>The data date</h2>
 *
 * <ol>
 *   <li>Where the file states a date (the XML's {@code <updated>}, the legacy "(last updated ...)"
 *       line, the RFC's month) and the manifest lists the file too, the two must be equal, or the
 *       build fails saying both.
 *   <li>Otherwise the one that exists.
 *   <li>Otherwise, for a CSV (which states no date), the newest Registration or Modification Date
 *       in it: a lower bound of the day it was published.
 *   <li>Otherwise the build fails: a snapshot without a date cannot take its place in history.
 * </ol>
 */
public final class Normalizer {
  private Normalizer() {}

  /**
   * Normalizes one snapshot.
   *
   * @param source what the reader returned
   * @param listed the manifest's entry for this file, if it has one
   * @throws RegistryCsvException when the file cannot be dated, file and manifest disagree, or a
   *     value is beyond one of the {@link Limits}
   */
  public static NormalizedRegistry normalize(
      SourceSnapshot source, Optional<SnapshotManifest.Entry> listed) {
    String file = source.fileName();
    if (listed.isPresent() && listed.get().form() != source.form()) {
      throw new RegistryCsvException(
          file,
          1,
          1,
          "the content is the "
              + source.form().registryName()
              + " form but "
              + SnapshotManifest.FILE_NAME
              + " lists it as "
              + listed.get().form().registryName());
    }
    // Every form passes here, so no reader can hand on a value beyond a limit (see Limits).
    Limits.checkSnapshot(source);
    List<RegistryRecord> records = new ArrayList<>(source.records().size());
    for (SourceRecord r : source.records()) {
      records.add(normalize(r));
    }
    return new NormalizedRegistry(
        file, source.form(), dataDate(source, listed), source.sha256(), records, source.people());
  }

  static RegistryRecord normalize(SourceRecord r) {
    RecordKind kind = RecordKind.of(r.serviceName(), r.description());
    Optional<CsvDate> removal =
        kind == RecordKind.ASSIGNED
            ? Optional.empty()
            : RemovalNotes.removalDate(r.description(), r.assignmentNotes(), r.modificationDate());
    if (removal.isPresent() && !Limits.inTableYears(removal.get().year())) {
      // A year the table cannot hold, written in prose, is a typo like an impossible date:
      // fall back to the Modification Date, as RemovalNotes does for those.
      removal = r.modificationDate();
    }
    String formerly =
        kind == RecordKind.ASSIGNED
            ? ""
            : RemovalNotes.formerly(r.description(), r.assignmentNotes()).orElse("");
    return new RegistryRecord(
        r.line(),
        r.serviceName(),
        r.firstPort(),
        r.lastPort(),
        r.protocol(),
        kind,
        r.description(),
        r.assignee(),
        r.contact(),
        r.registrationDate(),
        r.modificationDate(),
        r.references(),
        r.serviceCode(),
        r.unauthorizedUseReported(),
        r.assignmentNotes(),
        removal,
        formerly);
  }

  private static CsvDate dataDate(SourceSnapshot source, Optional<SnapshotManifest.Entry> listed) {
    String file = source.fileName();
    Optional<CsvDate> written = source.writtenDate();
    if (written.isPresent() && listed.isPresent() && !written.get().equals(listed.get().date())) {
      throw new RegistryCsvException(
          file,
          1,
          1,
          "the file gives its data date as "
              + written.get()
              + " but "
              + SnapshotManifest.FILE_NAME
              + " says "
              + listed.get().date()
              + "; correct one of them");
    }
    if (written.isPresent()) {
      return written.get();
    }
    if (listed.isPresent()) {
      return listed.get().date();
    }
    if (source.form() == RegistryForm.CSV) {
      CsvDate newest = null;
      for (SourceRecord r : source.records()) {
        for (Optional<CsvDate> d : List.of(r.registrationDate(), r.modificationDate())) {
          if (d.isPresent() && (newest == null || d.get().compareTo(newest) > 0)) {
            newest = d.get();
          }
        }
      }
      if (newest != null) {
        return newest;
      }
      throw new RegistryCsvException(
          file, 2, 1, "no Registration or Modification Date anywhere: cannot date the data");
    }
    throw new RegistryCsvException(
        file,
        1,
        1,
        "the "
            + source.form().registryName()
            + " file states no data date and "
            + SnapshotManifest.FILE_NAME
            + " does not list it (by SHA-256 "
            + source.sha256()
            + "): cannot date the data");
  }
}
