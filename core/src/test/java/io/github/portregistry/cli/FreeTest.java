package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.portregistry.BrowserPorts;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.RangeClass;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code free}: the port advisor, against the registry and against real and fake sockets. */
class FreeTest {
  private static final Path PROC = Path.of("/proc");
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private static List<Integer> ports(Cli r) {
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    return r.out().lines().map(Integer::valueOf).collect(Collectors.toList());
  }

  @Test
  void neverOffersPortZeroOnAnyProtocol() {
    for (Protocol p : Protocol.values()) {
      List<Integer> offered =
          ports(Cli.run("free", "--range", "system", "--protocol", p.registryName()));
      assertThat(offered).hasSize(10).doesNotContain(0);
    }
    assertThat(ports(Cli.run("free", "--range=system", "--protocol=sctp", "--count=3")))
        .containsExactly(1, 2, 3);
  }

  @Test
  void severalProtocolsGivePortsUnassignedOnAllOfThem() {
    List<Integer> both = ports(Cli.run("free", "--protocol", "udp,tcp", "--count", "40"));
    assertThat(both)
        .isEqualTo(
            PortRegistry.candidatePorts(RangeClass.USER, EnumSet.of(Protocol.TCP, Protocol.UDP))
                .limit(40)
                .boxed()
                .collect(Collectors.toList()));
    assertThat(ports(Cli.run("free", "--protocol", "tcp,udp,tcp", "--count", "40")))
        .isEqualTo(both);
  }

  @Test
  void browserSafeSkipsTheFetchStandardsBadPorts() {
    List<Integer> safe =
        ports(
            Cli.run(
                "free", "--range", "system", "--protocol=sctp", "--count=1000", "--browser-safe"));
    assertThat(safe)
        .isNotEmpty()
        .noneMatch(BrowserPorts::isBlocked)
        .isEqualTo(
            PortRegistry.candidatePorts(RangeClass.SYSTEM, EnumSet.of(Protocol.SCTP))
                .filter(BrowserPorts::isAllowed)
                .boxed()
                .collect(Collectors.toList()));
    // SCTP leaves most of the bad ports unassigned, so here the option makes a difference
    assertThat(ports(Cli.run("free", "--range", "system", "--protocol=sctp", "--count=1000")))
        .hasSizeGreaterThan(safe.size());
  }

  @Test
  void availableSkipsRealSocketsBoundOnLoopbackNow() throws IOException {
    assumeTrue(Files.isDirectory(PROC.resolve("net")), "needs Linux /proc/net");
    assumeTrue(Files.exists(PROC.resolve("sys/net/ipv4/ip_local_port_range")));
    List<Integer> before =
        ports(Cli.run("free", "--protocol", "tcp,udp", "--available", "--count", "20"));
    assertThat(before).hasSize(20);
    try (ServerSocket tcp = bindTcp(before);
        DatagramSocket udp = bindUdp(before, tcp.getLocalPort())) {
      int tcpPort = tcp.getLocalPort();
      int udpPort = udp.getLocalPort();
      List<Integer> during =
          ports(Cli.run("free", "--protocol", "tcp,udp", "--available", "--count", "20"));
      assertThat(during).doesNotContain(tcpPort, udpPort).hasSize(20);
      assertThat(before.stream().filter(p -> p != tcpPort && p != udpPort)).isSubsetOf(during);
      // a UDP socket does not take a TCP port, nor the other way round
      assertThat(ports(Cli.run("free", "--protocol", "tcp", "--available", "--count", "1000")))
          .doesNotContain(tcpPort)
          .contains(udpPort);
      assertThat(ports(Cli.run("free", "--protocol", "udp", "--available", "--count", "1000")))
          .doesNotContain(udpPort)
          .contains(tcpPort);
      // without --available, the registry alone answers
      assertThat(ports(Cli.run("free", "--protocol", "tcp,udp", "--count", "1000")))
          .contains(tcpPort, udpPort);
    }
  }

  /** A listening socket on 127.0.0.1 at the first of {@code ports} that nobody holds. */
  private static ServerSocket bindTcp(List<Integer> ports) throws IOException {
    for (int port : ports) {
      try {
        return new ServerSocket(port, 1, LOOPBACK);
      } catch (BindException e) {
        // taken since the registry was asked: try the next
      }
    }
    throw new BindException("none of " + ports + " could be bound on " + LOOPBACK);
  }

  private static DatagramSocket bindUdp(List<Integer> ports, int not) throws SocketException {
    for (int port : ports) {
      if (port == not) {
        continue;
      }
      try {
        return new DatagramSocket(new InetSocketAddress(LOOPBACK, port));
      } catch (BindException e) {
        // as above
      }
    }
    throw new BindException("none of " + ports + " could be bound on " + LOOPBACK);
  }

