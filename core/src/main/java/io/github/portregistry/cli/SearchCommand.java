package io.github.portregistry.cli;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.ServiceRecord;
import java.io.PrintStream;
import java.util.List;

/** The {@code search TEXT} command: {@link PortRegistry#search} as a table or as JSON. */
final class SearchCommand {
  private SearchCommand() {}

  /** Prints the records matching {@code text}, best first; exit code 1 when none does. */
  static int run(String text, int format, PrintStream out, PrintStream err) {
    List<ServiceRecord> hits = PortRegistry.search(text);
    if (hits.isEmpty()) {
      return Main.error(
          err,
          "no service name or description in the registry contains \"" + text + "\"",
          Lookup.NOT_FOUND);
    }
    if (format != Arguments.TEXT) {
      JsonOutput json = new JsonOutput(out, format, false);
      for (ServiceRecord r : hits) {
        json.add(new JsonWriter().record(r));
      }
      json.end();
      return 0;
    }
    Table table = new Table("SERVICE", "PORT", "PROTOCOL", "DESCRIPTION");
    for (ServiceRecord r : hits) {
      table.add(
          r.serviceName().isEmpty() ? "-" : r.serviceName(),
          r.ports().isPresent() ? r.ports().get().toString() : "-",
          r.protocol().isPresent() ? r.protocol().get().registryName() : "all",
          r.description());
    }
    table.print(out);
    return 0;
  }
}
