package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.ServiceRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code 0-65535 --json}: one strictly valid document, an array of one object per port holding the
 * registry's text exactly; {@code --json-lines} the same objects, one a line.
 */
class AllPortsJsonTest {

  @Test
  void everyPortIsStrictJsonWithEveryFieldExactlyAsInTheRegistry() {
    Cli r = Cli.run("0-65535", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)))
        .as("pure printable ASCII")
        .isTrue();
    List<?> ports = (List<?>) StrictJson.parse(r.out());
    assertThat(ports).hasSize(65536);
    for (int port = 0; port < ports.size(); port++) {
      JsonCheck.assertPortInfo((Map<?, ?>) ports.get(port), PortRegistry.lookup(port));
    }

    List<String> lines = r.out().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(65538).startsWith("[").endsWith("]");
    // --json-lines: the same objects without the array (ports 0-4095, then the array's last)
    Cli jsonLines = Cli.run("0-4095,65535", "--json-lines");
    assertThat(jsonLines.code()).isZero();
    List<String> objects = jsonLines.out().lines().collect(Collectors.toList());
    assertThat(objects).hasSize(4097);
    for (int port = 0; port < 4096; port++) {
      String inArray = lines.get(port + 1);
      assertThat(objects.get(port)).isEqualTo(inArray.substring(0, inArray.length() - 1));
    }
    assertThat(objects.get(4096)).isEqualTo(lines.get(65536));
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
