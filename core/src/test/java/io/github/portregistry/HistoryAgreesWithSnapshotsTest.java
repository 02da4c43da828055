package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.portregistry.data.SnapshotManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The history table against an independent reconstruction: every snapshot of {@link
 * PortRegistry#snapshots()} read again by the simple test-side readers ({@link NaiveSnapshotRows}),
 * the state of every port and protocol computed per snapshot by brute force from the words,
 * consecutive equal states merged into periods, and the result compared with {@link
 * PortInfo#history()} on all 65,536 ports and 4 protocols.
 *
 * <p>A state is the status (the rule of {@link EveryVendoredSnapshotTest}) and the distinct service
 * names of the covering rows in row order; a period keeps the description, in its first snapshot,
 * of the first covering row whose kind is the status.
 */
class HistoryAgreesWithSnapshotsTest {
  private static final Path HISTORY =
      Path.of(
          System.getProperty("registry.history.dir", "../registry-data/src/main/registry/history"));
  private static final List<String> PROTOCOLS = List.of("tcp", "udp", "sctp", "dccp");
  private static final String[] STATUS = {"UNASSIGNED", "RESERVED", "ASSIGNED"};
  private static final int KEYS = 65536 * 4;

  @Test
  void everyPortAndProtocolAgreesWithTheSnapshotsReadAgain() throws IOException {
    List<RegistrySnapshot> snapshots = PortRegistry.snapshots();
    String[] openState = new String[KEYS];
    String[] openDescription = new String[KEYS];
    int[] openSince = new int[KEYS];
    List<List<String>> expected = new ArrayList<>();
    for (int port = 0; port < 65536; port++) {
      expected.add(new ArrayList<>());
    }
    for (int s = 0; s < snapshots.size(); s++) {
      RegistrySnapshot snapshot = snapshots.get(s);
      List<Map<String, String>> rows = NaiveSnapshotRows.read(snapshot.form(), file(snapshot));
      if (rows == null) {
        fail(
            "history holds a " + snapshot.form() + " snapshot but the tests cannot read that form");
      }
      assertThat(rows).as("rows of %s", snapshot).hasSize(snapshot.recordCount());
      String[][] now = states(rows);
      for (int key = 0; key < KEYS; key++) {
        if (openState[key] != null && !openState[key].equals(now[0][key])) {
          expected
              .get(key / 4)
              .add(period(key, openSince[key], s - 1, openState[key], openDescription[key]));
          openState[key] = null;
        }
        if (openState[key] == null) {
          openState[key] = now[0][key];
          openDescription[key] = now[1][key];
          openSince[key] = s;
        }
      }
    }
    for (int key = 0; key < KEYS; key++) {
      expected
          .get(key / 4)
          .add(
              period(
                  key, openSince[key], snapshots.size() - 1, openState[key], openDescription[key]));
    }

    int mismatches = 0;
    List<String> shown = new ArrayList<>();
    for (int port = 0; port < 65536; port++) {
      List<String> want = expected.get(port);
      want.sort(null); // "first snapshot, protocol" as zero-padded text: the API's order
      List<String> actual = new ArrayList<>();
      for (HistoryPeriod p : PortRegistry.lookup(port).history()) {
        actual.add(
            String.format(
                Locale.ROOT,
                "%02d %d %s %s %s | %02d",
                snapshots.indexOf(p.firstSeen()),
                p.protocol().ordinal(),
                p.status(),
                p.serviceNames(),
                p.description(),
                snapshots.indexOf(p.lastSeen())));
      }
      if (!actual.equals(want)) {
        mismatches++;
        if (shown.size() < 5) {
          shown.add("port " + port + ": expected " + want + " but was " + actual);
        }
      }
    }
    assertThat(shown).as("%d ports whose history disagrees", mismatches).isEmpty();
  }

  private static String period(int key, int first, int last, String state, String description) {
    int space = state.indexOf(' ');
    return String.format(
        Locale.ROOT,
        "%02d %d %s %s %s | %02d",
        first,
        key % 4,
        state.substring(0, space),
        state.substring(space + 1),
        description,
        last);
  }

  /** [0][key]: "STATUS [names]"; [1][key]: the description. Keys are port * 4 + protocol. */
  private static String[][] states(List<Map<String, String>> rows) {
    int[] status = new int[KEYS];
    String[][] firstOfKind = new String[3][KEYS];
    @SuppressWarnings("unchecked")
    Set<String>[] names = (Set<String>[]) new Set<?>[KEYS];
    for (Map<String, String> row : rows) {
      if (row.get("Port Number").isEmpty()) {
        continue;
      }
      String name = row.get("Service Name");
      String description = row.get("Description");
      int kind = NaiveSnapshotRows.kind(row);
      int[] ports = NaiveSnapshotRows.ports(row);
      for (int p = 0; p < 4; p++) {
        if (!NaiveSnapshotRows.covers(row, PROTOCOLS.get(p))) {
          continue;
        }
        for (int port = ports[0]; port <= ports[1]; port++) {
          int key = port * 4 + p;
          status[key] = Math.max(status[key], kind);
          if (firstOfKind[kind][key] == null) {
            firstOfKind[kind][key] = description;
          }
          if (!name.isEmpty()) {
            if (names[key] == null) {
              names[key] = new LinkedHashSet<>();
            }
            names[key].add(name);
          }
        }
      }
    }
    Map<String, String> interned = new HashMap<>();
    String[][] states = new String[2][KEYS];
    for (int key = 0; key < KEYS; key++) {
      List<String> named = names[key] == null ? List.of() : new ArrayList<>(names[key]);
      String state = STATUS[status[key]] + " " + named;
      states[0][key] = interned.computeIfAbsent(state, k -> k);
      String description = firstOfKind[status[key]][key];
      states[1][key] = description == null ? "" : description;
    }
    return states;
  }

  /**
   * The file of a snapshot: a vendored one by its SHA-256, or the registry the jar was built from.
   */
  private static Path file(RegistrySnapshot snapshot) throws IOException {
    Path manifest = HISTORY.resolve(SnapshotManifest.FILE_NAME);
    for (SnapshotManifest.Entry e :
        SnapshotManifest.parse(manifest.toString(), Files.readAllBytes(manifest)).entries()) {
      if (e.sha256().equals(snapshot.sourceSha256())) {
        return HISTORY.resolve(e.file());
      }
    }
    Path built = Path.of(System.getProperty("registry.file"));
    assertThat(sha256(Files.readAllBytes(built)))
        .as("the one snapshot not vendored is the registry the jar was built from")
        .isEqualTo(snapshot.sourceSha256());
    return built;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
