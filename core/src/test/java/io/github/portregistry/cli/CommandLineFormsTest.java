package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.portregistry.PortInfo;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.ServiceRecord;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people type: {@code 80/tcp}, {@code 80,443}, a bare service name, {@code --}, one JSON
 * document for several results, {@code --json-lines} and {@code listening --check}.
 */
class CommandLineFormsTest {

  @Test
  void portSlashProtocolShowsThatProtocolsStatusAndItsRecordsOnly() {
    Cli r = Cli.run("80/tcp");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            "80/tcp: Assigned, System Ports (0-1023)\n"
                + "SERVICE   PORT  PROTOCOL  DESCRIPTION          REFERENCE\n"
                + "http      80    tcp       World Wide Web HTTP  RFC9110\n"
                + "www       80    tcp       World Wide Web HTTP  RFC9110\n"
                + "www-http  80    tcp       World Wide Web HTTP\n");
    assertThat(Cli.run("80/TCP").out()).isEqualTo(r.out());
  }

  /** Every port on every protocol: the status line and the records agree with the API. */
  @Test
  void everyPortOnEveryProtocolAgreesWithTheApi() {
    for (Protocol protocol : Protocol.values()) {
      Cli r = Cli.run("0-65535/" + protocol.registryName());
      assertThat(r.code()).isZero();
      String[] pages = r.out().split("\n\n", -1);
      assertThat(pages).hasSize(65536);
      for (int port = 0; port < pages.length; port++) {
        PortInfo info = PortRegistry.lookup(port);
        List<String> lines = pages[port].lines().collect(Collectors.toList());
        assertThat(lines.get(0))
            .isEqualTo(
                port
                    + "/"
                    + protocol.registryName()
                    + ": "
                    + PortRegistry.status(port, protocol).label()
                    + ", "
                    + info.range().label());
        List<ServiceRecord> records =
            info.records().stream().filter(x -> x.appliesTo(protocol)).collect(Collectors.toList());
        assertThat(lines)
            .as("%d/%s", port, protocol)
            .hasSize(records.isEmpty() ? 1 : 2 + records.size());
        for (int i = 0; i < records.size(); i++) {
          ServiceRecord record = records.get(i);
          String name = record.serviceName().isEmpty() ? "-" : record.serviceName();
          assertThat(lines.get(i + 2)).startsWith(name + " ");
        }
      }
    }
  }

  @Test
  void portSlashProtocolAsJsonIsOneObject() {
    Cli r = Cli.run("53/udp", "--json");
    assertThat(r.code()).isZero();
    Map<?, ?> json = (Map<?, ?>) StrictJson.parse(r.out());
    assertThat(json.get("port")).hasToString("53");
    assertThat(json.get("protocol")).isEqualTo("UDP");
    assertThat(json.get("status")).isEqualTo("ASSIGNED");
    assertThat(json.get("serviceNames"))
        .isEqualTo(PortRegistry.lookup(53).serviceNames(Protocol.UDP));
    List<?> records = (List<?>) json.get("records");
    List<ServiceRecord> expected =
        PortRegistry.lookup(53).records().stream()
            .filter(x -> x.appliesTo(Protocol.UDP))
            .collect(Collectors.toList());
    assertThat(records).hasSize(expected.size());
    for (int i = 0; i < records.size(); i++) {
      JsonCheck.assertRecord((Map<?, ?>) records.get(i), expected.get(i));
    }
  }

  @Test
  void aCommaListIsTheSameAsSeparateArguments() {
    Cli r = Cli.run("80,443");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(Cli.run("80", "443").out());
    assertThat(Cli.run("20-21,80/udp", "7").out()).isEqualTo(Cli.run("20-21", "80/udp", "7").out());
  }

  @Test
  void aWordThatIsNotACommandIsAServiceName() {
    Cli r = Cli.run("http");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(Cli.run("name", "http").out()).startsWith("SERVICE  PORT");
    assertThat(Cli.run("SSH", "--json").out()).isEqualTo(Cli.run("name", "ssh", "--json").out());
    Cli miss = Cli.run("abc");
    assertThat(miss.code()).isEqualTo(1);
    assertThat(miss.err())
        .startsWith("port-registry: no service named \"abc\" in the registry; ")
        .endsWith("; search names and descriptions with: port-registry search abc\n");
  }

  @Test
  void doubleDashEndsTheOptions() {
    assertThat(Cli.run("--", "80").out()).isEqualTo(Cli.run("80").out());
    assertThat(Cli.run("--json", "--", "80").out()).isEqualTo(Cli.run("80", "--json").out());
    // after --, --help is a name, not the help text
    Cli r = Cli.run("name", "--", "--help");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no service named \"--help\"");
  }

  @Test
  void jsonWithSeveralPortsIsOneArrayDocument() {
    Cli r = Cli.run("80", "443", "--json");
    assertThat(r.code()).isZero();
    List<?> array = (List<?>) StrictJson.parse(r.out());
    assertThat(array).hasSize(2);
    JsonCheck.assertPortInfo((Map<?, ?>) array.get(0), PortRegistry.lookup(80));
    JsonCheck.assertPortInfo((Map<?, ?>) array.get(1), PortRegistry.lookup(443));
    // one port stays one object, as before; a range is an array even of one port
    assertThat(StrictJson.parse(Cli.run("80", "--json").out())).isInstanceOf(Map.class);
    assertThat((List<?>) StrictJson.parse(Cli.run("80-80", "--json").out())).hasSize(1);
    assertThat((List<?>) StrictJson.parse(Cli.run("80,443/tcp", "--json").out())).hasSize(2);
  }

  @Test
  void jsonOfANameIsAnArrayEvenOfOneRecord() {
    List<ServiceRecord> ssh = PortRegistry.byServiceName("ssh");
    List<?> array = (List<?>) StrictJson.parse(Cli.run("name", "ssh", "--json").out());
    assertThat(array).hasSize(ssh.size());
    for (int i = 0; i < ssh.size(); i++) {
      JsonCheck.assertRecord((Map<?, ?>) array.get(i), ssh.get(i));
    }
    String single =
        PortRegistry.records().stream()
            .map(ServiceRecord::serviceName)
            .filter(n -> !n.isEmpty() && PortRegistry.byServiceName(n).size() == 1)
            .findFirst()
            .orElseThrow();
    assertThat((List<?>) StrictJson.parse(Cli.run(single, "--json").out())).hasSize(1);
  }

  @Test
  void listeningCheckExitsSixWhenASocketIsFlagged(@TempDir Path dir) throws IOException {
    assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "samples are little-endian");
    Files.createDirectories(dir.resolve("net"));
    String header = ProcNetParserTest.TCP.lines().findFirst().get() + "\n";
    Files.writeString(dir.resolve("net/tcp"), header + socketLine("0100007F:00FC", 101));
    Cli flagged = Cli.run(dir, "listening", "--check");
    assertThat(flagged.code()).isEqualTo(6);
    assertThat(flagged.out()).contains("RESERVED");
    assertThat(flagged.err()).isEmpty();
    assertThat(Cli.run(dir, "listening").code()).isZero();
    assertThat(Cli.run(dir, "listening", "--check", "--json").code()).isEqualTo(6);

    Files.writeString(dir.resolve("net/tcp"), header + socketLine("00000000:C350", 102));
    Cli clean = Cli.run(dir, "listening", "--check");
    assertThat(clean.code()).isZero();
    assertThat(clean.out()).contains("50000").doesNotContain("RESERVED", "OTHER SERVICE");
  }

  private static String socketLine(String local, long inode) {
    return String.format(
        "   0: %s 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 %d 1"
            + " 0000000000000000 100 0 0 10 0%n",
        local, inode);
  }

  @Test
  void helpShowsEveryForm() {
    String help = Cli.run("--help").out();
    assertThat(help)
        .contains("port-registry 80/tcp", "port-registry 80,443", "port-registry http")
        .contains("--json-lines", "--check", "  --  ")
        .contains("4 registry tables damaged", "5 cannot write output", "6 listening --check");
  }
}
