package io.github.portregistry.cli;

import io.github.portregistry.HistoryPeriod;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.RegistrySnapshot;
import java.io.PrintStream;

/**
 * {@code port-registry history PORT... [--protocol P] [--json]}: what each snapshot of the registry
 * said about the ports, one period a line, dates at the registry's precision.
 *
 * <pre>
 * PORT  PROTOCOL  FIRST SEEN  LAST SEEN   STATUS    SERVICE NAMES  DESCRIPTION
 * 47    tcp       1992-07     2017-05-17  Assigned  ni-ftp         NI FTP
 * 47    tcp       2017-05-18  2026-08-17  Reserved                 Reserved
 * </pre>
 */
final class History {
  private History() {}

  /** The periods of each port of {@code ranges}, on {@code protocol} or all when null. */
  static int run(int[] ranges, Protocol protocol, boolean json, PrintStream out) {
    Table table =
        new Table(
            "PORT",
            "PROTOCOL",
            "FIRST SEEN",
            "LAST SEEN",
            "STATUS",
            "SERVICE NAMES",
            "DESCRIPTION");
    for (int i = 0; i < ranges.length; i += 2) {
      for (int port = ranges[i]; port <= ranges[i + 1]; port++) {
        for (HistoryPeriod p : PortRegistry.lookup(port).history()) {
          if (protocol != null && p.protocol() != protocol) {
            continue;
          }
          if (json) {
            out.println(json(port, p));
          } else {
            table.add(
                Integer.toString(port),
                p.protocol().registryName(),
                p.firstSeen().date().toString(),
                p.lastSeen().date().toString(),
                p.status().label(),
                String.join(", ", p.serviceNames()),
                firstLine(p.description()));
          }
        }
      }
    }
    if (!json) {
      table.print(out);
    }
    return 0;
  }

  /** Every field of the period, the snapshots' in full: one JSON object. */
  static String json(int port, HistoryPeriod p) {
    JsonWriter w = new JsonWriter().open('{').key("port").value(port);
    w.field("protocol", p.protocol()).field("status", p.status());
    w.array("serviceNames", p.serviceNames()).field("description", p.description());
    snapshot(w.key("firstSeen"), p.firstSeen());
    snapshot(w.key("lastSeen"), p.lastSeen());
    return w.close('}').toString();
  }

  private static void snapshot(JsonWriter w, RegistrySnapshot s) {
    w.open('{').field("date", s.date().toString()).field("form", s.form());
    w.key("recordCount").value(s.recordCount()).field("sourceSha256", s.sourceSha256());
    w.close('}');
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
