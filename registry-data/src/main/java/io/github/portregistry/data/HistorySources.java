package io.github.portregistry.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which vendored snapshots a build's history is compiled from, oldest first.
 *
 * <h2>The rule</h2>
 *
 * <ol>
 *   <li>Every snapshot of the manifest dated strictly before the current registry's data date (the
 *       file the jar's other tables are built from, {@code -Dregistry.file}), then the current
 *       registry itself as the last snapshot. Built from the default file (2026-08-17.xml, the
 *       newest), that is every vendored snapshot; built from, say, the 2009-10-07 file, it is the
 *       history as known on that day.
 *   <li>One snapshot a date: where the manifest lists a date in two forms (2015-10-08 and
 *       2024-12-20 as CSV and XML), the XML, IANA's canonical form, is used.
 *   <li>Every chosen file must read, and must still have the SHA-256 the manifest gives: a missing,
 *       changed or unreadable snapshot fails the build, never silently shortens history.
 * </ol>
 */
final class HistorySources {
  private HistorySources() {}

  /** The manifest entries to compile before the current registry, oldest first. */
  static List<SnapshotManifest.Entry> before(SnapshotManifest manifest, CsvDate current) {
    Map<CsvDate, SnapshotManifest.Entry> byDate = new LinkedHashMap<>();
    for (SnapshotManifest.Entry e : manifest.entries()) {
      if (e.date().compareTo(current) >= 0) {
        continue;
      }
      SnapshotManifest.Entry other = byDate.get(e.date());
      if (other == null || e.form() == RegistryForm.XML) {
        byDate.put(e.date(), e);
      }
    }
    List<SnapshotManifest.Entry> chosen = new ArrayList<>(byDate.values());
    chosen.sort((a, b) -> a.date().compareTo(b.date()));
    return chosen;
  }

  /** The file of an entry, beside the manifest. */
  static Path file(Path historyDirectory, SnapshotManifest.Entry entry) {
    return historyDirectory.resolve(entry.file());
  }
}
