package io.github.portregistry.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compiles normalized snapshots, oldest first, into a {@link HistoryModel}: one pass a snapshot,
 * keeping only the open period of each port and protocol, so that 28 registries need no more memory
 * than two.
 *
 * <pre>
 * HistoryCompiler compiler = new HistoryCompiler();
 * for (NormalizedRegistry snapshot : oldestFirst) {
 *   compiler.add(snapshot);
 * }
 * HistoryModel model = compiler.finish();
 * </pre>
 *
 * <p>A period ends where a later snapshot says something else ({@link PortState#sameAs}); it keeps
 * the description of its first snapshot. A protocol a snapshot predates (SCTP and DCCP in 1992)
 * reads as that snapshot says: unassigned unless a record covers it.
 */
public final class HistoryCompiler {
  private final List<HistorySnapshot> snapshots = new ArrayList<>();
  private final PortState[] open = new PortState[SnapshotStates.KEYS];
  private final int[] openSince = new int[SnapshotStates.KEYS];
  private final List<List<HistoryModel.Period>> closed = new ArrayList<>(TableWriter.PORTS);

  /** A compiler with no snapshots yet. */
  public HistoryCompiler() {
    for (int port = 0; port < TableWriter.PORTS; port++) {
      closed.add(new ArrayList<>(4));
    }
  }

  /**
   * Adds the next snapshot.
   *
   * @throws RegistryCsvException when it is not newer than the one before: history must be in
   *     order, and one snapshot a date
   */
  public HistoryCompiler add(NormalizedRegistry snapshot) {
    if (!snapshots.isEmpty()) {
      CsvDate previous = snapshots.get(snapshots.size() - 1).date();
      if (snapshot.dataDate().compareTo(previous) <= 0) {
        throw new RegistryCsvException(
            snapshot.fileName(),
            1,
            1,
            "history snapshots must be added oldest first, one a date: data date "
                + snapshot.dataDate()
                + " is not after the previous snapshot's "
                + previous);
      }
    }
    int index = snapshots.size();
    snapshots.add(HistorySnapshot.of(snapshot));
    PortState[] states = SnapshotStates.of(snapshot);
    for (int key = 0; key < SnapshotStates.KEYS; key++) {
      PortState now = states[key];
      if (open[key] == null) {
        open[key] = now;
        openSince[key] = index;
      } else if (!open[key].sameAs(now)) {
        close(key, index - 1);
        open[key] = now;
        openSince[key] = index;
      }
    }
    return this;
  }

  private void close(int key, int last) {
    closed.get(key / 4).add(new HistoryModel.Period(key % 4, openSince[key], last, open[key]));
  }

  /**
   * Closes every open period at the last snapshot and returns the model.
   *
   * @throws IllegalStateException when no snapshot was added
   */
  public HistoryModel finish() {
    if (snapshots.isEmpty()) {
      throw new IllegalStateException("no snapshots: a history needs at least the current one");
    }
    for (int key = 0; key < SnapshotStates.KEYS; key++) {
      close(key, snapshots.size() - 1);
    }
    Comparator<HistoryModel.Period> order =
        Comparator.comparingInt(HistoryModel.Period::first)
            .thenComparingInt(HistoryModel.Period::protocol);
    for (List<HistoryModel.Period> periods : closed) {
      periods.sort(order);
    }
    List<List<HistoryModel.Period>> byPort = new ArrayList<>(TableWriter.PORTS);
    for (List<HistoryModel.Period> periods : closed) {
      byPort.add(List.copyOf(periods));
    }
    return new HistoryModel(snapshots, byPort);
  }
}
