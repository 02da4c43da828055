package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.ServiceRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code 0-65535 --json}: one strictly valid object per port, holding the registry's text exactly.
 */
class AllPortsJsonTest {

  @Test
  void everyPortIsStrictJsonWithEveryFieldExactlyAsInTheRegistry() {
    Cli r = Cli.run("0-65535", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(65536);
    assertThat(r.out().chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)))
        .as("pure printable ASCII, one object a line")
        .isTrue();
    for (int port = 0; port < lines.size(); port++) {
      Object json = StrictJson.parse(lines.get(port));
      JsonCheck.assertPortInfo((Map<?, ?>) json, PortRegistry.lookup(port));
    }
  }

  @Test
  void theRegistryHasTheTrickyTextThisTestIsAbout() {
    String all =
        PortRegistry.all()
            .flatMap(info -> info.records().stream())
            .map(ServiceRecord::toString)
            .collect(Collectors.joining());
    // The registry has no backslash: JsonWriterTest covers that on a made-up record.
    assertThat(all.contains("\"")).as("quotes").isTrue();
    assertThat(all.contains("\n")).as("line breaks").isTrue();
    assertThat(all.chars().anyMatch(c -> c > 0x7f)).as("non-ASCII text").isTrue();
  }
}
