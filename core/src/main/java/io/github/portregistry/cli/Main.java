package io.github.portregistry.cli;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.RegistryVersion;
import io.github.portregistry.cli.Arguments.UsageException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The command-line tool: {@code java -jar port-registry.jar ARGS}. See {@link #HELP}.
 *
 * <p>Exit codes: 0 success, 1 nothing found ({@code name}, {@code search}), 2 usage error, 3 no
 * {@code /proc/net} ({@code listening}, {@code free --available}).
 */
public final class Main {
  static final int USAGE = 2;

  static final String HELP =
      "Usage: java -jar port-registry.jar COMMAND [OPTIONS]\n"
          + "What is port N? The IANA port registry, offline.\n"
          + "(In the examples, port-registry stands for java -jar port-registry.jar.)\n"
          + "\n"
          + "  PORT... | A-B...      describe ports and ranges of ports\n"
          + "      port-registry 252\n"
          + "      port-registry 80 443 20-23 --json\n"
          + "  name SERVICE          every record with that service name (case-insensitive)\n"
          + "      port-registry name ssh\n"
          + "  search TEXT           records whose service name or description contains TEXT,\n"
          + "                        best first: exact name, name prefix, whole word, anywhere\n"
          + "      port-registry search postgres\n"
          + "  free                  the first ports a new service may take: unassigned on\n"
          + "                        every protocol given, never port 0\n"
          + "        --range system|user|dynamic    (default user)\n"
          + "        --protocol tcp,udp,sctp,dccp   one or more (default tcp)\n"
          + "        --count N                      (default 10)\n"
          + "        --available     also not listening or bound here now, and outside\n"
          + "                        the kernel's ephemeral port range\n"
          + "        --browser-safe  also not a port browsers refuse (Fetch Standard)\n"
          + "      port-registry free --protocol tcp,udp --available --browser-safe\n"
          + "  services              the registry as an /etc/services file (services(5))\n"
          + "        --protocol tcp,udp,sctp,dccp   one or more (default all four)\n"
          + "      port-registry services --protocol tcp,udp > services\n"
          + "  listening             this machine's listening TCP and bound UDP sockets, with\n"
          + "                        the registry's status and service names for each port;\n"
          + "                        flags RESERVED ports and ports of another service\n"
          + "      port-registry listening --json\n"
          + "  --version             library version and registry data version\n"
          + "  --help                this text\n"
          + "\n"
          + "  --json                JSON: one object a line (ports, name, listening),\n"
          + "                        one document (search, free)\n"
          + "\n"
          + "Exit codes: 0 ok, 1 no such service name or no search match, 2 usage error,\n"
          + "3 no /proc/net (listening, free --available).\n";

  private Main() {}

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    System.exit(code);
  }

  /** Runs the tool on {@code args}, writing to {@code out} and {@code err}: the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Path.of("/proc"));
  }

  /** As {@link #run(String[], PrintStream, PrintStream)}, reading sockets below {@code proc}. */
  static int run(String[] args, PrintStream out, PrintStream err, Path proc) {
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (UsageException e) {
      err.println("port-registry: " + e.getMessage() + "; see --help");
      return USAGE;
    }
    if (a.command == Arguments.HELP) {
      out.print(HELP);
      return 0;
    }
    if (a.command == Arguments.VERSION) {
      RegistryVersion v = PortRegistry.version();
      out.println("port-registry " + libraryVersion());
      out.println(
          "Registry data: "
              + v.dataDate()
              + " ("
              + v.recordCount()
              + " records, "
              + v.form()
              + ")");
      out.println("Source SHA-256: " + v.sourceSha256());
      return 0;
    }
    if (a.command == Arguments.PORTS) {
      return Lookup.ports(a.ranges, a.json, out);
    }
    if (a.command == Arguments.NAME) {
      return Lookup.name(a.name, a.json, out, err);
    }
    if (a.command == Arguments.FREE) {
      return Free.run(a, proc, out, err);
    }
    if (a.command == Arguments.SEARCH) {
      return SearchCommand.run(a.name, a.json, out, err);
    }
    if (a.command == Arguments.SERVICES) {
      return ServicesFile.write(a.protocols, out);
    }
    return Listening.run(proc, a.json, out, err);
  }

  /** The version Maven wrote into the jar, or "(development build)" when run from classes. */
  static String libraryVersion() {
    try (InputStream in =
        Main.class.getResourceAsStream(
            "/META-INF/maven/io.github.portregistry/port-registry/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "(unknown version)");
      }
    } catch (IOException e) {
      // fall through
    }
    return "(development build)";
  }
}