  /** A fake /proc: one listening TCP socket on {@code port}, the ephemeral range 1024-1100. */
  private static Path fakeProc(Path dir, int port, String range) throws IOException {
    Files.createDirectories(dir.resolve("net"));
    Files.createDirectories(dir.resolve("sys/net/ipv4"));
    String header = ProcNetParserTest.TCP.lines().findFirst().get() + "\n";
    Files.writeString(
        dir.resolve("net/tcp"),
        header
            + String.format(
                "   0: 0100007F:%04X 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000"
                    + "        0 777 1 0000000000000000 100 0 0 10 0%n",
                port));
    Files.writeString(dir.resolve("sys/net/ipv4/ip_local_port_range"), range);
    return dir;
  }

  @Test
  void availableSkipsTheEphemeralRangeAndWhatListens(@TempDir Path dir) throws IOException {
    int listening =
        PortRegistry.candidatePorts(RangeClass.USER, EnumSet.of(Protocol.TCP))
            .filter(p -> p > 1100)
            .findFirst()
            .orElseThrow();
    Path proc = fakeProc(dir, listening, "1024\t1100\n");
    List<Integer> offered = ports(Cli.run(proc, "free", "--available", "--count", "10"));
    assertThat(offered)
        .isEqualTo(
            PortRegistry.candidatePorts(RangeClass.USER, EnumSet.of(Protocol.TCP))
                .filter(p -> p > 1100 && p != listening)
                .limit(10)
                .boxed()
                .collect(Collectors.toList()));

    Cli json = Cli.run(proc, "free", "--available", "--browser-safe", "--count", "3", "--json");
    assertThat(json.code()).isZero();
    Map<?, ?> o = (Map<?, ?>) StrictJson.parse(json.out());
    assertThat(o.get("range")).isEqualTo("USER");
    assertThat(o.get("protocols")).isEqualTo(List.of("TCP"));
    assertThat(o.get("available")).isEqualTo(true);
    assertThat(o.get("browserSafe")).isEqualTo(true);
    assertThat(o.get("ephemeralPorts").toString()).isEqualTo("{first=1024, last=1100}");
    assertThat(((List<?>) o.get("ports")).stream().map(Object::toString))
        .containsExactlyElementsOf(
            offered.subList(0, 3).stream().map(Object::toString).collect(Collectors.toList()));
  }

  @Test
  void jsonWithoutAvailableHasNoEphemeralRange() {
    Cli r = Cli.run("free", "--json", "--count", "2", "--range", "dynamic", "--protocol", "dccp");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "{\"range\":\"DYNAMIC\",\"protocols\":[\"DCCP\"],\"browserSafe\":false,"
                + "\"available\":false,\"ephemeralPorts\":null,\"ports\":[49152,49153]}\n");
    assertThat(
            Cli.run("free", "--json-lines", "--count=2", "--range=dynamic", "--protocol=dccp")
                .out())
        .isEqualTo(r.out());
  }

  @Test
  void availableWithoutProcNetIsExitCodeThree(@TempDir Path notProc) {
    Cli r = Cli.run(notProc, "free", "--available");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "port-registry: free --available reads "
                + notProc.resolve("net")
                + ", which this system does not have (Linux only)\n");
  }

  @Test
  void aBadEphemeralRangeIsExitCodeThreeNamingTheFileAndText(@TempDir Path dir) throws IOException {
    for (String bad : List.of("60999 32768", "32768", "a b", "1 70000", "")) {
      Path proc = fakeProc(dir, 5000, bad);
      Cli r = Cli.run(proc, "free", "--available");
      assertThat(r.code()).as(bad).isEqualTo(3);
      assertThat(r.err())
          .isEqualTo(
              "port-registry: cannot read "
                  + proc.resolve("sys/net/ipv4/ip_local_port_range")
                  + ": expected two ports, the first no higher, found \""
                  + bad
                  + "\"\n");
    }
    Files.delete(dir.resolve("sys/net/ipv4/ip_local_port_range"));
    Cli missing = Cli.run(dir, "free", "--available");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).startsWith("port-registry: cannot read ").hasLineCount(1);
  }

  @Test
  void theRealEphemeralRangeIsRead() throws IOException {
    Path file = PROC.resolve("sys/net/ipv4/ip_local_port_range");
    assumeTrue(Files.exists(file));
    String[] range = Files.readAllLines(file).get(0).trim().split("\\s+");
    int first = Integer.parseInt(range[0]);
    int last = Integer.parseInt(range[1]);
    List<Integer> dynamic =
        ports(Cli.run("free", "--range", "dynamic", "--available", "--count", "65536"));
    assertThat(dynamic).noneMatch(p -> p >= first && p <= last);
    assertThat(IntStream.rangeClosed(49152, 65535).filter(p -> p < first || p > last).count())
        .isGreaterThanOrEqualTo(dynamic.size());
  }
}
