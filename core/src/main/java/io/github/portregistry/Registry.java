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
 * The store: the verified tables plus caches of the objects built from them. The runtime is one
 * way: the loaders ({@code internal}) feed this class, and the public API ({@link PortRegistry},
 * {@link PortInfo}, the page) reads from it; nothing here knows the API's {@link PortInfo}. The
 * status bytes skip this class: {@code status} and {@code lookup} read the loader's checked array,
 * which is already the answer, so that their first call loads neither this class nor the records
 * (in a fresh JVM each class loaded costs a few hundred microseconds; issue 12).
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
  /**
   * Also read by {@code status} and {@code lookup}, straight from the loader, without this class.
   */
  private static final PortStatusTable STATUS_TABLE = PortStatusTable.embedded();

  private Registry() {}

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

  /** What the records table says about one port, built once a port. */
  static PortDetails details(int port) {
    return Records.details(port);
  }

  private static PortDetails buildDetails(int port) {
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
    return new PortDetails(
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

  /**
   * Calls of {@link #byName} answered by binary search before the hash index is built: enough that
   * a short-lived program never builds it, few enough that a long-running one soon answers in
   * nanoseconds. Counted without a lock: a race only moves the switch by a call or two, and both
   * ways give equal lists.
   */
  private static final int NAME_CALLS_BEFORE_INDEX = 256;

  private static int nameCalls;

  /** The records with that service name (ASCII case ignored), or an empty list. */
  static List<ServiceRecord> byName(String name) {
    if (nameCalls < NAME_CALLS_BEFORE_INDEX) {
      nameCalls++;
      // The names are sorted in the table: a first call costs about 13 comparisons instead of
      // hashing all 7,300 names twice (issue 12).
      int found = NameIndex.find(Records.TABLE, name);
      return found < 0 ? List.of() : new RecordList(Records.TABLE.nameRecordList(found));
    }
    List<ServiceRecord> records = Names.INDEX.get(name);
    return records != null ? records : List.of();
  }

  /** The person with that id (without brackets), or empty. */
  static Optional<Person> person(String id) {
    return People.person(id);
  }

  /** Holder of the records table and the objects built from it. */
  private static final class Records {
    static final RegistryTable TABLE = RegistryTable.load();
    private static final ServiceRecord[] RECORDS = new ServiceRecord[TABLE.recordCount()];
    private static final Protocol[] PROTOCOL_CODES = {
      null, Protocol.TCP, Protocol.UDP, Protocol.SCTP, Protocol.DCCP
    };
    private static final Status[] KIND_CODES = {
      Status.ASSIGNED, Status.RESERVED, Status.UNASSIGNED
    };
    private static final Reference.Kind[] REFERENCE_KINDS = Reference.Kind.values();

    /** Holder: 256 KB that callers of byServiceName or records() alone do not need. */
    private static final class DetailsByPort {
      static final PortDetails[] BY_PORT = new PortDetails[65536];
    }

    static PortDetails details(int port) {
      PortDetails[] cache = DetailsByPort.BY_PORT;
      PortDetails d = cache[port];
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

    /** The records of a list, built now: what a port's details keep. */
    static List<ServiceRecord> list(int list) {
      // By index, not List.copyOf(RecordList): its iterator is a JDK class outside the shared
      // archive, which a first describe() would load from the runtime image (issue 12).
      ServiceRecord[] records = new ServiceRecord[TABLE.recordListSize(list)];
      for (int i = 0; i < records.length; i++) {
        records[i] = record(TABLE.recordListEntry(list, i));
      }
      return List.of(records);
    }

    private static ServiceRecord build(int id) {
      int flags = TABLE.flags(id);
      boolean hasPort = (flags & 8) != 0;
      int refs = TABLE.referenceList(id);
      int count = TABLE.referenceListSize(refs);
      List<String> references = new ArrayList<>(count);
      List<Reference> typed = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String text = TABLE.string(TABLE.referenceListEntry(refs, i));
        references.add(text);
        typed.add(new Reference(REFERENCE_KINDS[TABLE.referenceKind(refs, i)], text));
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
          text(id, Text.ASSIGNMENT_NOTES),
          typed);
    }

    private static String text(int id, Text column) {
      return TABLE.string(TABLE.text(id, column));
    }
  }

  /** Holder of the people: built one by one, on first use, from the records table. */
  private static final class People {
    private static final Person[] BY_INDEX = new Person[Records.TABLE.personCount()];

    static Optional<Person> person(String id) {
      RegistryTable table = Records.TABLE;
      int p = table.findPerson(id);
      if (p < 0) {
        return Optional.empty();
      }
      synchronized (BY_INDEX) { // once a person, so that every caller gets the same instance
        Person person = BY_INDEX[p];
        if (person == null) {
          person =
              new Person(
                  table.personId(p),
                  table.string(table.personText(p, 1)),
                  table.string(table.personText(p, 2)),
                  Person.uriOf(table.personUri(p)),
                  date(table.personUpdated(p)));
          BY_INDEX[p] = person;
        }
        return Optional.of(person);
      }
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

  /** The snapshots of the history table, oldest first. */
  static List<RegistrySnapshot> snapshots() {
    return PortHistory.snapshots();
  }

  /** A port's history: its class holds the history table, loaded on first use. */
  static PortHistory history(int port) {
    return PortHistory.of(port);
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
