package io.github.portregistry;

import io.github.portregistry.internal.HistoryTable;
import io.github.portregistry.internal.RegistryTable;
import io.github.portregistry.internal.RegistryTable.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the history table says about one port, built once a port (by {@link #of}) and shared by
 * every {@link PortInfo} of the port: a value of the store, which the API only reads (as {@link
 * PortDetails} is for the records table); {@link Registry} hands it out.
 *
 * <p>The class is also the history table's holder: the table is loaded and checked when the class
 * is initialized, on the first {@link #of} or {@link #snapshots}, exactly once, never by status,
 * lookup or the records. One class for both, because each class a first {@code history()} or {@code
 * describe()} loads from the jar costs it a few tenths of a millisecond (issue 12).
 */
final class PortHistory {
  private static final String[] FORMS = {"rfc", "port-numbers", "xml", "csv"};
  private static final Status[] STATUS_CODES = {
    Status.UNASSIGNED, Status.RESERVED, Status.ASSIGNED
  };
  private static final Protocol[] PROTOCOLS = Protocol.values();
  // After the constants above: class initialization runs in text order.
  private static final HistoryTable TABLE = HistoryTable.load(); // checks the build id
  private static final List<RegistrySnapshot> SNAPSHOTS = buildSnapshots();
  private static final PortHistory[] BY_PORT = new PortHistory[65536];

  private final int port;
  final List<HistoryPeriod> periods;

  private PortHistory(int port, List<HistoryPeriod> periods) {
    this.port = port;
    this.periods = List.copyOf(periods);
  }

  /** The snapshots of the history table, oldest first. */
  static List<RegistrySnapshot> snapshots() {
    return SNAPSHOTS;
  }

  /** A port's history, built once a port. */
  static PortHistory of(int port) {
    PortHistory[] cache = BY_PORT;
    PortHistory h = cache[port];
    if (h != null) {
      return h;
    }
    synchronized (cache) { // once a port, so that every PortInfo of it shares the list
      h = cache[port];
      if (h == null) {
        h = build(port);
        cache[port] = h;
      }
      return h;
    }
  }

  /**
   * What the port carried before, by its history: the names of the latest assigned period, on any
   * protocol, with names the current registry no longer lists on the port (ASCII case ignored, as
   * names are), those names joined with ", ". Worked out when asked, from the port's details: a
   * first {@code history()} does not need them.
   */
  Optional<String> formerly() {
    List<String> current = Registry.details(port).serviceNames;
    for (int i = periods.size() - 1; i >= 0; i--) {
      HistoryPeriod p = periods.get(i);
      if (p.status() != Status.ASSIGNED) {
        continue;
      }
      List<String> gone = new ArrayList<>();
      for (String name : p.serviceNames()) {
        boolean listed = false;
        for (String now : current) {
          listed |= now.equalsIgnoreCase(name);
        }
        if (!listed) {
          gone.add(name);
        }
      }
      if (!gone.isEmpty()) {
        return Optional.of(String.join(", ", gone));
      }
    }
    return Optional.empty();
  }

  private static List<RegistrySnapshot> buildSnapshots() {
    RegistrySnapshot[] all = new RegistrySnapshot[TABLE.snapshotCount()];
    for (int s = 0; s < all.length; s++) {
      all[s] =
          new RegistrySnapshot(
              Registry.date(TABLE.snapshotDate(s)).orElseThrow(),
              FORMS[TABLE.snapshotForm(s)],
              TABLE.snapshotRecordCount(s),
              TABLE.snapshotSha256(s));
    }
    return List.of(all);
  }

  private static PortHistory build(int port) {
    HistoryTable t = TABLE;
    int h = t.portHistory(port);
    int start = t.historyStart(h);
    int end = t.historyEnd(h);
    List<HistoryPeriod> periods = new ArrayList<>(end - start);
    for (int i = start; i < end; i++) {
      int protocol = t.periodProtocol(i);
      int last = SNAPSHOTS.size() - 1;
      for (int j = i + 1; j < end; j++) {
        if (t.periodProtocol(j) == protocol) {
          last = t.periodFirst(j) - 1;
          break;
        }
      }
      int state = t.periodState(i);
      String[] names = new String[t.stateNameCount(state)];
      for (int n = 0; n < names.length; n++) {
        names[n] = string(t.stateName(state, n));
      }
      periods.add(
          new HistoryPeriod(
              PROTOCOLS[protocol],
              STATUS_CODES[t.stateStatus(state)],
              List.of(names),
              string(t.stateDescription(state)),
              SNAPSHOTS.get(t.periodFirst(i)),
              SNAPSHOTS.get(last)));
    }
    return new PortHistory(port, periods);
  }

  /**
   * A string reference: inline in the history table, or a field of a current record, read from the
   * records table as text rather than through the record (building a {@link ServiceRecord} would
   * load its references, ports and their classes for one string).
   */
  private static String string(int ref) {
    int inline = TABLE.inlineStringCount();
    if (ref < inline) {
      return TABLE.inlineString(ref);
    }
    RegistryTable records = Registry.recordsTable();
    int record = (ref - inline) >>> 1;
    Text field = ((ref - inline) & 1) == 0 ? Text.SERVICE_NAME : Text.DESCRIPTION;
    return records.string(records.text(record, field));
  }
}
