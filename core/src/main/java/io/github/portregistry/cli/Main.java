package io.github.portregistry.cli;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.RegistryVersion;
import io.github.portregistry.cli.Arguments.UsageException;
import io.github.portregistry.internal.VisibleText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The command-line tool: {@code java -jar port-registry.jar ARGS}. See {@link #HELP}.
 *
 * <p>Exit codes: 0 success, 1 nothing found ({@code name}, {@code search}), 2 usage error, 3 cannot
 * read {@code /proc/net} ({@code listening}, {@code free --available}), 4 the registry tables in
 * the jar are damaged or mixed, 5 the output could not be written, 6 {@code listening --check}
 * flagged a socket. Every error is one line on standard error, with text from outside the program
 * (arguments, registry fields, process names) escaped as {@link VisibleText} says.
 */
public final class Main {
  static final int USAGE = 2;
  static final int TABLES_DAMAGED = 4;
  static final int WRITE_FAILED = 5;

  /** Where the system's sockets are read ({@code listening}, {@code free --available}). */
  private static final String PROC = "/proc";

  static final String HELP =
      "Usage: java -jar port-registry.jar COMMAND [OPTIONS]\n"
          + "What is port N? The IANA port registry, offline.\n"
          + "(In the examples, port-registry stands for java -jar port-registry.jar.)\n"
          + "\n"
          + "  PORT... | A-B...      describe ports and ranges of ports; PORT/PROTOCOL for one\n"
          + "                        protocol, PORT,PORT for a list\n"
          + "      port-registry 252\n"
          + "      port-registry 80 443 20-23 --json\n"
          + "      port-registry 80/tcp 53/udp\n"
          + "      port-registry 80,443\n"
          + "  name SERVICE          every record with that service name (case-insensitive)\n"
          + "  SERVICE               the same, for a word that is not a command\n"
          + "      port-registry name ssh\n"
          + "      port-registry http\n"
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
          + "        --check                        exit 6 when a socket is flagged\n"
          + "      port-registry listening --json\n"
          + "      port-registry listening --check\n"
          + "  history PORT... | A-B...\n"
          + "                        what each vendored registry snapshot said about the\n"
          + "                        ports: one period a line, dates at the registry's precision\n"
          + "        --protocol tcp|udp|sctp|dccp   (default all four)\n"
          + "      port-registry history 47 --protocol tcp\n"
          + "  --version             library version and registry data version\n"
          + "  --help                this text\n"
          + "\n"
          + "  --json                one JSON document: an object for one port, else an array\n"
          + "  --json-lines          one JSON object a line\n"
          + "  --                    ends the options: what follows is a port or a name\n"
          + "  Each option at most once. Control characters from the registry, the system or\n"
          + "  the arguments are shown escaped (\\e, \\n, \\x9b); JSON escapes its own way.\n"
          + "\n"
          + "Exit codes: 0 ok, 1 no such service name or no search match, 2 usage error,\n"
          + "3 cannot read /proc/net (listening, free --available),\n"
          + "4 registry tables damaged, 5 cannot write output, 6 listening --check flagged.\n";

  private Main() {}

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    PrintStream out = StandardOutput.open();
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the tool on {@code args}, writing to {@code out} and {@code err}: the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, null);
  }

  /**
   * As {@link #run(String[], PrintStream, PrintStream)}, reading sockets below {@code proc} (null:
   * the system's {@code /proc}, made a {@link Path} only by the commands that read it, so that the
   * others do not load the file system classes it needs). Ends at the first failed write to {@code
   * out}: at once when {@code out} throws {@link StandardOutput.WriteFailed}, as {@link
   * StandardOutput#open()} does, else when the command ends and {@link PrintStream#checkError()}
   * says so.
   */
  static int run(String[] args, PrintStream out, PrintStream err, Path proc) {
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (UsageException e) {
      return error(err, e.getMessage() + "; see --help", USAGE);
    }
    try {
      int code = command(a, out, err, proc);
      out.flush();
      if (out.checkError()) { // a print stream that swallowed the error
        return error(err, "cannot write to standard output", WRITE_FAILED);
      }
      return code;
    } catch (StandardOutput.WriteFailed e) {
      return error(err, "cannot write to standard output: " + e.getMessage(), WRITE_FAILED);
    } catch (RuntimeException | LinkageError e) {
      String damage = TableDamage.describe(e);
      if (damage == null) {
        throw e; // a bug: its stack trace is what a report needs
      }
      return error(err, damage, TABLES_DAMAGED);
    }
  }

  private static int command(Arguments a, PrintStream out, PrintStream err, Path proc) {
    if (a.command == Arguments.HELP) {
      out.print(HELP);
      return 0;
    }
    if (a.command == Arguments.VERSION) {
      RegistryVersion v = PortRegistry.version();
      out.println("port-registry " + PortRegistry.libraryVersion());
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
      return Lookup.ports(a.ports, a.format, a.onePort, out);
    }
    if (a.command == Arguments.NAME) {
      return Lookup.name(a.name, a.format, out, err);
    }
    if (a.command == Arguments.HISTORY) {
      return History.run(a.ports, a.format, out);
    }
    if (a.command == Arguments.FREE) {
      return Free.run(a, proc != null ? proc : Path.of(PROC), out, err);
    }
    if (a.command == Arguments.SEARCH) {
      return SearchCommand.run(a.name, a.format, out, err);
    }
    if (a.command == Arguments.SERVICES) {
      return ServicesFile.write(a.protocols, out);
    }
    return Listening.run(proc != null ? proc : Path.of(PROC), a.format, a.check, out, err);
  }

  /**
   * Prints {@code message} as one line on {@code err}, control characters escaped: the arguments
   * and file names it quotes come from outside.
   */
  static int error(PrintStream err, String message, int code) {
    err.println("port-registry: " + VisibleText.escape(message));
    return code;
  }
}
