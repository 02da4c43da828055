package io.github.portregistry.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The compiled history of every port and protocol: for each, the periods during which the registry
 * said the same thing, over a list of snapshots, oldest first. What {@link HistoryTableWriter}
 * writes and what the runtime's {@code PortInfo.history()} reads back.
 *
 * <p>Every port and protocol has at least one period, and its periods cover every snapshot exactly
 * once, in order: the first starts at snapshot 0 and the last ends at the last snapshot.
 */
public final class HistoryModel {
  /**
   * One period of one port on one protocol.
   *
   * @param protocol index in TCP, UDP, SCTP, DCCP order
   * @param first index of the first snapshot that said this
   * @param last index of the last snapshot that said this
   * @param state what they said; its description is the first snapshot's
   */
  public record Period(int protocol, int first, int last, PortState state) {
    /** Rejects a null state and impossible bounds. */
    public Period {
      Objects.requireNonNull(state, "state");
      if (protocol < 0 || protocol > 3 || first < 0 || last < first) {
        throw new IllegalArgumentException(
            "bad period: protocol " + protocol + ", snapshots " + first + " to " + last);
      }
    }
  }

  private final List<HistorySnapshot> snapshots;
  private final List<List<Period>> byPort;

  HistoryModel(List<HistorySnapshot> snapshots, List<List<Period>> byPort) {
    this.snapshots = List.copyOf(snapshots);
    this.byPort = Collections.unmodifiableList(new ArrayList<>(byPort));
  }

  /** The snapshots, oldest first; the last is the current registry. */
  public List<HistorySnapshot> snapshots() {
    return snapshots;
  }

  /**
   * Every period of a port, by first snapshot, then protocol (TCP, UDP, SCTP, DCCP): the order of
   * {@code PortInfo.history()}.
   */
  public List<Period> periods(int port) {
    return byPort.get(port);
  }

  /** The periods of a port on one protocol, oldest first. */
  public List<Period> periods(int port, int protocol) {
    List<Period> of = new ArrayList<>();
    for (Period p : byPort.get(port)) {
      if (p.protocol() == protocol) {
        of.add(p);
      }
    }
    return of;
  }
}
