package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.HistoryPeriod;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.RegistrySnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code port-registry history}: the table, the protocol filter, JSON, and what it refuses. */
class HistoryCommandTest {
  @Test
  void onePeriodALineAtTheRegistrysPrecision() {
    Cli r = Cli.run("history", "47", "252-253");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0).split("\\s{2,}"))
        .containsExactly(
            "PORT",
            "PROTOCOL",
            "FIRST SEEN",
            "LAST SEEN",
            "STATUS",
            "SERVICE NAMES",
            "DESCRIPTION");
    int periods =
        PortRegistry.lookup(47).history().size()
            + PortRegistry.lookup(252).history().size()
            + PortRegistry.lookup(253).history().size();
    assertThat(lines).hasSize(1 + periods);
    HistoryPeriod niFtp = PortRegistry.lookup(47).history().get(0);
    assertThat(lines.get(1).split("\\s{2,}"))
        .containsExactly(
            "47",
            "tcp",
            niFtp.firstSeen().date().toString(),
            niFtp.lastSeen().date().toString(),
            "Assigned",
            "ni-ftp",
            "NI FTP");
  }

  @Test
  void protocolKeepsThatProtocolsPeriods() {
    Cli r = Cli.run("history", "47", "--protocol", "udp");
    List<String> rows = r.out().lines().skip(1).toList();
    assertThat(rows).hasSize(PortRegistry.lookup(47).history(Protocol.UDP).size());
    assertThat(rows).allMatch(l -> l.startsWith("47    udp"));
  }

  @Test
  void jsonGivesEveryFieldOfEachPeriod() {
    Cli r = Cli.run("history", "--json-lines", "47");
    List<String> lines = r.out().lines().toList();
    List<HistoryPeriod> history = PortRegistry.lookup(47).history();
    assertThat(lines).hasSize(history.size());
    for (int i = 0; i < lines.size(); i++) {
      Map<?, ?> o = (Map<?, ?>) StrictJson.parse(lines.get(i));
      HistoryPeriod p = history.get(i);
      assertThat(o.get("port")).isEqualTo(new BigDecimal(47));
      assertThat(o.get("protocol")).isEqualTo(p.protocol().name());
      assertThat(o.get("status")).isEqualTo(p.status().name());
      assertThat(o.get("serviceNames")).isEqualTo(new ArrayList<>(p.serviceNames()));
      assertThat(o.get("description")).isEqualTo(p.description());
      snapshot((Map<?, ?>) o.get("firstSeen"), p.firstSeen());
      snapshot((Map<?, ?>) o.get("lastSeen"), p.lastSeen());
    }
  }

  private static void snapshot(Map<?, ?> json, RegistrySnapshot s) {
    assertThat(json.get("date")).isEqualTo(s.date().toString());
    assertThat(json.get("form")).isEqualTo(s.form());
    assertThat(json.get("recordCount")).isEqualTo(new BigDecimal(s.recordCount()));
    assertThat(json.get("sourceSha256")).isEqualTo(s.sourceSha256());
  }

  @Test
  void usageErrorsNameTheProblem() {
    assertThat(Cli.run("history").err()).contains("history needs a PORT");
    assertThat(Cli.run("history").code()).isEqualTo(2);
    assertThat(Cli.run("history", "70000").err()).contains("invalid port \"70000\"");
    assertThat(Cli.run("history", "47", "--protocol", "icmp").err())
        .contains("invalid --protocol \"icmp\"");
    assertThat(Cli.run("history", "47", "--count", "3").err())
        .contains("--count only applies to free");
  }
}
