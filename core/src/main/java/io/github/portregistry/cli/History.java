package io.github.portregistry.cli;

import io.github.portregistry.HistoryPeriod;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.RegistrySnapshot;
import java.io.PrintStream;

/**
 * {@code port-registry history PORT... [--protocol P] [--json | --json-lines]}: what each snapshot
 * of the registry said about the ports, one period a line, dates at the registry's precision.
 * Queries are those of the port pages ({@code 47}, {@code 20-23}, {@code 47/udp}, {@code 47,61}).
 *
 * <pre>
 * PORT  PROTOCOL  FIRST SEEN  LAST SEEN   STATUS    SERVICE NAMES  DESCRIPTION
 * 47    tcp       1992-07     2017-05-17  Assigned  ni-ftp         NI FTP
 * 47    tcp       2017-05-18  2026-08-17  Reserved                 Reserved
 * </pre>
 */
final class History {
  private History() {}

  private static final Protocol[] PROTOCOLS = Protocol.values();

  /**
   * The periods of each query's ports (three ints a query, as {@link Arguments#ports}), on the
   * query's protocol or all four; as a table, or JSON: with {@code --json} one array, with {@code
   * --json-lines} one object a line.
   */
  static int run(int[] queries, int format, PrintStream out) {
    JsonOutput json = format == Arguments.TEXT ? null : new JsonOutput(out, format, false);
    Table table =
        new Table(
            "PORT",
            "PROTOCOL",
            "FIRST SEEN",
            "LAST SEEN",
            "STATUS",
            "SERVICE NAMES",
            "DESCRIPTION");
    for (int i = 0; i < queries.length; i += 3) {
      Protocol protocol =
          queries[i + 2] == Arguments.ALL_PROTOCOLS ? null : PROTOCOLS[queries[i + 2]];
      for (int port = queries[i]; port <= queries[i + 1]; port++) {
        for (HistoryPeriod p : PortRegistry.lookup(port).history()) {
          if (protocol != null && p.protocol() != protocol) {
            continue;
          }
          if (json != null) {
            json.add(json(port, p));
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
    if (json != null) {
      json.end();
    } else {
      table.print(out);
    }
    return 0;
  }

  /** Every field of the period, the snapshots' in full: one JSON object. */
  static JsonWriter json(int port, HistoryPeriod p) {
    JsonWriter w = new JsonWriter().open('{').key("port").value(port);
    w.field("protocol", p.protocol()).field("status", p.status());
    w.array("serviceNames", p.serviceNames()).field("description", p.description());
    snapshot(w.key("firstSeen"), p.firstSeen());
    snapshot(w.key("lastSeen"), p.lastSeen());
    return w.close('}');
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
