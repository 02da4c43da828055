package io.github.portregistry.cli;

import io.github.portregistry.PortInfo;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.RegistryVersion;
import io.github.portregistry.ServiceRecord;
import io.github.portregistry.Status;
import io.github.portregistry.internal.VisibleText;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * The {@code services} command: the registry as an {@code /etc/services} file (services(5)), the
 * file distributions and container images build from this registry (as iana-etc does).
 *
 * <p>One line for every port and protocol the registry assigns, by port, then in {@link Protocol}
 * order: the first service name registered there (registry order), the port/protocol, the other
 * names registered there as aliases in registry order, and {@code #} with the description of the
 * first name's record. A range record (x11, 6000-6063/tcp) gives a line for each of its ports, as
 * services(5) has no ranges. A port assigned without a service name ("any private mail system",
 * 24/tcp) cannot be a services(5) entry; it is written as a comment so that nothing assigned goes
 * missing. The output depends on the registry data and the library version only: no date, no host.
 */
final class ServicesFile {
  private static final int NAME_WIDTH = 16;
  private static final int PORT_WIDTH = 12;
  private static final int COMMENT_COLUMN = 40;

  private ServicesFile() {}

  /** Writes the file for {@code protocols} to {@code out}. */
  static int write(Set<Protocol> protocols, PrintStream out) {
    RegistryVersion v = PortRegistry.version();
    StringBuilder b = new StringBuilder(1 << 20);
    b.append("# /etc/services: network services, services(5), from the IANA Service Name and\n");
    b.append("# Transport Protocol Port Number Registry of ").append(v.dataDate());
    b.append(" (").append(v.recordCount()).append(" records)\n");
    b.append("# Source: https://www.iana.org/assignments/service-names-port-numbers/\n");
    b.append("# Source SHA-256: ").append(v.sourceSha256()).append('\n');
    b.append("# Written by port-registry ").append(PortRegistry.libraryVersion());
    b.append(": every assigned port on ");
    String separator = "";
    for (Protocol p : protocols) {
      b.append(separator).append(p.registryName());
      separator = ", ";
    }
    b.append(
        ";\n# name port/protocol aliases # description. Ports assigned without a service name");
    b.append(" are\n# comments.\n");
    for (int port = 0; port <= 65535; port++) {
      if (PortRegistry.status(port) != Status.ASSIGNED) {
        continue; // most ports: skip without building their details
      }
      PortInfo info = PortRegistry.lookup(port);
      for (Protocol p : protocols) {
        if (info.status(p) == Status.ASSIGNED) {
          line(b, info, p);
        }
      }
    }
    out.print(b);
    return 0;
  }

  private static void line(StringBuilder b, PortInfo info, Protocol p) {
    List<String> names = info.serviceNames(p);
    String portAndProtocol = info.port() + "/" + p.registryName();
    int start = b.length();
    if (names.isEmpty()) {
      b.append("# ").append(portAndProtocol).append(" has no service name:");
      if (!description(b, info, p, "")) {
        b.append('\n');
      }
      return;
    }
    pad(b.append(names.get(0)), start + NAME_WIDTH - 1).append(' ');
    pad(b.append(portAndProtocol), start + NAME_WIDTH + PORT_WIDTH - 1);
    for (int i = 1; i < names.size(); i++) {
      b.append(' ').append(names.get(i));
    }
    pad(b, start + COMMENT_COLUMN - 1).append(" #");
    if (!description(b, info, p, names.get(0))) {
      // no description: no comment, and no spaces at the end of the line
      b.setLength(b.length() - 2);
      while (b.charAt(b.length() - 1) == ' ') {
        b.setLength(b.length() - 1);
      }
      b.append('\n');
    }
  }

  /**
   * Appends " " and the description of the first assigned record of {@code name} on the port and
   * protocol (line breaks as spaces) and a line break; true when there was a description.
   */
  private static boolean description(StringBuilder b, PortInfo info, Protocol p, String name) {
    for (ServiceRecord r : info.records(p)) {
      if (r.kind() == Status.ASSIGNED && r.serviceName().equals(name)) {
        // a services(5) line ends at the line break; other control characters are shown escaped
        String text =
            VisibleText.escape(r.description().strip().replaceAll("\\s*[\\r\\n]\\s*", " "));
        if (text.isEmpty()) {
          return false;
        }
        b.append(' ').append(text).append('\n');
        return true;
      }
    }
    return false;
  }

  /** Spaces up to length {@code to}, and at least none. */
  private static StringBuilder pad(StringBuilder b, int to) {
    while (b.length() < to) {
      b.append(' ');
    }
    return b;
  }
}
