package io.github.portregistry.cli;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.Status;
import io.github.portregistry.cli.ProcNetParser.Socket;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code listening} command: the listening TCP and bound UDP sockets of this machine, read from
 * {@code /proc/net} without root, each with what the registry says about its port on its protocol.
 * A socket is flagged when its port is reserved, or when its port is assigned and the process that
 * owns it (known for the user's own processes, or all of them as root) does not carry the name of
 * any service registered there.
 */
final class Listening {
  static final int NO_PROC_NET = 3;
  static final int FLAGGED = 6;
  private static final String[] TABLES = {"tcp", "tcp6", "udp", "udp6"};

  private Listening() {}

  /**
   * Runs the command against {@code proc} (normally {@code /proc}).
   *
   * @param check return {@link #FLAGGED} when any socket is flagged
   */
  static int run(Path proc, int format, boolean check, PrintStream out, PrintStream err) {
    Path net = proc.resolve("net");
    if (!Files.isDirectory(net)) {
      return Main.error(
          err,
          "listening reads " + net + ", which this system does not have (Linux only)",
          NO_PROC_NET);
    }
    List<Socket> sockets = new ArrayList<>();
    for (String table : TABLES) {
      Path file = net.resolve(table);
      String text;
      try {
        text = Files.readString(file, StandardCharsets.ISO_8859_1);
      } catch (NoSuchFileException e) {
        continue; // no IPv6, for example
      } catch (IOException e) {
        return Main.error(err, "cannot read " + file + ": " + reason(e), NO_PROC_NET);
      }
      try {
        Protocol protocol = table.startsWith("tcp") ? Protocol.TCP : Protocol.UDP;
        sockets.addAll(ProcNetParser.parse(text, protocol, ByteOrder.nativeOrder()));
      } catch (IllegalArgumentException e) {
        return Main.error(err, "cannot read " + file + ": " + e.getMessage(), NO_PROC_NET);
      }
    }
    Collections.sort(sockets);
    Map<Long, String[]> owners = sockets.isEmpty() ? Map.of() : owners(proc);
    Table table = new Table("PROTO", "ADDRESS", "PORT", "STATUS", "SERVICE", "PROCESS", "FLAG");
    JsonOutput json = format == Arguments.TEXT ? null : new JsonOutput(out, format, false);
    boolean flagged = false;
    Socket previous = null;
    String previousPid = null;
    for (Socket s : sockets) {
      String[] owner = owners.get(s.inode());
      String pid = owner == null ? null : owner[1];
      if (previous != null && s.compareTo(previous) == 0 && Objects.equals(pid, previousPid)) {
        continue; // one process's sockets on the same address and port, as with SO_REUSEPORT
      }
      previous = s;
      previousPid = pid;
      Status status = PortRegistry.status(s.port(), s.protocol());
      List<String> names = PortRegistry.lookup(s.port()).serviceNames(s.protocol());
      String flag = null;
      if (status == Status.RESERVED) {
        flag = "reserved";
      } else if (status == Status.ASSIGNED && owner != null && !sameService(owner[0], names)) {
        flag = "other-service";
      }
      flagged |= flag != null;
      if (json != null) {
        JsonWriter w = new JsonWriter().open('{').field("protocol", s.protocol());
        w.field("address", s.address()).key("port").value(s.port()).field("status", status);
        w.array("serviceNames", names).field("process", owner == null ? null : owner[0]);
        w.key("pid");
        if (pid == null) {
          w.value(null);
        } else {
          w.value(Long.parseLong(pid));
        }
        json.add(w.field("flag", flag).close('}'));
      } else {
        table.add(
            s.protocol().registryName(),
            s.address(),
            Integer.toString(s.port()),
            status.label(),
            names.isEmpty() ? "-" : String.join(",", names),
            owner == null ? "-" : owner[0] + " (" + owner[1] + ")",
            flag == null ? "" : flag.toUpperCase(Locale.ROOT).replace('-', ' '));
      }
    }
    if (json != null) {
      json.end();
    } else if (sockets.isEmpty()) {
      out.println("No listening TCP or bound UDP sockets.");
    } else {
      table.print(out);
    }
    return check && flagged ? FLAGGED : 0;
  }

  /**
   * Why reading failed, in words: the exceptions of {@code java.nio.file} put only the path in
   * their message ("/proc/net/tcp"), the reason in their type or {@code getReason()}.
   */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    String message = e.getMessage();
    return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
  }

  /**
   * True when the process name and one of the service names, reduced to lower-case letters and
   * digits, start the same way: sshd and ssh, postgres and postgresql.
   */
  static boolean sameService(String process, List<String> names) {
    String p = letters(process);
    for (String name : names) {
      String n = letters(name);
      if (!p.isEmpty() && !n.isEmpty() && (p.startsWith(n) || n.startsWith(p))) {
        return true;
      }
    }
    return false;
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Socket inode to {name, pid} for every process whose open files this user may read; the others
   * are skipped without error.
   */
  static Map<Long, String[]> owners(Path proc) {
    Map<Long, String[]> owners = new HashMap<>();
    try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, "[0-9]*")) {
      for (Path pid : pids) {
        String name = null;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(pid.resolve("fd"))) {
          for (Path fd : fds) {
            String link = readLink(fd);
            if (link.startsWith("socket:[") && link.endsWith("]")) {
              if (name == null) {
                byte[] comm = Files.readAllBytes(pid.resolve("comm")); // any bytes, not only UTF-8
                name = new String(comm, StandardCharsets.UTF_8).strip();
              }
              long inode = Long.parseLong(link.substring(8, link.length() - 1));
              owners.put(inode, new String[] {name, pid.getFileName().toString()});
            }
          }
        } catch (IOException | RuntimeException e) {
          // not this user's process, or it has ended
        }
      }
    } catch (IOException e) {
      // no process list: sockets are shown without owners
    }
    return owners;
  }

  private static String readLink(Path fd) {
    try {
      return Files.readSymbolicLink(fd).toString();
    } catch (IOException e) {
      return ""; // closed since the directory was listed
    }
  }
}
