package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code PortRegistry.port}, {@code PortInfo.records(Protocol)} and {@link PortAndProtocol}. */
class ConveniencesTest {

  @ParameterizedTest
  @CsvSource({
    "ssh, TCP, 22",
    "SSH, SCTP, 22",
    "domain, UDP, 53",
    "http, TCP, 80",
    "www, TCP, 80",
    "bootps, UDP, 67",
    "dhcpv6-client, UDP, 546",
    "postgresql, TCP, 5432",
    "x11, TCP, 6000"
  })
  void portIsWhatGetservbynameAnswers(String name, Protocol protocol, int port) {
    assertThat(PortRegistry.port(name, protocol)).isEqualTo(OptionalInt.of(port));
  }

  @Test
  void portIsEmptyForNamesTheRegistryDoesNotHaveOnThatProtocol() {
    assertThat(PortRegistry.port("dhcp", Protocol.UDP)).isEmpty();
    assertThat(PortRegistry.port("postgres", Protocol.TCP)).isEmpty();
    assertThat(PortRegistry.port("ssh", Protocol.DCCP)).isEmpty();
    assertThatThrownBy(() -> PortRegistry.port("ssh", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PortRegistry.port(null, Protocol.TCP))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void portOfEveryNameIsCoveredByARecordOfThatNameOnThatProtocol() {
    for (ServiceRecord r : PortRegistry.records()) {
      if (r.serviceName().isEmpty()) {
        continue;
      }
      for (Protocol p : Protocol.values()) {
        OptionalInt port = PortRegistry.port(r.serviceName(), p);
        if (r.ports().isPresent() && r.appliesTo(p)) {
          assertThat(port).as("%s %s", r.serviceName(), p).isPresent();
        }
        if (port.isPresent()) {
          assertThat(PortRegistry.lookup(port.getAsInt()).serviceNames(p))
              .as("%s %s", r.serviceName(), p)
              .anyMatch(n -> n.equalsIgnoreCase(r.serviceName()));
        }
      }
    }
  }

  @Test
  void recordsOnAProtocolDecideItsStatusForEveryPort() {
    for (int port = 0; port <= 65535; port++) {
      PortInfo info = PortRegistry.lookup(port);
      for (Protocol p : Protocol.values()) {
        List<ServiceRecord> on = info.records(p);
        assertThat(on)
            .isEqualTo(
                info.records().stream().filter(r -> r.appliesTo(p)).collect(Collectors.toList()));
        Status expected =
            on.stream().anyMatch(r -> r.kind() == Status.ASSIGNED)
                ? Status.ASSIGNED
                : on.stream().anyMatch(r -> r.kind() == Status.RESERVED)
                    ? Status.RESERVED
                    : Status.UNASSIGNED;
        if (info.status(p) != expected) {
          assertThat(info.status(p)).as("%d/%s", port, p).isEqualTo(expected);
        }
      }
    }
    assertThat(PortRegistry.lookup(22).records(Protocol.SCTP))
        .extracting(ServiceRecord::serviceName)
        .containsExactly("ssh");
    assertThatThrownBy(() -> PortRegistry.lookup(22).records(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void parsesWhatPeopleWriteForEveryPortAndProtocol() {
    for (int port = 0; port <= 65535; port++) {
      for (Protocol p : Protocol.values()) {
        PortAndProtocol pp = new PortAndProtocol(port, p);
        if (!PortAndProtocol.parse(pp.toString()).equals(pp)) {
          assertThat(PortAndProtocol.parse(pp.toString())).isEqualTo(pp);
        }
      }
    }
    assertThat(PortAndProtocol.parse("80/tcp").toString()).isEqualTo("80/tcp");
    assertThat(PortAndProtocol.parse("443/UDP")).isEqualTo(new PortAndProtocol(443, Protocol.UDP));
    assertThat(PortAndProtocol.parse("00022/Sctp"))
        .isEqualTo(new PortAndProtocol(22, Protocol.SCTP));
    assertThat(PortAndProtocol.parse("0000000/dccp"))
        .isEqualTo(new PortAndProtocol(0, Protocol.DCCP));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "80",
        "80/",
        "/tcp",
        "80/icmp",
        "65536/tcp",
        "-1/tcp",
        " 80/tcp",
        "80/tcp ",
        "80 /tcp",
        "\uff18\uff10/tcp",
        "99999999999/tcp",
        "80/tcp/udp",
        "",
        "/",
        "0x50/tcp",
        "+80/tcp"
      })
  void rejectsAnythingElseNamingTheText(String text) {
    assertThatThrownBy(() -> PortAndProtocol.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid port and protocol \"" + text + "\": ")
        .hasMessageEndingWith("(expected PORT/PROTOCOL such as 80/tcp)");
  }

  @Test
  void theRecordChecksItsComponents() {
    assertThatThrownBy(() -> new PortAndProtocol(70000, Protocol.TCP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("70000");
    assertThatThrownBy(() -> new PortAndProtocol(80, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PortAndProtocol.parse(null)).isInstanceOf(NullPointerException.class);
  }
}
