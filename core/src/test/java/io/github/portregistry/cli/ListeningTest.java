package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code listening}: real sockets of this JVM, and a fake /proc for the flags. */
class ListeningTest {

  @Test
  void showsARealServerSocketAndDatagramSocketOfThisProcess() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/net")), "needs Linux /proc/net");
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket tcp = new ServerSocket(0, 1, loopback);
        DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
      Cli r = Cli.run("listening");
      assertThat(r.code()).isZero();
      assertThat(r.err()).isEmpty();
      List<String> lines = r.out().lines().collect(Collectors.toList());
      assertThat(lines.get(0)).startsWith("PROTO  ADDRESS").contains("PORT", "STATUS", "SERVICE");
      String pid = Long.toString(ProcessHandle.current().pid());
      assertThat(lines)
          .anySatisfy(
              l ->
                  assertThat(l.split(" +"))
                      .startsWith("tcp")
                      .contains(Integer.toString(tcp.getLocalPort()))
                      .contains("(" + pid + ")"));
      assertThat(lines)
          .anySatisfy(
              l ->
                  assertThat(l.split(" +"))
                      .startsWith("udp")
                      .contains(Integer.toString(udp.getLocalPort()))
                      .contains("(" + pid + ")"));

      Cli json = Cli.run("listening", "--json-lines");
      assertThat(json.code()).isZero();
      List<Map<?, ?>> objects =
          json.out().lines().map(l -> (Map<?, ?>) StrictJson.parse(l)).collect(Collectors.toList());
      assertThat(objects)
          .anySatisfy(
              o -> {
                assertThat(o.get("protocol")).isEqualTo("TCP");
                assertThat(o.get("port")).hasToString(Integer.toString(tcp.getLocalPort()));
                assertThat(o.get("pid")).hasToString(pid);
              });
      assertThat(objects)
          .anySatisfy(
              o -> {
                assertThat(o.get("protocol")).isEqualTo("UDP");
                assertThat(o.get("port")).hasToString(Integer.toString(udp.getLocalPort()));
                assertThat(o.get("address").toString())
                    .matches("127\\.0\\.0\\.1|::1|::ffff:127\\.0\\.0\\.1");
              });
    }
  }

  /** A fake /proc: sockets on 252/tcp (reserved), 80/tcp (http), 50000/udp, and their owners. */
  private static Path fakeProc(Path dir, String process) throws IOException {
    Files.createDirectories(dir.resolve("net"));
    String header = ProcNetParserTest.TCP.lines().findFirst().get() + "\n";
    Files.writeString(
        dir.resolve("net/tcp"),
        header
            + line(0, "0100007F:00FC", "0A", 101)
            + line(1, "00000000:0050", "0A", 102)
            + line(2, "00000000:0050", "0A", 102) // the same socket twice, as with SO_REUSEPORT
            + line(3, "0100007F:0051", "01", 103));
    Files.writeString(dir.resolve("net/udp"), header + line(0, "00000000:C350", "07", 104));
    // no tcp6 or udp6: a machine without IPv6
    Path fd = Files.createDirectories(dir.resolve("4242/fd"));
    Files.writeString(dir.resolve("4242/comm"), process + "\n");
    Files.createSymbolicLink(fd.resolve("3"), Path.of("socket:[102]"));
    Files.createSymbolicLink(fd.resolve("4"), Path.of("pipe:[999]"));
    Files.createSymbolicLink(fd.resolve("5"), Path.of("socket:[101]"));
    Files.createDirectories(dir.resolve("self"));
    return dir;
  }

  private static String line(int n, String local, String state, long inode) {
    return String.format(
        "   %d: %s 00000000:0000 %s 00000000:00000000 00:00000000 00000000  1000        0 %d 1"
            + " 0000000000000000 100 0 0 10 0%n",
        n, local, state, inode);
  }

  @Test
  void flagsReservedPortsAndPortsOfAnotherService(@TempDir Path dir) throws IOException {
    assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "samples are little-endian");
    Cli r = Cli.run(fakeProc(dir, "nginx"), "listening");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            "PROTO  ADDRESS    PORT   STATUS      SERVICE            PROCESS       FLAG\n"
                + "tcp    0.0.0.0    80     Assigned    http,www,www-http  nginx (4242)  OTHER SERVICE\n"
                + "tcp    127.0.0.1  252    Reserved    -                  nginx (4242)  RESERVED\n"
                + "udp    0.0.0.0    50000  Unassigned  -                  -\n");
  }

  @Test
  void aProcessNamedLikeTheServiceIsNotFlagged(@TempDir Path dir) throws IOException {
    assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "samples are little-endian");
    Cli r = Cli.run(fakeProc(dir, "httpd"), "listening", "--json-lines");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "{\"protocol\":\"TCP\",\"address\":\"0.0.0.0\",\"port\":80,\"status\":\"ASSIGNED\","
                + "\"serviceNames\":[\"http\",\"www\",\"www-http\"],\"process\":\"httpd\","
                + "\"pid\":4242,\"flag\":null}\n"
                + "{\"protocol\":\"TCP\",\"address\":\"127.0.0.1\",\"port\":252,"
                + "\"status\":\"RESERVED\",\"serviceNames\":[],\"process\":\"httpd\",\"pid\":4242,"
                + "\"flag\":\"reserved\"}\n"
                + "{\"protocol\":\"UDP\",\"address\":\"0.0.0.0\",\"port\":50000,"
                + "\"status\":\"UNASSIGNED\",\"serviceNames\":[],\"process\":null,\"pid\":null,"
                + "\"flag\":null}\n");
  }

  @Test
  void aProcessNameThatIsNotUtf8StillShowsTheOwner(@TempDir Path dir) throws IOException {
    assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "samples are little-endian");
    fakeProc(dir, "x");
    Files.write(dir.resolve("4242/comm"), new byte[] {'a', (byte) 0xff, 'b', '\n'});
    Cli r = Cli.run(dir, "listening");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("a\ufffdb (4242)");
  }

  @Test
  void noSocketsAtAll(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("net"));
    Cli r = Cli.run(dir, "listening");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("No listening TCP or bound UDP sockets.\n");
    assertThat(Cli.run(dir, "listening", "--json").out()).isEqualTo("[]\n");
    assertThat(Cli.run(dir, "listening", "--json-lines").out()).isEmpty();
  }

  @Test
  void anUnreadableTableIsExitCodeThreeWithOneLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("net"));
    Files.writeString(dir.resolve("net/tcp"), "header\nnot a socket line\n");
    Cli r = Cli.run(dir, "listening");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("port-registry: cannot read ").contains("line 2");
  }

  /** Java's own message of a failed read is only the path: the error must say why. */
  @Test
  void aTableThatCannotBeReadNamesTheReason(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("net/tcp")); // a directory where the file should be
    Cli r = Cli.run(dir, "listening");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo("port-registry: cannot read " + dir.resolve("net/tcp") + ": Is a directory\n");
  }

  @Test
  void aTableWithoutReadPermissionSaysPermissionDenied(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("net"));
    Path tcp = Files.writeString(dir.resolve("net/tcp"), "header\n");
    Files.setPosixFilePermissions(tcp, java.util.Set.of());
    assumeTrue(!Files.isReadable(tcp), "root reads every file");
    Cli r = Cli.run(dir, "listening");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("port-registry: cannot read " + tcp + ": permission denied\n");
  }

  @Test
  void reasonsAreWordsNotPaths() {
    assertThat(Listening.reason(new java.nio.file.AccessDeniedException("/proc/net/tcp")))
        .isEqualTo("permission denied");
    assertThat(
            Listening.reason(
                new java.nio.file.FileSystemException(
                    "/proc/net/tcp", null, "Too many open files")))
        .isEqualTo("Too many open files");
    assertThat(Listening.reason(new IOException("Input/output error")))
        .isEqualTo("Input/output error");
  }

  @Test
  void processNamesMatchServiceNamesByTheirStart() {
    assertThat(Listening.sameService("sshd", List.of("ssh"))).isTrue();
    assertThat(Listening.sameService("postgres", List.of("postgresql"))).isTrue();
    assertThat(Listening.sameService("redis-server", List.of("redis"))).isTrue();
    assertThat(Listening.sameService("java", List.of("http-alt"))).isFalse();
    assertThat(Listening.sameService("", List.of("http"))).isFalse();
    assertThat(Listening.sameService("nginx", List.of())).isFalse();
  }
}
