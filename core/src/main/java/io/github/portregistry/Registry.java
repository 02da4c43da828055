package io.github.portregistry;

import io.github.portregistry.internal.NameIndex;
import io.github.portregistry.internal.RegistryTable;
import io.github.portregistry.internal.RegistryTable.DateColumn;
import io.github.portregistry.internal.RegistryTable.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The loaded registry: the verified table plus caches of the objects built from it.
 *
 * <p>A holder class: the JVM loads and verifies the table when {@link PortRegistry} first needs
 * it, exactly once, with class initialization as the lock (JLS 12.4.2), so the lookup path needs
 * none. The caches are filled lazily with a benign race: every cached object is immutable with
 * final fields, so a thread that sees a reference sees the whole object (JLS 17.5), and two
 * threads building the same entry build equal objects.
 */
final class Registry {
  static final RegistryTable TABLE = RegistryTable.load();

  /** The per-port status bytes, copied out of the table so the fast path is a plain array read. */
  static final byte[] STATUS = TABLE.portStatus();

  static final RegistryVersion VERSION =
      new RegistryVersion(
          date(TABLE.dataDate()).orElseThrow(), TABLE.recordCount(), TABLE.sourceSha256());

  private static final PortInfo[] PORTS = new PortInfo[65536];
  private static final ServiceRecord[] RECORDS = new ServiceRecord[TABLE.recordCount()];
  private static final List<?>[] NAMES = new List<?>[TABLE.nameCount()];
  private static final Protocol[] PROTOCOL_CODES = {
    null, Protocol.TCP, Protocol.UDP, Protocol.SCTP, Protocol.DCCP
  };
  private static final Status[] KIND_CODES = {Status.ASSIGNED, Status.RESERVED, Status.UNASSIGNED};

  private Registry() {}

  static PortInfo port(int port) {
    PortInfo info = PORTS[port];
    if (info == null) {
      info = buildPort(port);
      PORTS[port] = info;
    }
    return info;
  }

  static ServiceRecord record(int id) {
    ServiceRecord r = RECORDS[id];
    if (r == null) {
      r = buildRecord(id);
      RECORDS[id] = r;
    }
    return r;
  }

  /** The records with that service name (ASCII case ignored), or an empty list. */
  @SuppressWarnings("unchecked")
  static List<ServiceRecord> byName(String name) {
    int index = Names.INDEX.find(name);
    if (index < 0) {
      return List.of();
    }
    List<ServiceRecord> records = (List<ServiceRecord>) NAMES[index];
    if (records == null) {
      records = recordList(TABLE.nameRecordList(index));
      NAMES[index] = records;
    }
    return records;
  }

  /** Holder: the name hash is built only for users of byServiceName. */
  private static final class Names {
    static final NameIndex INDEX = new NameIndex(TABLE);
  }

  private static PortInfo buildPort(int port) {
    int list = TABLE.portRecordList(port);
    List<ServiceRecord> records = recordList(list);
    RegistryDate removal = null;
    String formerly = "";
    for (int i = 0; i < records.size(); i++) {
      int id = TABLE.recordListEntry(list, i);
      Optional<RegistryDate> d = date(TABLE.date(id, DateColumn.REMOVAL));
      if (d.isPresent() && (removal == null || d.get().compareTo(removal) > 0)) {
        removal = d.get();
      }
      if (formerly.isEmpty()) {
        formerly = TABLE.string(TABLE.text(id, Text.FORMERLY));
      }
    }
    return new PortInfo(
        port,
        STATUS[port],
        records,
        Optional.ofNullable(removal),
        formerly.isEmpty() ? Optional.empty() : Optional.of(formerly));
  }

  private static List<ServiceRecord> recordList(int list) {
    int size = TABLE.recordListSize(list);
    List<ServiceRecord> records = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      records.add(record(TABLE.recordListEntry(list, i)));
    }
    return List.copyOf(records);
  }

  private static ServiceRecord buildRecord(int id) {
    int flags = TABLE.flags(id);
    boolean hasPort = (flags & 8) != 0;
    List<String> references = new ArrayList<>();
    int refs = TABLE.referenceList(id);
    for (int i = 0; i < TABLE.referenceListSize(refs); i++) {
      references.add(TABLE.string(TABLE.referenceListEntry(refs, i)));
    }
    return new ServiceRecord(
        text(id, Text.SERVICE_NAME),
        hasPort
            ? Optional.of(new PortRange(TABLE.firstPort(id), TABLE.lastPort(id)))
            : Optional.empty(),
        Optional.ofNullable(PROTOCOL_CODES[flags & 7]),
        KIND_CODES[flags >>> 4],
        text(id, Text.DESCRIPTION),
        text(id, Text.ASSIGNEE),
        text(id, Text.CONTACT),
        date(TABLE.date(id, DateColumn.REGISTRATION)),
        date(TABLE.date(id, DateColumn.MODIFICATION)),
        references,
        text(id, Text.SERVICE_CODE),
        text(id, Text.UNAUTHORIZED_USE_REPORTED),
        text(id, Text.ASSIGNMENT_NOTES));
  }

  private static String text(int id, Text column) {
    return TABLE.string(TABLE.text(id, column));
  }

  /** Unpacks {@code (year - 1970) << 9 | month << 5 | day}; 0 is no date. */
  static Optional<RegistryDate> date(int packed) {
    if (packed == 0) {
      return Optional.empty();
    }
    int year = 1970 + (packed >>> 9);
    int month = (packed >>> 5) & 15;
    int day = packed & 31;
    return Optional.of(day == 0 ? RegistryDate.of(year, month) : RegistryDate.of(year, month, day));
  }
}
