package io.github.portregistry.cli;

import io.github.portregistry.Protocol;
import io.github.portregistry.RangeClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The command line, parsed by hand (the jar has no dependencies). Options may come before or after
 * the command's arguments, each at most once; {@code --} ends the options; {@code --help} and
 * {@code --version} win wherever they appear before it. The first argument that is not an option
 * picks the command: a command word, a port ({@code 80}, {@code 20-23}, {@code 80/tcp}, {@code
 * 80,443}), or else a service name ({@code http} is {@code name http}). The commands are name,
 * search, free, services and listening.
 */
final class Arguments {
  // Commands as int constants: an enum and its switch maps would cost 2 KB of the jar budget.
  static final int HELP = 0;
  static final int VERSION = 1;
  static final int PORTS = 2;
  static final int NAME = 3;
  static final int FREE = 4;
  static final int LISTENING = 5;
  static final int HISTORY = 6;
  static final int SEARCH = 7;
  static final int SERVICES = 8;

  // Output formats.
  static final int TEXT = 0;
  static final int JSON = 1;
  static final int JSON_LINES = 2;

  /** In {@link #ports}: the protocol of a query that names none. */
  static final int ALL_PROTOCOLS = -1;

  final int command;

  /**
   * For PORTS: first port, last port and protocol ordinal (or {@link #ALL_PROTOCOLS}) of each
   * query, in order: {@code 80} gives 80, 80, -1 and {@code 20-21/udp} gives 20, 21, 1.
   */
  final int[] ports;

  /** For PORTS: one port was asked for, so {@code --json} prints an object, not an array. */
  final boolean onePort;

  /** For NAME, the service name; for SEARCH, the search text. */
  final String name;

  final int format;
  final RangeClass range;

  /**
   * For FREE (default tcp) and SERVICES (default all four): {@code --protocol}, in Protocol order.
   */
  final Set<Protocol> protocols;

  final int count;
  final boolean check;

  /** For FREE: {@code --available} and {@code --browser-safe}. */
  final boolean available;

  final boolean browserSafe;

  private Arguments(int command, int[] ports, boolean onePort, String name, Options o)
      throws UsageException {
    this.command = command;
    this.ports = ports;
    this.onePort = onePort;
    this.name = name;
    this.format = o.json != null ? (o.json.equals("--json") ? JSON : JSON_LINES) : TEXT;
    this.range = o.range == null ? RangeClass.USER : rangeClass(o.range);
    // Defaults only for the commands that take --protocol: an EnumSet costs a first run a
    // reflective call for the enum's constants, which 252 or --version never read (issue 12).
    this.protocols =
        o.protocol != null
            ? protocols(o.protocol)
            : command == SERVICES
                ? EnumSet.allOf(Protocol.class)
                : command == FREE ? EnumSet.of(Protocol.TCP) : Set.of();
    this.count = o.count == null ? 10 : count(o.count);
    this.check = o.check;
    this.available = o.available;
    this.browserSafe = o.browserSafe;
  }

  /** A usage error: the message names the bad value and is shown on one line. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  /** The options as given, each at most once. */
  private static final class Options {
    String json; // "--json" or "--json-lines"
    String range;
    String protocol;
    String count;
    boolean check;
    boolean available;
    boolean browserSafe;

    /** Takes the option {@code a}, reading its value from {@code args[i + 1]} if it needs one. */
    int take(String[] args, int i) throws UsageException {
      String a = args[i];
      int eq = a.indexOf('=');
      String option = eq < 0 ? a : a.substring(0, eq);
      if ((option.equals("--json") || option.equals("--json-lines")) && eq < 0) {
        if (json != null) {
          throw new UsageException(
              json.equals(a)
                  ? "option " + a + " given twice"
                  : "options --json and --json-lines do not go together");
        }
        json = a;
        return i;
      }
      if (option.equals("--check") && eq < 0) {
        if (check) {
          throw new UsageException("option --check given twice");
        }
        check = true;
        return i;
      }
      if (option.equals("--available") && eq < 0) {
        if (available) {
          throw new UsageException("option --available given twice");
        }
        available = true;
        return i;
      }
      if (option.equals("--browser-safe") && eq < 0) {
        if (browserSafe) {
          throw new UsageException("option --browser-safe given twice");
        }
        browserSafe = true;
        return i;
      }
      if (!option.equals("--range") && !option.equals("--protocol") && !option.equals("--count")) {
        throw new UsageException("unknown option \"" + a + "\"");
      }
      String value;
      if (eq >= 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageException("option " + option + " needs a value");
      }
      String before =
          option.equals("--range") ? range : option.equals("--protocol") ? protocol : count;
      if (before != null) {
        throw new UsageException(
            "option " + option + " given twice (\"" + before + "\" and \"" + value + "\")");
      }
      if (option.equals("--range")) {
        range = value;
      } else if (option.equals("--protocol")) {
        protocol = value;
      } else {
        count = value;
      }
      return i;
    }
  }

