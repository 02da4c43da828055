package io.github.portregistry.cli;

import io.github.portregistry.PortInfo;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.ServiceRecord;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The registry commands: ports and ranges, and {@code name}. */
final class Lookup {
  static final int NOT_FOUND = 1;
  private static final Protocol[] PROTOCOLS = Protocol.values();

  private Lookup() {}

  /**
   * For each query of {@link Arguments#ports}: {@code describe()} of each port, or for one protocol
   * a status line and the records that apply to it; a blank line between ports. In JSON, every
   * field of each port (one protocol: its status, names and records there).
   */
  static int ports(int[] queries, int format, boolean onePort, PrintStream out) {
    JsonOutput json = format == Arguments.TEXT ? null : new JsonOutput(out, format, onePort);
    boolean first = true;
    for (int i = 0; i < queries.length; i += 3) {
      Protocol protocol =
          queries[i + 2] == Arguments.ALL_PROTOCOLS ? null : PROTOCOLS[queries[i + 2]];
      for (int port = queries[i]; port <= queries[i + 1]; port++) {
        PortInfo info = PortRegistry.lookup(port);
        if (json != null) {
          json.add(
              protocol == null
                  ? new JsonWriter().portInfo(info)
                  : new JsonWriter().portOnProtocol(info, protocol));
          continue;
        }
        if (!first) {
          out.println();
        }
        first = false;
        if (protocol == null) {
          out.print(info.describe());
        } else {
          onProtocol(info, protocol, out);
        }
      }
    }
    if (json != null) {
      json.end();
    }
    return 0;
  }

  /**
   * {@code 80/tcp: Assigned, System Ports (0-1023)} and the records that apply on that protocol.
   */
  private static void onProtocol(PortInfo info, Protocol protocol, PrintStream out) {
    out.println(
        info.port()
            + "/"
            + protocol.registryName()
            + ": "
            + info.status(protocol).label()
            + ", "
            + info.range().label());
    List<ServiceRecord> records = new ArrayList<>();
    for (ServiceRecord r : info.records()) {
      if (r.appliesTo(protocol)) {
        records.add(r);
      }
    }
    if (!records.isEmpty()) {
      recordTable(records).print(out);
    }
  }

  /** Every record with that service name, as a table or as JSON. */
  static int name(String name, int format, PrintStream out, PrintStream err) {
    List<ServiceRecord> records = PortRegistry.byServiceName(name);
    if (records.isEmpty()) {
      return Main.error(
          err, "no service named \"" + name + "\" in the registry" + hint(name), NOT_FOUND);
    }
    if (format == Arguments.TEXT) {
      recordTable(records).print(out);
      return 0;
    }
    JsonOutput json = new JsonOutput(out, format, false);
    for (ServiceRecord r : records) {
      json.add(new JsonWriter().record(r));
    }
    json.end();
    return 0;
  }

  /** One line a record: service name, ports, protocol, description and references. */
  private static Table recordTable(List<ServiceRecord> records) {
    Table table = new Table("SERVICE", "PORT", "PROTOCOL", "DESCRIPTION", "REFERENCE");
    for (ServiceRecord r : records) {
      table.add(
          r.serviceName().isEmpty() ? "-" : r.serviceName(),
          r.ports().isPresent() ? r.ports().get().toString() : "-",
          r.protocol().isPresent() ? r.protocol().get().registryName() : "all",
          r.description(),
          String.join(", ", r.references()));
    }
    return table;
  }

  /**
   * "; similar names: ...; search names and descriptions with: port-registry search NAME", the
   * similar names left out when there are none.
   */
  static String hint(String name) {
    List<String> similar = PortRegistry.similarServiceNames(name, 5);
    String search = "search names and descriptions with: port-registry search " + name;
    return similar.isEmpty()
        ? "; " + search
        : "; similar names: " + String.join(", ", similar) + "; " + search;
  }
}
