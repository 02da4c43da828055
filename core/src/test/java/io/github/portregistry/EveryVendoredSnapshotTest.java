package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.SnapshotManifest;
import io.github.portregistry.data.TableWriter;
import io.github.portregistry.trust.IsolatedRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vendored snapshot, 1992 to 2026 in all four forms, compiles; and for each the library's
 * answers agree with a deliberately simple reading of the same file on every port and protocol.
 *
 * <p>Each file is compiled here with the real generator and served to a fresh copy of the library
 * in its own class loader, so the real loading code answers. The simple readings ({@link
 * NaiveRegistry} for the CSV, {@link NaiveSnapshotRows} for the other forms) share no code with the
 * generator's readers; the status rule is applied by brute force here, from the words: a
 * row with a service name (or a Description starting "any private") assigns, else a Description
 * starting "Reserved" reserves, else the row marks the port unassigned; an empty protocol means all
 * four; the highest kind among the rows covering a port on a protocol wins.
 */
class EveryVendoredSnapshotTest {
  private static final Path HISTORY =
      Path.of(
          System.getProperty("registry.history.dir", "../registry-data/src/main/registry/history"));
  private static final List<String> PROTOCOLS = List.of("tcp", "udp", "sctp", "dccp");

  static SnapshotManifest manifest() throws IOException {
    Path manifest = HISTORY.resolve(SnapshotManifest.FILE_NAME);
    return SnapshotManifest.parse(manifest.toString(), Files.readAllBytes(manifest));
  }

  static Stream<SnapshotManifest.Entry> snapshots() throws IOException {
    return manifest().entries().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snapshots")
  void compilesAndAgreesWithASimpleReadingOnEveryPortAndProtocol(SnapshotManifest.Entry entry)
      throws IOException {
    Path file = HISTORY.resolve(entry.file());
    List<Map<String, String>> rows = NaiveSnapshotRows.read(entry.form().registryName(), file);
    assumeTrue(
        rows != null, "no simple reading of the " + entry.form().registryName() + " form yet");

    // With the manifest, as the build reads it: the RFC 1340 extract states no date of its own.
    NormalizedRegistry registry =
        NormalizedRegistry.read(file.toString(), Files.readAllBytes(file), manifest());
    TableWriter.Tables tables = TableWriter.compile(registry);
    IsolatedRegistry isolated = new IsolatedRegistry(CompiledResources.of(tables));

    List<?> records = (List<?>) isolated.call("records", new Class<?>[0]);
    assertThat(records).as("%s: record count", entry.file()).hasSize(rows.size());

    int[][] expected = naiveStatus(rows);
    Object[] protocols = new Object[4];
    for (int i = 0; i < 4; i++) {
      protocols[i] = isolated.constant("Protocol", PROTOCOLS.get(i).toUpperCase(Locale.ROOT));
    }
    Class<?>[] statusTypes = {int.class, protocols[0].getClass()};
    List<String> mismatches = new ArrayList<>();
    int count = 0;
    for (int port = 0; port <= 65535; port++) {
      for (int p = 0; p < 4; p++) {
        String actual = isolated.call("status", statusTypes, port, protocols[p]).toString();
        String want = STATUS[expected[p][port]];
        if (!actual.equals(want)) {
          count++;
          if (mismatches.size() < 10) {
            mismatches.add(
                port + "/" + PROTOCOLS.get(p) + ": expected " + want + " but was " + actual);
          }
        }
      }
    }
    assertThat(mismatches).as("%s: %d status mismatches", entry.file(), count).isEmpty();

    // Every record reachable, in registry order, with the fields every form has.
    for (int i = 0; i < rows.size(); i++) {
      String record = records.get(i).toString();
      Map<String, String> row = rows.get(i);
      assertThat(record)
          .as("%s: record %d %s", entry.file(), i, row)
          .contains("serviceName=" + row.get("Service Name") + ",")
          .contains("description=" + row.get("Description") + ",");
    }
    assertThat(isolated.call("version", new Class<?>[0]).toString())
        .contains("recordCount=" + rows.size())
        .contains("sourceSha256=" + entry.sha256());
  }

  private static final String[] STATUS = {"UNASSIGNED", "RESERVED", "ASSIGNED"};

  /**
   * status[protocol][port]: 0 unassigned, 1 reserved, 2 assigned, by the rule in the class comment.
   */
  static int[][] naiveStatus(List<Map<String, String>> rows) {
    int[][] status = new int[4][65536];
    for (Map<String, String> row : rows) {
      if (row.get("Port Number").isEmpty()) {
        continue;
      }
      int kind = NaiveSnapshotRows.kind(row);
      int[] ports = NaiveSnapshotRows.ports(row);
      for (int p = 0; p < 4; p++) {
        if (NaiveSnapshotRows.covers(row, PROTOCOLS.get(p))) {
          for (int port = ports[0]; port <= ports[1]; port++) {
            status[p][port] = Math.max(status[p][port], kind);
          }
        }
      }
    }
    return status;
  }
}
