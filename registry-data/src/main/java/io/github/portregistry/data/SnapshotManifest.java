package io.github.portregistry.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vendored snapshots' manifest, {@value #FILE_NAME}: one line a file, tab-separated, with the
 * columns {@code file date form sha256 repository commit path}; lines starting with {@code #} and
 * the header line are skipped. It dates the files that state no date of their own (CSVs, the 1992
 * RFC extract) and lists the snapshots that history is compiled from, oldest first.
 *
 * <p>Files are found by SHA-256, not by name: a copy of a vendored file anywhere, under any name,
 * is the same snapshot.
 */
public final class SnapshotManifest {
  /** The manifest's file name, beside the snapshots it lists. */
  public static final String FILE_NAME = "snapshots.tsv";

  /** No files listed. */
  public static final SnapshotManifest EMPTY = new SnapshotManifest(List.of());

  /**
   * One vendored file.
   *
   * @param file the file name, relative to the manifest's directory
   * @param date the data date, at the precision its source supports
   * @param form the form it is in
   * @param sha256 the SHA-256 of its bytes
   * @param line the manifest line, for messages
   */
  public record Entry(String file, CsvDate date, RegistryForm form, String sha256, int line) {}

  private final List<Entry> entries;
  private final Map<String, Entry> bySha256 = new LinkedHashMap<>();

  private SnapshotManifest(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : entries) {
      bySha256.putIfAbsent(e.sha256(), e);
    }
  }

  /**
   * Reads a manifest.
   *
   * @throws RegistryCsvException at the first malformed line: file, line, column and reason
   */
  public static SnapshotManifest parse(String fileName, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("file\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        throw new RegistryCsvException(
            fileName, i + 1, 1, "expected 7 tab-separated fields, found " + f.length);
      }
      int column = f[0].length() + 2;
      CsvDate date = parseDate(fileName, i + 1, column, f[1]);
      column += f[1].length() + 1;
      RegistryForm form = null;
      for (RegistryForm candidate : RegistryForm.values()) {
        if (candidate.registryName().equals(f[2])) {
          form = candidate;
        }
      }
      if (form == null) {
        throw new RegistryCsvException(
            fileName,
            i + 1,
            column,
            "unknown form " + Text.quote(f[2]) + " (expected rfc, port-numbers, xml or csv)");
      }
      column += f[2].length() + 1;
      if (!f[3].matches("[0-9a-f]{64}")) {
        throw new RegistryCsvException(
            fileName,
            i + 1,
            column,
            "sha256 " + Text.quote(f[3]) + " is not 64 lower-case hex digits");
      }
      entries.add(new Entry(f[0], date, form, f[3], i + 1));
    }
    return new SnapshotManifest(entries);
  }

  private static CsvDate parseDate(String file, int line, int column, String value) {
    try {
      String[] p = value.split("-", -1);
      if ((p.length == 2 || p.length == 3)
          && p[0].length() == 4
          && p[1].length() == 2
          && (p.length == 2 || p[2].length() == 2)) {
        return new CsvDate(
            Integer.parseInt(p[0]),
            Integer.parseInt(p[1]),
            p.length == 3 ? Integer.parseInt(p[2]) : 0);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new RegistryCsvException(
        file, line, column, "bad date " + Text.quote(value) + " (expected YYYY-MM-DD or YYYY-MM)");
  }

  /** Every listed file, in manifest order (oldest first). */
  public List<Entry> entries() {
    return entries;
  }

  /** The entry of the file with these bytes' SHA-256, if listed. */
  public Optional<Entry> bySha256(String sha256) {
    return Optional.ofNullable(bySha256.get(sha256));
  }
}
