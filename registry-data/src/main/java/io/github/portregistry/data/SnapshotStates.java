package io.github.portregistry.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of every port on every protocol in one normalized snapshot: the history compiler's view
 * of a snapshot, by the rules of {@link PortState}.
 *
 * <p>Keys are {@code port * 4 + protocol}, protocols in {@link TableWriter#PROTOCOLS} order (TCP,
 * UDP, SCTP, DCCP).
 */
final class SnapshotStates {
  /** Number of port and protocol pairs. */
  static final int KEYS = TableWriter.PORTS * 4;

  private SnapshotStates() {}

  /** One state a key; every uncovered key holds {@link PortState#UNCOVERED}. */
  static PortState[] of(NormalizedRegistry snapshot) {
    List<RegistryRecord> records = snapshot.records();
    // The first record of each kind covering a key, and the names in registry order.
    int[][] firstOfKind = new int[RecordKind.values().length][KEYS];
    for (int[] column : firstOfKind) {
      java.util.Arrays.fill(column, -1);
    }
    @SuppressWarnings("unchecked")
    Set<String>[] names = (Set<String>[]) new Set<?>[KEYS];
    for (int r = 0; r < records.size(); r++) {
      RegistryRecord rec = records.get(r);
      if (!rec.hasPort()) {
        continue;
      }
      int kind = rec.kind().ordinal();
      int only = rec.protocol().isEmpty() ? -1 : TableWriter.PROTOCOLS.indexOf(rec.protocol());
      for (int port = rec.firstPort(); port <= rec.lastPort(); port++) {
        for (int proto = 0; proto < 4; proto++) {
          if (only >= 0 && proto != only) {
            continue;
          }
          int key = port * 4 + proto;
          if (firstOfKind[kind][key] < 0) {
            firstOfKind[kind][key] = r;
          }
          if (!rec.serviceName().isEmpty()) {
            if (names[key] == null) {
              names[key] = new LinkedHashSet<>(2);
            }
            names[key].add(rec.serviceName());
          }
        }
      }
    }
    PortState[] states = new PortState[KEYS];
    for (int key = 0; key < KEYS; key++) {
      states[key] = PortState.UNCOVERED;
      // ASSIGNED, RESERVED, UNASSIGNED: the first kind present is the status.
      for (RecordKind kind : RecordKind.values()) {
        int first = firstOfKind[kind.ordinal()][key];
        if (first >= 0) {
          List<String> named = names[key] == null ? List.of() : new ArrayList<>(names[key]);
          states[key] = new PortState(kind, named, records.get(first).description());
          break;
        }
      }
    }
    return states;
  }
}
