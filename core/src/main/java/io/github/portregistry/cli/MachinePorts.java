package io.github.portregistry.cli;

import io.github.portregistry.Protocol;
import io.github.portregistry.cli.ProcNetParser.Socket;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Set;

/**
 * What this machine does with its ports now, for {@code free --available}: the ports of its
 * listening TCP and bound UDP sockets on any address (read from {@code /proc/net} with the {@code
 * listening} command's {@link ProcNetParser}), and the kernel's ephemeral port range ({@code
 * /proc/sys/net/ipv4/ip_local_port_range}), from which it picks the local port of every outgoing
 * connection and of every socket bound to port 0, so that a service there may find its port taken.
 * Linux has no such table for SCTP or DCCP sockets readable this way; for them only the ephemeral
 * range is applied.
 */
final class MachinePorts {
  private final BitSet inUse;
  private final int ephemeralFirst;
  private final int ephemeralLast;

  private MachinePorts(BitSet inUse, int ephemeralFirst, int ephemeralLast) {
    this.inUse = inUse;
    this.ephemeralFirst = ephemeralFirst;
    this.ephemeralLast = ephemeralLast;
  }

  /**
   * Reads the socket tables of {@code protocols} and the ephemeral range below {@code proc}
   * (normally {@code /proc}).
   *
   * @throws IOException with a one-line message naming the file that is missing or unreadable
   */
  static MachinePorts read(Path proc, Set<Protocol> protocols) throws IOException {
    Path net = proc.resolve("net");
    if (!Files.isDirectory(net)) {
      throw new IOException(
          "free --available reads " + net + ", which this system does not have (Linux only)");
    }
    BitSet inUse = new BitSet(65536);
    for (Protocol protocol : protocols) {
      if (protocol != Protocol.TCP && protocol != Protocol.UDP) {
        continue;
      }
      for (String suffix : new String[] {"", "6"}) {
        Path file = net.resolve(protocol.registryName() + suffix);
        if (!Files.exists(file)) {
          continue; // no IPv6, for example
        }
        try {
          String text = Files.readString(file, StandardCharsets.ISO_8859_1);
          for (Socket s : ProcNetParser.parse(text, protocol, ByteOrder.nativeOrder())) {
            inUse.set(s.port());
          }
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
      }
    }
    Path rangeFile = proc.resolve("sys/net/ipv4/ip_local_port_range");
    String range;
    try {
      // Not Files.readString: on JDK 17 it returned "3" for "32768\t60999" here, trusting the
      // size 0 the kernel reports for /proc/sys files; a line reader reads to the end.
      range = String.join(" ", Files.readAllLines(rangeFile, StandardCharsets.ISO_8859_1)).strip();
    } catch (IOException e) {
      throw new IOException(
          "cannot read " + rangeFile + " (" + e.getClass().getSimpleName() + ")", e);
    }
    String[] bounds = range.split("\\s+");
    int first = bounds.length == 2 ? port(bounds[0]) : -1;
    int last = bounds.length == 2 ? port(bounds[1]) : -1;
    if (first < 0 || last < first) {
      throw new IOException(
          "cannot read "
              + rangeFile
              + ": expected two ports, the first no higher, found \""
              + range
              + "\"");
    }
    return new MachinePorts(inUse, first, last);
  }

  private static int port(String digits) {
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int value = Integer.parseInt(digits);
    return value <= 65535 ? value : -1;
  }

  /** True when nothing listens on or is bound to {@code port} and it is not ephemeral. */
  boolean isFree(int port) {
    return !inUse.get(port) && (port < ephemeralFirst || port > ephemeralLast);
  }

  int ephemeralFirst() {
    return ephemeralFirst;
  }

  int ephemeralLast() {
    return ephemeralLast;
  }
}
