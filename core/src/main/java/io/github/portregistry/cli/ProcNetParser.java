package io.github.portregistry.cli;

import io.github.portregistry.Protocol;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the socket tables of {@code /proc/net/tcp}, {@code tcp6}, {@code udp} and {@code udp6}: one
 * line per socket after a header, the local address as hex words in the kernel's byte order and the
 * port as hex, then the state ({@code 0A} is a listening TCP socket, {@code 07} an unconnected,
 * bound UDP socket) and, in column 10, the socket's inode.
 */
final class ProcNetParser {
  private static final int TCP_LISTEN = 0x0A;
  private static final int UDP_UNCONNECTED = 0x07;

  private ProcNetParser() {}

  /** A listening TCP or bound, unconnected UDP socket; sorts by protocol, port, address. */
  record Socket(Protocol protocol, String address, int port, long inode)
      implements Comparable<Socket> {
    @Override
    public int compareTo(Socket o) {
      int c = protocol.compareTo(o.protocol);
      c = c != 0 ? c : Integer.compare(port, o.port);
      return c != 0 ? c : address.compareTo(o.address);
    }
  }

  /**
   * The listening (TCP) or bound and unconnected (UDP) sockets of one table.
   *
   * @param order the byte order of the machine that wrote the table
   * @throws IllegalArgumentException naming the line that is not a socket line
   */
  static List<Socket> parse(String table, Protocol protocol, ByteOrder order) {
    List<Socket> sockets = new ArrayList<>();
    String[] lines = table.split("\n");
    int wanted = protocol == Protocol.TCP ? TCP_LISTEN : UDP_UNCONNECTED;
    for (int n = 1; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      try {
        int colon = f[1].indexOf(':');
        if (f.length < 10 || colon < 0) {
          throw new IllegalArgumentException();
        }
        if (Integer.parseInt(f[3], 16) == wanted) {
          String address = address(f[1].substring(0, colon), order);
          int port = Integer.parseInt(f[1].substring(colon + 1), 16);
          sockets.add(new Socket(protocol, address, port, Long.parseLong(f[9])));
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("unexpected line " + (n + 1) + ": " + line, e);
      }
    }
    return sockets;
  }

  /** 8 or 32 hex digits, each group of 8 a 32-bit word in {@code order}, as text. */
  static String address(String hex, ByteOrder order) {
    if (hex.length() != 8 && hex.length() != 32) {
      throw new IllegalArgumentException("address " + hex);
    }
    byte[] a = new byte[hex.length() / 2];
    for (int w = 0; w < a.length; w += 4) {
      int word = Integer.parseUnsignedInt(hex.substring(w * 2, w * 2 + 8), 16);
      for (int i = 0; i < 4; i++) {
        int shift = order == ByteOrder.LITTLE_ENDIAN ? 8 * i : 24 - 8 * i;
        a[w + i] = (byte) (word >>> shift);
      }
    }
    return a.length == 4 ? ipv4(a, 0) : ipv6(a);
  }

  private static String ipv4(byte[] a, int at) {
    return (a[at] & 0xff)
        + "."
        + (a[at + 1] & 0xff)
        + "."
        + (a[at + 2] & 0xff)
        + "."
        + (a[at + 3] & 0xff);
  }

  /** RFC 5952 text: lower case, the longest run of two or more zero groups as "::". */
  private static String ipv6(byte[] a) {
    boolean mapped = a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    for (int i = 0; i < 10; i++) {
      mapped &= a[i] == 0;
    }
    if (mapped) {
      return "::ffff:" + ipv4(a, 12);
    }
    int[] g = new int[8];
    int best = -1;
    int bestLength = 1;
    for (int i = 0, run = 0; i < 8; i++) {
      g[i] = (a[2 * i] & 0xff) << 8 | (a[2 * i + 1] & 0xff);
      run = g[i] == 0 ? run + 1 : 0;
      if (run > bestLength) {
        best = i - run + 1;
        bestLength = run;
      }
    }
    StringBuilder s = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == best) {
        s.append("::");
        i += bestLength - 1;
        continue;
      }
      if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
        s.append(':');
      }
      s.append(Integer.toHexString(g[i]));
    }
    return s.toString();
  }
}
