package io.github.portregistry.cli;

import io.github.portregistry.Protocol;
import io.github.portregistry.RangeClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The command line, parsed by hand (the jar has no dependencies). Options may come before or after
 * the command's arguments; {@code --help} and {@code --version} win wherever they appear.
 */
final class Arguments {
  // Commands as int constants: an enum and its switch maps would cost 2 KB of the jar budget.
  static final int HELP = 0;
  static final int VERSION = 1;
  static final int PORTS = 2;
  static final int NAME = 3;
  static final int FREE = 4;
  static final int LISTENING = 5;
  static final int SEARCH = 6;
  static final int SERVICES = 7;

  final int command;

  /** For PORTS: first and last port of each argument, in order ({@code 80} gives 80, 80). */
  final int[] ranges;

  /** For NAME, the service name; for SEARCH, the search text. */
  final String name;

  final boolean json;
  final RangeClass range;

  /** For FREE and SERVICES: the protocols of {@code --protocol}, in Protocol order. */
  final Set<Protocol> protocols;

  final int count;

  /** For FREE: {@code --available} and {@code --browser-safe}. */
  final boolean available;

  final boolean browserSafe;

  private Arguments(
      int command,
      int[] ranges,
      String name,
      boolean json,
      RangeClass range,
      Set<Protocol> protocols,
      int count) {
    this(command, ranges, name, json, range, protocols, count, false, false);
  }

  private Arguments(
      int command,
      int[] ranges,
      String name,
      boolean json,
      RangeClass range,
      Set<Protocol> protocols,
      int count,
      boolean available,
      boolean browserSafe) {
    this.command = command;
    this.ranges = ranges;
    this.name = name;
    this.json = json;
    this.range = range;
    this.protocols = protocols;
    this.count = count;
    this.available = available;
    this.browserSafe = browserSafe;
  }

  /** A usage error: the message names the bad value and is shown on one line. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  static Arguments parse(String... args) throws UsageException {
    List<String> positional = new ArrayList<>();
    boolean json = false;
    String range = null;
    String protocol = null;
    String count = null;
    boolean available = false;
    boolean browserSafe = false;
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        return simple(HELP);
      }
    }
    for (String a : args) {
      if (a.equals("--version")) {
        return simple(VERSION);
      }
    }
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.length() < 2 || a.charAt(0) != '-' || Character.isDigit(a.charAt(1))) {
        positional.add(a); // "-1" is a bad port, not an option
        continue;
      }
      int eq = a.indexOf('=');
      String option = eq < 0 ? a : a.substring(0, eq);
      if (option.equals("--json") && eq < 0) {
        json = true;
        continue;
      }
      if (option.equals("--available") && eq < 0) {
        available = true;
        continue;
      }
      if (option.equals("--browser-safe") && eq < 0) {
        browserSafe = true;
        continue;
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
      if (option.equals("--range")) {
        range = value;
      } else if (option.equals("--protocol")) {
        protocol = value;
      } else {
        count = value;
      }
    }
    if (positional.isEmpty()) {
      throw new UsageException("missing a port, a range or a command");
    }
    String first = positional.get(0);
    int command;
    if (first.equals("name")) {
      command = NAME;
    } else if (first.equals("free")) {
      command = FREE;
    } else if (first.equals("listening")) {
      command = LISTENING;
    } else if (first.equals("search")) {
      command = SEARCH;
    } else if (first.equals("services")) {
      command = SERVICES;
    } else if (first.isEmpty() || Character.isDigit(first.charAt(0)) || first.charAt(0) == '-') {
      command = PORTS;
    } else {
      throw new UsageException(
          "unknown command \""
              + first
              + "\" (expected name, search, free, services, listening or ports)");
    }
    if (command != FREE && (range != null || count != null || available || browserSafe)) {
      String option =
          range != null
              ? "--range"
              : count != null ? "--count" : available ? "--available" : "--browser-safe";
      throw new UsageException("option " + option + " only applies to free");
    }
    if (command != FREE && command != SERVICES && protocol != null) {
      throw new UsageException("option --protocol only applies to free and services");
    }
    if (command == SERVICES && json) {
      throw new UsageException("option --json does not apply to services");
    }
    if (command == PORTS) {
      int[] ranges = new int[positional.size() * 2];
      for (int i = 0; i < positional.size(); i++) {
        parseRange(positional.get(i), ranges, i * 2);
      }
      return new Arguments(command, ranges, null, json, null, null, 0);
    }
    if (command == NAME) {
      if (positional.size() < 2) {
        throw new UsageException("name needs a SERVICE name");
      }
      noMore(positional, 2);
      return new Arguments(command, null, positional.get(1), json, null, null, 0);
    }
    if (command == SEARCH) {
      String text = String.join(" ", positional.subList(1, positional.size()));
      if (text.isBlank()) {
        throw new UsageException("search needs a TEXT to look for");
      }
      return new Arguments(command, null, text, json, null, null, 0);
    }
    noMore(positional, 1);
    if (command == FREE) {
      return new Arguments(
          command,
          null,
          null,
          json,
          range == null ? RangeClass.USER : rangeClass(range),
          protocol == null ? EnumSet.of(Protocol.TCP) : protocols(protocol),
          count == null ? 10 : count(count),
          available,
          browserSafe);
    }
    if (command == SERVICES) {
      return new Arguments(
          command,
          null,
          null,
          false,
          null,
          protocol == null ? EnumSet.allOf(Protocol.class) : protocols(protocol),
          0);
    }
    return new Arguments(command, null, null, json, null, null, 0);
  }

  private static Arguments simple(int command) {
    return new Arguments(command, null, null, false, null, null, 0);
  }

  private static void noMore(List<String> positional, int expected) throws UsageException {
    if (positional.size() > expected) {
      throw new UsageException("unexpected argument \"" + positional.get(expected) + "\"");
    }
  }

  /** "N" or "A-B" into {@code out[at]} and {@code out[at + 1]}. */
  private static void parseRange(String text, int[] out, int at) throws UsageException {
    int dash = text.indexOf('-');
    if (dash <= 0) {
      out[at] = out[at + 1] = port(text, text);
      return;
    }
    out[at] = port(text.substring(0, dash), text);
    out[at + 1] = port(text.substring(dash + 1), text);
    if (out[at] > out[at + 1]) {
      throw new UsageException("reversed port range \"" + text + "\" (expected A-B with A <= B)");
    }
  }

  private static int port(String digits, String text) throws UsageException {
    int value = number(digits);
    if (value < 0 || value > 65535) {
      throw new UsageException("invalid port \"" + text + "\" (expected 0-65535 or a range A-B)");
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
