package io.github.portregistry;

import io.github.portregistry.internal.NameIndex;
import io.github.portregistry.internal.PortStatusTable;
import io.github.portregistry.internal.RegistryTable;
import io.github.portregistry.internal.RegistryTable.DateColumn;
import io.github.portregistry.internal.RegistryTable.Text;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The loaded registry: the verified tables plus caches of the objects built from them.
 *
 * <p>Holder classes: the JVM loads and verifies each table when it is first needed, exactly once,
 * with class initialization as the lock (JLS 12.4.2), so lookups take no lock. The status table (64
 * KB) is all that {@code status} and {@code lookup} need; the records table (about a megabyte:
 * text, dates, references) is read only when a caller asks for records, names or notes. The caches
 * fill lazily: a hit is a plain array read, safe without a lock because every cached object is
 * immutable with final fields, so a thread that sees a reference sees the whole object (JLS 17.5);
 * a miss takes the cache's lock, once an entry, so that racing first calls all return the same
 * instance.
 */
final class Registry {
  private static final PortStatusTable STATUS_TABLE = PortStatusTable.load();

  /** One status byte a port (see {@link StatusBits}): the fast path is a read of this array. */
  static final byte[] STATUS = STATUS_TABLE.statusBytes();

  private Registry() {}

  /**
   * A new two-field value a call rather than a cached object: a cache would put a pointer chase to
   * a heap object scattered by the allocator on the lookup path, the same work as a HashMap, while
   * a fresh value that only feeds status() or range() is scalar-replaced by the JIT and costs two
   * array reads.
   */
  static PortInfo port(int port) {
    return new PortInfo(port, STATUS[port]);
  }

  static RegistryVersion version() {
    return Version.VERSION;
  }

  private static final class Version {
    static final RegistryVersion VERSION =
        new RegistryVersion(
            date(STATUS_TABLE.dataDate()).orElseThrow(),
            STATUS_TABLE.recordCount(),
            STATUS_TABLE.sourceSha256(),
            STATUS_TABLE.form());
  }

  /** Number of records, without reading the records table. */
  static int recordCount() {
    return STATUS_TABLE.recordCount();
  }

  /** What {@link PortInfo} reads from the records table, built once a port. */
  static PortInfo.Details details(int port) {
    return Records.details(port);
  }

  private static PortInfo.Details buildDetails(int port) {
    RegistryTable table = Records.TABLE;
    int list = table.portRecordList(port);
    List<ServiceRecord> records = Records.list(list);
    RegistryDate removal = null;
    String formerly = "";
    for (int i = 0; i < records.size(); i++) {
      int id = table.recordListEntry(list, i);
      Optional<RegistryDate> d = date(table.date(id, DateColumn.REMOVAL));
      if (d.isPresent() && (removal == null || d.get().compareTo(removal) > 0)) {
        removal = d.get();
      }
      if (formerly.isEmpty()) {
        formerly = table.string(table.text(id, Text.FORMERLY));
      }
    }
    return new PortInfo.Details(
        records,
        Optional.ofNullable(removal),
        formerly.isEmpty() ? Optional.empty() : Optional.of(formerly));
  }

  static ServiceRecord record(int id) {
    return Records.record(id);
  }

  /** The records table, loaded and checked on first use: what the search index is built from. */
  static RegistryTable recordsTable() {
    return Records.TABLE;
  }

  /** The records with that service name (ASCII case ignored), or an empty list. */
  static List<ServiceRecord> byName(String name) {
    List<ServiceRecord> records = Names.INDEX.get(name);
    return records != null ? records : List.of();
  }

  /** Holder of the records table and the objects built from it. */
  private static final class Records {
    static final RegistryTable TABLE = load();
    private static final ServiceRecord[] RECORDS = new ServiceRecord[TABLE.recordCount()];
    private static final Protocol[] PROTOCOL_CODES = {
      null, Protocol.TCP, Protocol.UDP, Protocol.SCTP, Protocol.DCCP
    };
    private static final Status[] KIND_CODES = {
      Status.ASSIGNED, Status.RESERVED, Status.UNASSIGNED
    };

    /** The two tables are written together; a jar mixing two builds must not answer. */
    private static RegistryTable load() {
      RegistryTable table = RegistryTable.load();
      if (!table.sourceSha256().equals(STATUS_TABLE.sourceSha256())
          || table.recordCount() != STATUS_TABLE.recordCount()
          || !table.form().equals(STATUS_TABLE.form())
          || !table.portStatusEquals(STATUS)) {
        throw new IllegalStateException(
            "port-registry tables "
                + RegistryTable.RESOURCE
                + " and "
                + PortStatusTable.RESOURCE
                + " do not match: they come from different builds or registry files");
      }
      return table;
    }

    /** Holder: 256 KB that callers of byServiceName or records() alone do not need. */
    private static final class PortDetails {
      static final PortInfo.Details[] BY_PORT = new PortInfo.Details[65536];
    }

    static PortInfo.Details details(int port) {
      PortInfo.Details[] cache = PortDetails.BY_PORT;
      PortInfo.Details d = cache[port];
      if (d != null) {
        return d;
      }
      synchronized (cache) { // once a port, so that every PortInfo of it shares the lists
        d = cache[port];
        if (d == null) {
          d = buildDetails(port);
          cache[port] = d;
        }
        return d;
      }
    }

    static ServiceRecord record(int id) {
      ServiceRecord r = RECORDS[id];
      if (r != null) {
        return r;
      }
      synchronized (RECORDS) { // once a record, so that every caller gets the same instance
        r = RECORDS[id];
        if (r == null) {
          r = build(id);
          RECORDS[id] = r;
        }
        return r;
      }
    }

    /** The records of a list, built now and copied: what a port's details keep. */
    static List<ServiceRecord> list(int list) {
      return List.copyOf(new RecordList(list));
    }

    private static ServiceRecord build(int id) {
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
  }

  /** Holder: the name hash is built only for users of byServiceName. */
  private static final class Names {
    static final NameIndex<List<ServiceRecord>> INDEX =
        new NameIndex<>(Records.TABLE, new RecordsNamed());
  }

  /** The records with name {@code i}: a class rather than a lambda, as RegistryDate explains. */
  private static final class RecordsNamed implements IntFunction<List<ServiceRecord>> {
    @Override
    public List<ServiceRecord> apply(int name) {
      return new RecordList(Records.TABLE.nameRecordList(name));
    }
  }

  /**
   * One of the table's record lists as an unmodifiable {@code List}, its records built on first
   * {@link #get}: every name gets its list when the name index is built (16 bytes a name), without
   * building any record.
   */
  private static final class RecordList extends AbstractList<ServiceRecord>
      implements RandomAccess {
    private final int list;

    RecordList(int list) {
      this.list = list;
    }

    @Override
    public ServiceRecord get(int index) {
      return Records.record(Records.TABLE.recordListEntry(list, Objects.checkIndex(index, size())));
    }

    @Override
    public int size() {
      return Records.TABLE.recordListSize(list);
    }
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
