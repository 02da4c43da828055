package io.github.portregistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /**
   * What a row says of the ports it covers, by the naive rule: 2 assigned when it has a service
   * name (or its description starts "any private"), else 1 reserved when its description starts
   * "reserved" (any case), else 0 unassigned.
   */
  static int kind(Map<String, String> row) {
    String description = row.get("Description");
    return !row.get("Service Name").isEmpty() || description.startsWith("any private")
        ? 2
        : description.toLowerCase(Locale.ROOT).startsWith("reserved") ? 1 : 0;
  }

  /** The first and last port of a row that has a port number ("80" or "247-255"). */
  static int[] ports(Map<String, String> row) {
    String ports = row.get("Port Number");
    int dash = ports.indexOf('-');
    return new int[] {
      Integer.parseInt(dash < 0 ? ports : ports.substring(0, dash)),
      Integer.parseInt(dash < 0 ? ports : ports.substring(dash + 1))
    };
  }

  /** Whether the row covers {@code protocol} ("tcp"): an empty protocol covers all four. */
  static boolean covers(Map<String, String> row, String protocol) {
    String written = row.get("Transport Protocol").toLowerCase(Locale.ROOT);
    return written.isEmpty() || written.equals(protocol);
  }
}
