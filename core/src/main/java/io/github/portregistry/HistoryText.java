package io.github.portregistry;

import io.github.portregistry.internal.VisibleText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The History section of {@link PortInfo#describe()}: one line a group of protocols whose periods
 * are identical, each period as "what, when" in prose.
 *
 * <pre>
 * History:
 *   TCP and UDP: ni-ftp (NI FTP), July 1992 to May 17, 2017; Reserved since May 18, 2017
 *   SCTP and DCCP: Unassigned since July 1992
 * </pre>
 */
final class HistoryText {
  private HistoryText() {}

  static void append(StringBuilder page, List<HistoryPeriod> history) {
    // Protocols with equal period lists (protocol aside) share a line, in protocol order.
    Map<List<String>, Set<Protocol>> groups = new LinkedHashMap<>();
    for (Protocol protocol : Protocol.values()) {
      List<String> phrases = new ArrayList<>();
      for (HistoryPeriod p : history) {
        if (p.protocol() == protocol) {
          phrases.add(phrase(p));
        }
      }
      // get and put, not computeIfAbsent with a lambda: describe() is often a program's first
      // call, and bootstrapping the JVM's first lambda costs it tens of milliseconds (issue 12).
      Set<Protocol> group = groups.get(phrases);
      if (group == null) {
        group = EnumSet.noneOf(Protocol.class);
        groups.put(phrases, group);
      }
      group.add(protocol);
    }
    page.append("History:\n");
    for (Map.Entry<List<String>, Set<Protocol>> group : groups.entrySet()) {
      page.append("  ")
          .append(PortPage.joinAnd(group.getValue()))
          .append(": ")
          // Registry text: its control characters escaped, as on the rest of the page.
          .append(VisibleText.escape(String.join("; ", group.getKey())))
          .append('\n');
    }
  }

  /** "ni-ftp (NI FTP), July 1992 to May 17, 2017" or "Reserved since May 18, 2017". */
  static String phrase(HistoryPeriod p) {
    String when = when(p);
    return what(p) + (when.startsWith("since") || when.startsWith("only") ? " " : ", ") + when;
  }

  /** The names and description of an assignment; the status, and a telling description, else. */
  static String what(HistoryPeriod p) {
    String description = firstLine(p.description());
    String what =
        p.status() == Status.ASSIGNED && !p.serviceNames().isEmpty()
            ? String.join(", ", p.serviceNames())
            : p.status().label();
    if (description.isEmpty() || description.equalsIgnoreCase(what)) {
      return what;
    }
    return what + " (" + description + ")";
  }

  /**
   * At the snapshots' precision: "since May 18, 2017", "July 1992 to May 17, 2017", "only in the
   * snapshot of February 24, 2017".
   */
  static String when(HistoryPeriod p) {
    String first = p.firstSeen().date().toDisplayString();
    // The period is current when it lasts to the last snapshot, which is the current registry: the
    // same answer as isCurrent(), without the two classes of version() that a first describe()
    // would otherwise load from the jar for this alone (issue 12).
    List<RegistrySnapshot> snapshots = PortRegistry.snapshots();
    if (sameSnapshot(p.lastSeen(), snapshots.get(snapshots.size() - 1))) {
      return "since " + first;
    }
    if (sameSnapshot(p.firstSeen(), p.lastSeen())) {
      return "only in the snapshot of " + first;
    }
    return first + " to " + p.lastSeen().date().toDisplayString();
  }

  /**
   * Whether two snapshots are the same, compared field by field rather than with the record's
   * {@code equals}, which bootstraps through {@code invokedynamic} on its first call: tens of
   * milliseconds for the first {@code describe()} of a port with a past (issue 12).
   */
  private static boolean sameSnapshot(RegistrySnapshot a, RegistrySnapshot b) {
    return a == b
        || (a.date().equals(b.date())
            && a.form().equals(b.form())
            && a.recordCount() == b.recordCount()
            && a.sourceSha256().equals(b.sourceSha256()));
  }

  private static String firstLine(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(0, end).strip();
  }
}
