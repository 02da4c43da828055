package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.ServiceRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code search TEXT} and the hints of a {@code name} miss. */
class SearchCommandTest {

  @Test
  void searchPostgresShowsPostgresqlOn5432First() {
    Cli r = Cli.run("search", "postgres");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().collect(Collectors.toList());
    assertThat(lines.get(0).split(" +"))
        .containsExactly("SERVICE", "PORT", "PROTOCOL", "DESCRIPTION");
    assertThat(lines.get(1).split(" +")).startsWith("postgresql", "5432", "tcp");
    assertThat(lines.get(2).split(" +")).startsWith("postgresql", "5432", "udp");
    assertThat(lines).hasSize(1 + PortRegistry.search("postgres").size());
  }

  @Test
  void searchDhcpFindsTheDhcpv6ClientAndServerPorts() {
    Cli r = Cli.run("search", "dhcp");
    assertThat(r.code()).isZero();
    List<String[]> rows =
        r.out().lines().skip(1).map(l -> l.split(" +")).collect(Collectors.toList());
    assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("dhcpv6-client", "546"));
    assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("dhcpv6-server", "547"));
  }

  @Test
  void severalWordsAreOnePhrase() {
    Cli r = Cli.run("search", "secure", "shell");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().count() - 1).isEqualTo(PortRegistry.search("secure shell").size());
    assertThat(r.out()).contains("ssh");
  }

  @Test
  void jsonIsOneArrayOfEveryRecordInRankOrderAndJsonLinesOneALine() {
    Cli r = Cli.run("search", "--json", "dhcp");
    assertThat(r.code()).isZero();
    List<?> array = (List<?>) StrictJson.parse(r.out());
    List<ServiceRecord> hits = PortRegistry.search("dhcp");
    assertThat(array).hasSize(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Map<?, ?> o = (Map<?, ?>) array.get(i);
      assertThat(o.get("serviceName")).isEqualTo(hits.get(i).serviceName());
      assertThat(o.get("description")).isEqualTo(hits.get(i).description());
    }
    assertThat(r.out().lines()).hasSize(hits.size() + 2); // "[", one record a line, "]"

    Cli lines = Cli.run("search", "dhcp", "--json-lines");
    assertThat(lines.out().lines().map(StrictJson::parse).collect(Collectors.toList()))
        .isEqualTo(array);
  }

  @Test
  void noMatchIsExitCodeOneWithOneLine() {
    Cli r = Cli.run("search", "zz-no-such-text-qq");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "port-registry: no service name or description in the registry contains"
                + " \"zz-no-such-text-qq\"\n");
  }

  @Test
  void aNameMissSuggestsSimilarNamesAndTheSearchCommand() {
    Cli r = Cli.run("name", "postgres");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith("port-registry: no service named \"postgres\" in the registry; similar names: ")
        .contains("postgresql")
        .endsWith("; search names and descriptions with: port-registry search postgres\n");

    Cli dhcp = Cli.run("name", "dhcp");
    assertThat(dhcp.err()).contains("dhcpv6-client").contains("port-registry search dhcp");

    Cli nothingClose = Cli.run("name", "zzqqxxyyzzqqxx");
    assertThat(nothingClose.err())
        .isEqualTo(
            "port-registry: no service named \"zzqqxxyyzzqqxx\" in the registry; search names and"
                + " descriptions with: port-registry search zzqqxxyyzzqqxx\n");
  }
}
