package io.github.portregistry.cli;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.ServiceRecord;
import java.io.PrintStream;
import java.util.List;

/** The registry commands: ports and ranges, and {@code name}. */
final class Lookup {
  static final int NOT_FOUND = 1;

  private Lookup() {}

  /** {@code describe()} of each port, a blank line between; or one JSON object a line. */
  static int ports(int[] ranges, boolean json, PrintStream out) {
    boolean first = true;
    for (int i = 0; i < ranges.length; i += 2) {
      for (int port = ranges[i]; port <= ranges[i + 1]; port++) {
        if (json) {
          out.println(new JsonWriter().portInfo(PortRegistry.lookup(port)));
        } else {
          if (!first) {
            out.println();
          }
          out.print(PortRegistry.lookup(port).describe());
        }
        first = false;
      }
    }
    return 0;
  }

  /** Every record with that service name, as a table or one JSON object a line. */
  static int name(String name, boolean json, PrintStream out, PrintStream err) {
    List<ServiceRecord> records = PortRegistry.byServiceName(name);
    if (records.isEmpty()) {
      err.println("port-registry: no service named \"" + name + "\" in the registry" + hint(name));
      return NOT_FOUND;
    }
    Table table = new Table("SERVICE", "PORT", "PROTOCOL", "DESCRIPTION", "REFERENCE");
    for (ServiceRecord r : records) {
      if (json) {
        out.println(new JsonWriter().record(r));
      } else {
        table.add(
            r.serviceName(),
            r.ports().isPresent() ? r.ports().get().toString() : "-",
            r.protocol().isPresent() ? r.protocol().get().registryName() : "all",
            r.description(),
            String.join(", ", r.references()));
      }
    }
    if (!json) {
      table.print(out);
    }
    return 0;
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