  static Arguments parse(String... args) throws UsageException {
    int end = args.length; // index of "--", which ends the options
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        end = i;
        break;
      }
    }
    for (int i = 0; i < end; i++) {
      if (args[i].equals("--help") || args[i].equals("-h")) {
        return simple(HELP);
      }
    }
    for (int i = 0; i < end; i++) {
      if (args[i].equals("--version")) {
        return simple(VERSION);
      }
    }
    List<String> positional = new ArrayList<>();
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i == end) {
        continue; // the "--" itself
      }
      if (i > end || a.length() < 2 || a.charAt(0) != '-' || Character.isDigit(a.charAt(1))) {
        positional.add(a); // "-1" is a bad port, not an option
      } else {
        i = o.take(args, i);
      }
    }
    if (positional.isEmpty()) {
      throw new UsageException("missing a port, a range, a service name or a command");
    }
    String first = positional.get(0);
    int command;
    int names = 1; // positional arguments before the command's own
    if (first.equals("name")) {
      command = NAME;
    } else if (first.equals("free")) {
      command = FREE;
    } else if (first.equals("listening")) {
      command = LISTENING;
    } else if (first.equals("history")) {
      command = HISTORY;
    } else if (first.equals("search")) {
      command = SEARCH;
    } else if (first.equals("services")) {
      command = SERVICES;
    } else if (first.isEmpty() || Character.isDigit(first.charAt(0)) || first.charAt(0) == '-') {
      command = PORTS;
      names = 0;
    } else {
      command = NAME; // a word that is not a command is a service name
      names = 0;
    }
    checkOptionsApply(command, o);
    if (command == HISTORY) {
      if (positional.size() < 2) {
        throw new UsageException("history needs a PORT or a range A-B");
      }
      int[] ports = queries(positional.subList(1, positional.size()));
      // --protocol narrows the queries that name no protocol of their own (47 but not 47/udp).
      int only = o.protocol == null ? ALL_PROTOCOLS : oneProtocol(o.protocol).ordinal();
      for (int i = 2; i < ports.length; i += 3) {
        ports[i] = ports[i] == ALL_PROTOCOLS ? only : ports[i];
      }
      return new Arguments(command, ports, false, null, o);
    }
    if (command == PORTS) {
      int[] ports = queries(positional);
      int n = ports.length;
      boolean onePort = n == 3 && ports[0] == ports[1] && positional.get(0).indexOf('-') < 0;
      return new Arguments(command, ports, onePort, null, o);
    }
    if (command == NAME) {
      if (positional.size() < names + 1) {
        throw new UsageException("name needs a SERVICE name");
      }
      noMore(positional, names + 1);
      return new Arguments(command, null, false, positional.get(names), o);
    }
    if (command == SEARCH) {
      String text = String.join(" ", positional.subList(1, positional.size()));
      if (text.isBlank()) {
        throw new UsageException("search needs a TEXT to look for");
      }
      return new Arguments(command, null, false, text, o);
    }
    noMore(positional, 1);
    return new Arguments(command, null, false, null, o);
  }

  private static void checkOptionsApply(int command, Options o) throws UsageException {
    if (command != FREE && (o.range != null || o.count != null || o.available || o.browserSafe)) {
      String option =
          o.range != null
              ? "--range"
              : o.count != null ? "--count" : o.available ? "--available" : "--browser-safe";
      throw new UsageException("option " + option + " only applies to free");
    }
    if (command != FREE && command != SERVICES && command != HISTORY && o.protocol != null) {
      throw new UsageException("option --protocol only applies to free, services and history");
    }
    if (command == SERVICES && o.json != null) {
      throw new UsageException("option " + o.json + " does not apply to services");
    }
    if (command != LISTENING && o.check) {
      throw new UsageException("option --check only applies to listening");
    }
  }

  /** Every query of the arguments, three ints each (see {@link #ports}). */
  private static int[] queries(List<String> arguments) throws UsageException {
    int[] ports = new int[0];
    int n = 0;
    for (String argument : arguments) {
      for (String query : argument.split(",", -1)) {
        if (n + 3 > ports.length) {
          ports = Arrays.copyOf(ports, Math.max(6, ports.length * 2));
        }
        parseQuery(query, argument, ports, n);
        n += 3;
      }
    }
    return Arrays.copyOf(ports, n);
  }

  private static Arguments simple(int command) throws UsageException {
    return new Arguments(command, null, false, null, new Options());
  }

  private static void noMore(List<String> positional, int expected) throws UsageException {
    if (positional.size() > expected) {
      throw new UsageException("unexpected argument \"" + positional.get(expected) + "\"");
    }
  }

  /**
   * "N", "A-B", "N/PROTOCOL" or "A-B/PROTOCOL" into {@code out[at]} (first port), {@code out[at +
   * 1]} (last) and {@code out[at + 2]} (protocol ordinal or {@link #ALL_PROTOCOLS}); {@code
   * argument} is the whole argument the query came from, for the error message.
   */
  private static void parseQuery(String query, String argument, int[] out, int at)
      throws UsageException {
    String text = query;
    out[at + 2] = ALL_PROTOCOLS;
    int slash = query.indexOf('/');
    if (slash >= 0) {
      String name = query.substring(slash + 1);
      try {
        out[at + 2] = Protocol.fromRegistryName(name).ordinal();
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "invalid protocol \""
                + name
                + "\" in \""
                + argument
                + "\" (expected tcp, udp, sctp or"
                + " dccp)");
      }
      text = query.substring(0, slash);
    }
    int dash = text.indexOf('-');
    if (dash <= 0) {
      out[at] = out[at + 1] = port(text, query, argument);
      return;
    }
    out[at] = port(text.substring(0, dash), query, argument);
    out[at + 1] = port(text.substring(dash + 1), query, argument);
    if (out[at] > out[at + 1]) {
      throw new UsageException("reversed port range \"" + query + "\" (expected A-B with A <= B)");
    }
  }

  private static int port(String digits, String query, String argument) throws UsageException {
    int value = number(digits);
    if (value < 0 || value > 65535) {
      throw new UsageException(
          "invalid port \""
              + query
              + (query.equals(argument) ? "\"" : "\" in \"" + argument + "\"")
              + " (expected 0-65535, a range A-B, PORT/PROTOCOL or PORT,PORT)");
    }
    return value;
  }

  /** The value of 1-6 ASCII digits, or -1. */
  private static int number(String digits) {
    if (digits.isEmpty() || digits.length() > 6) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static RangeClass rangeClass(String value) throws UsageException {
    for (RangeClass r : RangeClass.values()) {
      if (r.name().equalsIgnoreCase(value)) {
        return r;
      }
    }
    throw new UsageException(
        "invalid --range \"" + value + "\" (expected system, user or dynamic)");
  }

  /** One protocol, for history: "tcp". */
  private static Protocol oneProtocol(String value) throws UsageException {
    Set<Protocol> one = protocols(value);
    if (one.size() != 1) {
      throw new UsageException(
          "invalid --protocol \""
              + value
              + "\" for history (expected one of tcp, udp, sctp, dccp)");
    }
    return one.iterator().next();
  }

  /** "tcp" or a comma-separated list such as "tcp,udp"; a repeated protocol counts once. */
  private static Set<Protocol> protocols(String value) throws UsageException {
    Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
    for (String item : value.split(",", -1)) {
      try {
        protocols.add(Protocol.fromRegistryName(item));
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "invalid --protocol \""
                + value
                + "\" (expected tcp, udp, sctp or dccp, or several joined by commas)");
      }
    }
    return protocols;
  }

  private static int count(String value) throws UsageException {
    int n = number(value);
    if (n < 1 || n > 65536) {
      throw new UsageException("invalid --count \"" + value + "\" (expected 1-65536)");
    }
    return n;
  }
}
