package io.github.portregistry.cli;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.RangeClass;
import io.github.portregistry.ServiceRecord;
import java.io.PrintStream;
import java.util.List;
import java.util.PrimitiveIterator;

/** The registry commands: ports and ranges, {@code name} and {@code free}. */
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
      err.println("port-registry: no service named \"" + name + "\" in the registry");
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

  /** The first {@code count} unassigned ports of the range on the protocol, one a line. */
  static int free(RangeClass range, Protocol protocol, int count, PrintStream out) {
    PrimitiveIterator.OfInt ports = PortRegistry.unassigned(range, protocol).iterator();
    for (int i = 0; i < count && ports.hasNext(); i++) {
      out.println(ports.nextInt());
    }
    return 0;
  }
}
