package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortInfo;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.RegistryVersion;
import io.github.portregistry.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code services}: the output read back by a services(5) reader written here from the manual page,
 * compared with the API for every port and protocol.
 */
class ServicesFileTest {
  private static final Pattern NO_NAME =
      Pattern.compile("# (\\d+)/([a-z]+) has no service name:.*");
  private static String all;

  @BeforeAll
  static void runOnce() {
    Cli r = Cli.run("services");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    all = r.out();
  }

  /** What a services(5) reader sees: "port/protocol" to the names, primary first. */
  private static final class Services {
    final Map<String, List<String>> names = new HashMap<>();
    final Map<String, String> comments = new HashMap<>();
    final Set<String> withoutName = new HashSet<>();

    Services(String text) {
      for (String line : text.split("\n", -1)) {
        Matcher m = NO_NAME.matcher(line);
        if (m.matches()) {
          assertThat(withoutName.add(m.group(1) + "/" + m.group(2))).as(line).isTrue();
          continue;
        }
        int hash = line.indexOf('#');
        String entry = hash < 0 ? line : line.substring(0, hash);
        String[] fields = entry.trim().split("[ \t]+");
        if (fields[0].isEmpty()) {
          continue;
        }
        assertThat(fields.length).as(line).isGreaterThanOrEqualTo(2);
        assertThat(fields[1]).as(line).matches("\\d+/(tcp|udp|sctp|dccp)");
        List<String> entryNames = new ArrayList<>(List.of(fields[0]));
        entryNames.addAll(List.of(fields).subList(2, fields.length));
        assertThat(names.put(fields[1], entryNames)).as("a second line for " + fields[1]).isNull();
        if (hash >= 0) {
          comments.put(fields[1], line.substring(hash + 1).trim());
        }
      }
    }
  }

  @Test
  void everyAssignedPortAndProtocolReadsBackAsTheApiSaysWithAliasesInRegistryOrder() {
    Services s = new Services(all);
    int lines = 0;
    for (int port = 0; port <= 65535; port++) {
      PortInfo info = PortRegistry.lookup(port);
      for (Protocol p : Protocol.values()) {
        String key = port + "/" + p.registryName();
        List<String> expected = info.serviceNames(p);
        boolean assigned = info.status(p) == Status.ASSIGNED;
        if (expected.isEmpty()) {
          assertThat(s.names).as(key).doesNotContainKey(key);
          assertThat(s.withoutName.contains(key)).as(key).isEqualTo(assigned);
        } else {
          assertThat(s.names.get(key)).as(key).isEqualTo(expected);
          assertThat(s.withoutName).doesNotContain(key);
          lines++;
        }
      }
    }
    assertThat(s.names).hasSize(lines);
  }

  @Test
  void wellKnownLines() {
    assertThat(all)
        .contains("\nssh             22/tcp                  # The Secure Shell (SSH) Protocol\n")
        .contains("\n# 24/tcp has no service name: any private mail system\n");
    Services s = new Services(all);
    assertThat(s.names.get("80/tcp")).startsWith("http").contains("www");
    assertThat(s.names.get("6063/tcp")).containsExactly("x11");
    assertThat(s.names.get("53/udp")).containsExactly("domain");
    assertThat(s.comments.get("53/udp")).isEqualTo("Domain Name Server");
  }

  @Test
  void theHeaderNamesTheDataDateAndSource() {
    RegistryVersion v = PortRegistry.version();
    List<String> header = new ArrayList<>();
    for (String line : all.split("\n")) {
      if (!line.startsWith("#")) {
        break;
      }
      header.add(line);
    }
    assertThat(String.join("\n", header))
        .contains("Transport Protocol Port Number Registry of " + v.dataDate())
        .contains("(" + v.recordCount() + " records)")
        .contains("https://www.iana.org/assignments/service-names-port-numbers/")
        .contains(v.sourceSha256())
        .contains("tcp, udp, sctp, dccp");
  }

  @Test
  void isDeterministicAndClean() {
    assertThat(Cli.run("services").out()).isEqualTo(all);
    assertThat(all.lines())
        .allSatisfy(l -> assertThat(l).doesNotEndWith(" ").doesNotContain("\t", "\r"));
    assertThat(all).endsWith("\n");
  }

  @Test
  void protocolSelectsTheLines() {
    Cli r = Cli.run("services", "--protocol", "udp,tcp");
    assertThat(r.code()).isZero();
    Services s = new Services(r.out());
    Services full = new Services(all);
    full.names.keySet().removeIf(k -> k.endsWith("/sctp") || k.endsWith("/dccp"));
    assertThat(s.names).isEqualTo(full.names);
    assertThat(r.out()).contains("every assigned port on tcp, udp;");

    Cli dccp = Cli.run("services", "--protocol=dccp");
    Services d = new Services(dccp.out());
    assertThat(d.names).isNotEmpty().allSatisfy((k, v) -> assertThat(k).endsWith("/dccp"));
  }
}
