package io.github.portregistry.cli;

import io.github.portregistry.BrowserPorts;
import io.github.portregistry.PortRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * The {@code free} command, a port advisor for a new service: the first ports of a range that are
 * unassigned on every protocol asked for ({@link PortRegistry#candidatePorts}, never port 0),
 * optionally not refused by browsers ({@code --browser-safe}, {@link BrowserPorts}) and not in use
 * or ephemeral on this machine now ({@code --available}, {@link MachinePorts}).
 */
final class Free {
  private Free() {}

  /** Runs the command for {@code a}, reading this machine's sockets below {@code proc}. */
  static int run(Arguments a, Path proc, PrintStream out, PrintStream err) {
    IntStream ports = PortRegistry.candidatePorts(a.range, a.protocols);
    if (a.browserSafe) {
      ports = ports.filter(BrowserPorts::isAllowed);
    }
    MachinePorts machine = null;
    if (a.available) {
      try {
        machine = MachinePorts.read(proc, a.protocols);
      } catch (IOException e) {
        return Main.error(err, e.getMessage(), Listening.NO_PROC_NET);
      }
      ports = ports.filter(machine::isFree);
    }
    int[] chosen = ports.limit(a.count).toArray();
    if (a.format == Arguments.TEXT) {
      StringBuilder b = new StringBuilder(chosen.length * 6);
      for (int port : chosen) {
        b.append(port).append('\n');
      }
      out.print(b);
      return 0;
    }
    JsonWriter w = new JsonWriter().open('{').field("range", a.range);
    w.array("protocols", a.protocols);
    w.key("browserSafe").value(a.browserSafe).key("available").value(a.available);
    w.key("ephemeralPorts");
    if (machine == null) {
      w.value(null);
    } else {
      w.open('{').key("first").value(machine.ephemeralFirst());
      w.key("last").value(machine.ephemeralLast()).close('}');
    }
    w.key("ports").open('[');
    for (int port : chosen) {
      w.value(port);
    }
    out.println(w.close(']').close('}')); // one object: the same for --json and --json-lines
    return 0;
  }
}
