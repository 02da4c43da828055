package io.github.portregistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simple test-side reading of a registry file of any form, as rows keyed by the CSV's header
 * names ("Service Name", "Port Number", "Transport Protocol", "Description", ...). Each form has
 * its own small reader that shares no code with the generator.
 */
final class NaiveSnapshotRows {
  private NaiveSnapshotRows() {}

  /** The rows of {@code file} in file order, or null when this form has no simple reading yet. */
  static List<Map<String, String>> read(String form, Path file) {
    switch (form) {
      case "csv":
      case "xml":
        List<Map<String, String>> rows = new ArrayList<>();
        for (NaiveRegistry.Row row : new NaiveRegistry(file).rows) {
          rows.add(row.fields);
        }
        return rows;
      case "port-numbers":
        return NaiveTextRows.portNumbers(file);
      case "rfc":
        return NaiveTextRows.rfc(file);
      default:
        return null;
    }
  }
}
