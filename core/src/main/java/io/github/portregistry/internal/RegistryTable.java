package io.github.portregistry.internal;

import java.nio.charset.StandardCharsets;

/**
 * The compiled registry: one byte array, verified once and read in place.
 *
 * <h2>Why a resource and not generated Java source</h2>
 *
 * The table is the classpath resource {@value #RESOURCE}, produced at build time by {@code
 * port-registry-data}'s {@code GenerateRegistryTable} from the registry CSV, beside the small
 * {@link PortStatusTable} that answers {@code status} and {@code lookup} without reading this one.
 * Generated source would spare the resource lookup, but Java string constants carry bytes 0x00 and
 * 0x80-0xFF as two bytes each (modified UTF-8), each constant stops at 65,535 bytes and every
 * literal stays interned for the life of the class, whereas a resource is the exact bytes we
 * checksum, is deflated in the jar and can be damaged byte by byte in tests. The OkHttp lesson
 * (resources lost by shading, invisible to other class loaders) does not bite here: the reader is
 * {@link Class#getResourceAsStream} on a class of the same jar and module, which works on the class
 * path, on the module path and after shading, and tests run against the packaged jar too.
 *
 * <h2>Format, version 6</h2>
 *
 * All integers are unsigned and big-endian. {@code u8}, {@code u16}, {@code u32} are 1, 2, 4 bytes.
 * {@code d16} is a delta-coded u16 column in blocks of {@value #D16_BLOCK}: the first entry of each
 * block (entries 0, 64, 128, ...) is stored as its value, every other entry as its difference from
 * the entry before it, modulo 65,536; entry i is the sum, keeping 16 bits, of the stored entries
 * from the first of its block to i. Ids and ports mostly grow by 0 or 1 from row to row, so the
 * deltas deflate several times smaller in the jar than the values would; the restarts let the
 * reader read any entry in place with at most 64 additions, so nothing is decoded at load (format 5
 * summed whole columns there, 11 ms of a first {@code describe()} in the interpreter; the restarts
 * cost 4.6 KB in the jar: 306,650 bytes deflated against 302,036). {@code x16} is a u16 column
 * coded across: each entry is the difference from the same row of the column before it, modulo
 * 65,536 (a record's strings are pooled one after another, so a description's id is mostly its
 * service name's plus one, and a contact mostly its assignee). R is the record count, S strings, K
 * record lists, L reference lists, N service names, P people; B, E and F are the sizes in the
 * header. A string id below S is a stored string; an id S + p (only in the assignee and contact
 * columns) is person p's reference as the registry writes it, "[" + the person's id + "]": 5,564
 * assignees and contacts name exactly one person, and storing them as strings spelled every id a
 * second time.
 *
 * <pre>
 * offset  size        field
 * ------  ----------  -----------------------------------------------------------------------
 * 0       u32         magic 0x50524547 ("PREG")
 * 4       u16         format version, 6
 * 6       u16         data date of the registry (packed, below)
 * 8       32 bytes    SHA-256 of the source registry file
 * 40      16 bytes    build id: equal to the status table's (see {@link BuildIdentity})
 * 56      u16 x 6     R, S, K, L, N, P
 * 68      u32 x 3     B (string bytes, terminators included), E (record list entries), F
 *                     (reference list entries)
 * 80      u32 x C     string checkpoints, C = ceil(S / 64): the offset, from the start of the
 *                     strings below, of strings 0, 64, 128, ...; string i is found by skipping
 *                     i mod 64 strings from checkpoint i / 64 (a first answer reads a few
 *                     strings, and so never scans the whole section)
 *         B bytes     the strings, UTF-8, exactly as in the registry, each distinct string once
 *                     and each followed by a 0 byte (no registry field holds U+0000: the
 *                     generator refuses one); string i starts after the i-th 0 byte; string 0 is ""
 *         u8  x R     record flags: bits 0-2 protocol (0 all four, 1 tcp, 2 udp, 3 sctp, 4 dccp),
 *                     bit 3 has a port, bits 4-5 kind (0 assigned, 1 reserved, 2 unassigned)
 *         d16 x R     first port (0 when the record has no port)
 *         d16 x R     last port (equal to first port for a single port)
 *         ... x R x 8 string ids, one column after the other, each coded as it deflates best:
 *                     service name d16, description x16, assignee d16, contact x16, then service
 *                     code, unauthorized use reported, assignment notes, formerly as plain u16
 *                     (each is "", string 0, in over 90% of records: a d16 column would store a
 *                     value twice, up and back down)
 *         d16 x R     reference list id
 *         d16 x R x 3 dates, one column after the other: registration, modification, removal
 *         u16 x K     record list lengths; list i starts after lists 0..i-1; list 0 is empty
 *         d16 x E     record list entries: record ids, registry order within a list
 *         u16 x L     reference list lengths, as above
 *         d16 x F     reference list entries: string ids (the reference as the CSV writes it)
 *         u8  x F     reference list entries: kinds (0 rfc, 1 person, 2 uri, 3 draft, 4 note,
 *                     5 text)
 *         d16 x 65536 record list id by port: the records covering the port (ranges included)
 *         d16 x N     the record list id of each service name, sorted by ASCII lower case; the
 *                     name's spelling is the service name of the list's first record
 *         d16 x P x 4 people, sorted by id (String order): string ids of id (whole, or only what
 *                     follows the stem, by the flags below), name, organization, URI (several
 *                     separated by a space where the registry gives several; without its leading
 *                     "mailto:" when flag bit 2 is set)
 *         d16 x P     people: packed date each entry was last updated, 0 for none
 *         u8  x P     people: flags: bits 0-1 where the id comes from (0 the id column holds it
 *                     whole; 1 it is the stem of the name followed by the id column's string; 2
 *                     the same with the organization), bit 2 the URI is "mailto:" followed by the
 *                     URI column's string. A stem is the text with every ' ' replaced by '_' and
 *                     every '.' and ',' dropped: name "Steven W. Clark" and id column "" give
 *                     "Steven_W_Clark"; name "Bruce Davie" and "_2" give "Bruce_Davie_2"
 * end-4   u32         CRC32 of every byte before it
 * </pre>
 *
 * <p>The ports' status is not here: it is the {@link PortStatusTable}'s, and the build id proves
 * both tables come from the same build.
 *
 * <p>A date is {@code (year - 1970) << 9 | month << 5 | day} with day 0 for month precision
 * ("2004-06"); 0 means no date. Lengths rather than offsets keep the file small in the jar (they
 * are small, repetitive numbers that deflate well); the reader sums them into offsets once, at
 * load. Strings are found from their checkpoint, or from an index of every start built in one pass
 * by the callers that read them all. The service name hash index is built from the sorted names
 * once names are asked for often, not stored.
 *
 * <h2>Capacity and current use (registry of 2026-08-17, XML)</h2>
 *
 * Every count and id above is a u16, so each is limited to 65,535: records (14,533 used, 22%),
 * distinct strings (25,552, 39%), record lists (9,302, 14%), reference lists (214, under 1%),
 * service names (7,327, 11%) and people (5,615, 9%); string ids, which number the strings and then
 * the people, S + P (31,167, 48%). One string may have 65,535 UTF-8 bytes, one list 65,535 entries,
 * and dates run from 1970 to 2097. The generator prints this usage at every build and fails naming
 * the limit when one is exceeded: widen that field here and in {@code TableWriter}, and bump the
 * format version. String ids are the first the registry will meet: the people list adds a person
 * and two or three strings each (name, organization, URI), and records add about one string each,
 * so at a few hundred records a year there are decades left, but it is the field to widen first. A
 * date after 2097 fails the build. The table is 1,168,136 bytes, the status table 65,599.
 *
 * <h2>Damage</h2>
 *
 * {@link #decode} checks the magic, the version, the CRC32 (which catches every single-byte and
 * every burst error up to 32 bits) and that every section fits the length, before anything is read.
 * A failing check throws {@link IllegalStateException} naming the table and the check; no answer is
 * ever read from a table that failed.
 */
public final class RegistryTable {
  /** Where the build puts the table, relative to the class path root. */
  public static final String RESOURCE = "/io/github/portregistry/internal/registry.bin";

  static final int MAGIC = 0x50524547;
  static final int FORMAT_VERSION = TableCheck.FORMAT_VERSION;
  static final int HEADER_SIZE = 80;
  static final int BUILD_ID_AT = 40;
  static final int PORTS = 65536;

  /** One string checkpoint every this many strings. */
  static final int CHECKPOINT_EVERY = 64;

  /** Entries of a d16 column's blocks (see the class Javadoc); a power of two. */
  static final int D16_BLOCK = 64;

  /** Number of reference kinds the format defines. */
  static final int REFERENCE_KINDS = 6;

  /** Id, name, organization, URI and date of update: the columns of the people section. */
  private static final int PERSON_COLUMNS = 5;

  /** Bit of a person's flags: the stored URI follows {@value #MAILTO}. */
  private static final int PERSON_MAILTO = 1 << 2;

  /** The URI prefix the people section stores as a flag. */
  private static final String MAILTO = "mailto:";

  /** How a column of u16 ids is stored (see the class Javadoc). */
  enum Coding {
    /** {@code d16}: each entry the difference from the row before. */
    ROWS,
    /** {@code x16}: each entry the difference from the same row of the column before. */
    ACROSS,
    /** {@code u16}: the value itself. */
    PLAIN
  }

  /** The string columns of a record, in table order, with their coding. */
  public enum Text {
    /** The service name. */
    SERVICE_NAME(Coding.ROWS, false),
    /** The description. */
    DESCRIPTION(Coding.ACROSS, false),
    /** The assignee. */
    ASSIGNEE(Coding.ROWS, true),
    /** The contact. */
    CONTACT(Coding.ACROSS, true),
    /** The service code. */
    SERVICE_CODE(Coding.PLAIN, false),
    /** Unauthorized use reported. */
    UNAUTHORIZED_USE_REPORTED(Coding.PLAIN, false),
    /** Assignment notes. */
    ASSIGNMENT_NOTES(Coding.PLAIN, false),
    /** The former service, from the notes. */
    FORMERLY(Coding.PLAIN, false);

    final Coding coding;

    /** Whether the column may hold a person reference, an id from S on. */
    final boolean mayNamePerson;

    Text(Coding coding, boolean mayNamePerson) {
      this.coding = coding;
      this.mayNamePerson = mayNamePerson;
    }
  }

  /** The text columns in table order, without the copy that {@code values()} makes a call. */
  private static final Text[] TEXT_COLUMNS = Text.values();

  /** The date columns of a record, in table order. */
  public enum DateColumn {
    REGISTRATION,
    MODIFICATION,
    REMOVAL
  }

  private final byte[] data;
  private final TableCheck check;
  private final int recordCount;
  private final int stringCount;
  private final int recordListCount;
  private final int referenceListCount;
  private final int nameCount;
  private final int personCount;

  /** Where the strings section starts and ends (one past its last terminator). */
  private final int stringsAt;

  private final int stringsEnd;

  /**
   * Offset from {@link #stringsAt} of strings 0, 64, 128, ...: where a scan for string i starts.
   */
  private final int[] stringCheckpoints;

  /**
   * Where every string starts, once something has asked for many strings (the search and name
   * indexes); null before. Volatile: another thread sees either null or the whole array.
   */
  private volatile int[] allStringStarts;

  /** Entry index where each record list starts, and where the last ends. */
  private final int[] recordListStart;

  /** Entry index where each reference list starts, and where the last ends. */
  private final int[] referenceListStart;

  // Where each column starts. The u16 columns are read in place (the d16 ones by summing from
  // their block's first entry, see d16): decoding all 300,000 entries at load cost a first
  // describe() about 11 ms in the interpreter, for the few dozen entries it reads (issue 12).
  private final int flagsAt;
  private final int firstPortAt;
  private final int lastPortAt;
  private final int textAt;
  private final int referenceListAt;
  private final int datesAt;
  private final int recordListEntriesAt;
  private final int referenceListEntriesAt;
  private final int referenceKindsAt;
  private final int portListAt;
  private final int nameListsAt;
  private final int peopleAt;
  private final int personFlagsAt;

  /**
   * Where each service name's bytes start, filled as names are read (see {@link #nameStart}); null
   * until a name is first read. Volatile: another thread sees either null or the whole array.
   */
  private volatile int[] nameStarts;

  /** Where the next section starts while the constructor lays them out. */
  private long cursor;

  private RegistryTable(byte[] data, String name) {
    this.data = data;
    this.check = new TableCheck(name);
    if (data.length < HEADER_SIZE + 4) {
      throw check.failed("length", "only " + data.length + " bytes, shorter than the header");
    }
    check.magic(data, MAGIC);
    check.crc(data);
    check.version(data);
    recordCount = u16(56);
    stringCount = u16(58);
    recordListCount = u16(60);
    referenceListCount = u16(62);
    nameCount = u16(64);
    personCount = u16(66);
    long stringBytes = u32(68) & 0xFFFFFFFFL;
    long recordEntries = u32(72) & 0xFFFFFFFFL;
    long referenceEntries = u32(76) & 0xFFFFFFFFL;

    cursor = HEADER_SIZE;
    int checkpointsAt = section(4L * checkpointCount(stringCount));
    stringsAt = section(stringBytes);
    stringsEnd = (int) Math.min(stringsAt + stringBytes, Integer.MAX_VALUE);
    flagsAt = section(recordCount);
    firstPortAt = section(2L * recordCount);
    lastPortAt = section(2L * recordCount);
    textAt = section(2L * recordCount * TEXT_COLUMNS.length);
    referenceListAt = section(2L * recordCount);
    datesAt = section(2L * recordCount * DateColumn.values().length);
    int recordListLengthsAt = section(2L * recordListCount);
    recordListEntriesAt = section(2L * recordEntries);
    int referenceListLengthsAt = section(2L * referenceListCount);
    referenceListEntriesAt = section(2L * referenceEntries);
    referenceKindsAt = section(referenceEntries);
    portListAt = section(2L * PORTS);
    nameListsAt = section(2L * nameCount);
    peopleAt = section(2L * personCount * PERSON_COLUMNS);
    personFlagsAt = section(personCount);
    if (cursor + 4 != data.length) {
      throw damaged(
          "section sizes",
          "header describes " + (cursor + 4) + " bytes, the table has " + data.length);
    }
    stringCheckpoints = checkpoints(checkpointsAt);
    recordListStart =
        starts(recordListLengthsAt, recordListCount, 0, recordEntries, "record list lengths");
    referenceListStart =
        starts(referenceListLengthsAt, referenceListCount, 0, referenceEntries, "reference lists");
  }

  /**
   * String id of service name {@code index}: the service name of the first record of its list,
   * checked as it is read: a list that is absent or empty fails naming the name.
   */
  private int nameId(int index) {
    int list = nameRecordList(index);
    // A name's spelling is its first record's service name; its list is never empty.
    if (list >= recordListCount || recordListStart[list + 1] == recordListStart[list]) {
      throw damaged("names", "name " + index + " has record list " + list + ", absent or empty");
    }
    int record = recordListEntry(list, 0);
    checkBelow(record, recordCount, "first record of name", index);
    return text(record, Text.SERVICE_NAME);
  }

  /** Claims {@code size} bytes for the next section; overruns are caught by the length check. */
  private int section(long size) {
    long start = cursor;
    cursor += size;
    return (int) Math.min(start, Integer.MAX_VALUE);
  }

  /**
   * Entry {@code i} of the d16 column at {@code at}: the sum, modulo 65,536, of the entries from
   * the first of its block of {@value #D16_BLOCK} (stored whole) to it. At most 64 additions, so a
   * first answer reads the few entries it needs without decoding any column.
   */
  private int d16(int at, int i) {
    byte[] bytes = data;
    int value = 0;
    for (int b = at + 2 * (i & -D16_BLOCK), last = at + 2 * i; b <= last; b += 2) {
      value += (bytes[b] & 0xFF) << 8 | (bytes[b + 1] & 0xFF);
    }
    return value & 0xFFFF;
  }

  /** Number of string checkpoints: one every {@value #CHECKPOINT_EVERY} strings. */
  private static int checkpointCount(int strings) {
    return (strings + CHECKPOINT_EVERY - 1) / CHECKPOINT_EVERY;
  }

  /**
   * Reads the checkpoints, checking what is cheap at load: the first is 0, they never decrease,
   * each is inside the section, and the section ends with a terminator. That the section holds
   * exactly S strings and each checkpoint is exactly its string's start needs a pass over the whole
   * section, which a first answer should not pay: {@link #indexAllStrings} makes it, and {@link
   * #checkIds} (run by the build on every table it compiles, as for every other id) calls it, so a
   * generator that miscounts strings fails the build. Damage after the build is the CRC32's to
   * catch, at load; a scan that would leave the section fails, naming it ({@link #stringStart}).
   */
  private int[] checkpoints(int at) {
    int[] offsets = new int[checkpointCount(stringCount)];
    int before = 0;
    for (int i = 0, b = at; i < offsets.length; i++, b += 4) {
      int offset = u32(b);
      if (i == 0 ? offset != 0 : offset < before || offset >= stringsEnd - stringsAt) {
        throw damaged("strings", "checkpoint " + i + " is " + (offset & 0xFFFFFFFFL));
      }
      offsets[i] = offset;
      before = offset;
    }
    if (stringCount > 0 && (stringsEnd == stringsAt || data[stringsEnd - 1] != 0)) {
      throw damaged("strings", "the section does not end with a 0 byte");
    }
    return offsets;
  }

  /**
   * Where string {@code id} (below S) starts: from its checkpoint, past at most 63 strings. A first
   * {@code describe()} reads a few dozen strings, so it never scans the whole 485 KB section; the
   * indexes that read every string call {@link #indexAllStrings} first.
   */
  private int stringStart(int id) {
    int[] all = allStringStarts;
    if (all != null) {
      return all[id];
    }
    byte[] bytes = data;
    int b = stringsAt + stringCheckpoints[id / CHECKPOINT_EVERY];
    for (int k = id % CHECKPOINT_EVERY; k > 0; k--) {
      while (bytes[b] != 0) { // stops at the latest at the section's last byte, a 0 (load checks)
        b++;
      }
      b++;
      if (b >= stringsEnd) {
        throw damaged("strings", "string " + id + " lies past the end of the section");
      }
    }
    return b;
  }

  /** Where the string starting at {@code start} ends: its terminator. */
  private int stringEnd(int start) {
    byte[] bytes = data;
    int b = start;
    while (bytes[b] != 0) {
      b++;
    }
    return b;
  }

  /**
   * Finds where every string starts, in one pass over the section, for callers about to read all of
   * them (the search index, the name index, {@link #checkIds}); later reads use the result. Checks
   * that the section holds exactly S strings, each ended by a 0 byte, and that every checkpoint is
   * its string's start.
   *
   * @throws IllegalStateException naming the table when it does not
   */
  public void indexAllStrings() {
    if (allStringStarts != null) {
      return;
    }
    int[] start = new int[stringCount + 1];
    byte[] bytes = data;
    int n = 0;
    start[0] = stringsAt;
    for (int b = stringsAt; b < stringsEnd; b++) {
      if (bytes[b] == 0) {
        if (n == stringCount) {
          break; // counted below as too many
        }
        start[++n] = b + 1;
      }
    }
    if (n != stringCount || start[n] != stringsEnd) {
      throw damaged(
          "strings",
          "the section of "
              + (stringsEnd - stringsAt)
              + " bytes does not hold exactly "
              + stringCount
              + " strings each ended by a 0 byte");
    }
    for (int i = 0; i < stringCheckpoints.length; i++) {
      if (stringsAt + stringCheckpoints[i] != start[i * CHECKPOINT_EVERY]) {
        throw damaged(
            "strings", "checkpoint " + i + " is not the start of string " + i * CHECKPOINT_EVERY);
      }
    }
    allStringStarts = start;
  }

  /** Sums {@code count} u16 lengths into start positions, checking that they add up to total. */
  private int[] starts(int lengthsAt, int count, int base, long total, String what) {
    int[] start = new int[count + 1];
    long next = base;
    byte[] bytes = data;
    for (int i = 0, b = lengthsAt; i < count; i++, b += 2) {
      start[i] = (int) next;
      next += (bytes[b] & 0xFF) << 8 | (bytes[b + 1] & 0xFF);
    }
    start[count] = (int) next;
    if (next - base != total) {
      throw damaged(what, "they add up to " + (next - base) + ", the header says " + total);
    }
    return start;
  }

  /**
   * Loads the table from {@link #RESOURCE} and checks that it comes from the same build as the
   * status table ({@link BuildIdentity}).
   *
   * @throws IllegalStateException when the resource is missing, damaged or of another build
   */
  public static RegistryTable load() {
    RegistryTable table = decode(TableCheck.read(RESOURCE), RESOURCE);
    BuildIdentity.check(RESOURCE, table.buildId());
    return table;
  }

  /**
   * Verifies and wraps table bytes (not copied: the caller must not change them afterwards).
   *
   * @param data the table
   * @param name what to call the table in error messages
   * @throws IllegalStateException naming {@code name} and the failed check when damaged
   */
  public static RegistryTable decode(byte[] data, String name) {
    return new RegistryTable(data, name);
  }

  /**
   * Checks that every stored id points inside its section and every code is defined. Not run at
   * load, where the CRC32 already proves the bytes are the generator's and this walk would cost
   * milliseconds of the first lookup; the build runs it on every table it compiles (see the table
   * invariants test), so a generator bug fails the build instead of answering wrongly.
   *
   * @throws IllegalStateException naming the first id out of range
   */
  public void checkIds() {
    indexAllStrings();
    for (int r = 0; r < recordCount; r++) {
      for (Text t : Text.values()) {
        // Assignee and contact may name a person: ids S to S + P - 1.
        int limit = t.mayNamePerson ? stringCount + personCount : stringCount;
        checkBelow(text(r, t), limit, "string id of record", r);
      }
      checkBelow(referenceList(r), referenceListCount, "reference list of record", r);
      int flags = flags(r);
      if ((flags & 7) > 4 || (flags >>> 4) > 2 || firstPort(r) > lastPort(r)) {
        throw damaged(
            "record " + r,
            String.format("flags %02X, ports %d-%d", flags, firstPort(r), lastPort(r)));
      }
    }
    for (int e = 0; e < recordListStart[recordListCount]; e++) {
      checkBelow(d16(recordListEntriesAt, e), recordCount, "record list entry", e);
    }
    for (int e = 0; e < referenceListStart[referenceListCount]; e++) {
      checkBelow(d16(referenceListEntriesAt, e), stringCount, "reference list entry", e);
      checkBelow(data[referenceKindsAt + e] & 0xFF, REFERENCE_KINDS, "reference kind", e);
    }
    for (int p = 0; p < PORTS; p++) {
      checkBelow(portRecordList(p), recordListCount, "record list of port", p);
    }
    for (int i = 0; i < personCount * 4; i++) {
      checkBelow(
          personText(i % personCount, i / personCount),
          stringCount,
          "string id of person",
          i % personCount);
    }
    for (int p = 0; p < personCount; p++) {
      int flags = personFlags(p);
      checkBelow(flags & 3, 3, "id source of person", p);
      checkBelow(flags, 8, "flags of person", p);
    }
    for (int i = 0; i < nameCount; i++) {
      int id = nameId(i);
      checkBelow(id, stringCount, "string id of name", i);
      checkBelow(nameRecordList(i), recordListCount, "record list of name", i);
      int start = stringStart(id);
      for (int b = start, end = stringEnd(start); b < end; b++) {
        // Names are ASCII (the generator checks): NameIndex folds case in ASCII only.
        checkBelow(data[b] & 0xFF, 0x80, "byte of name", i);
      }
      // A first byServiceName searches the names by halves: they must be in folded order.
      if (i > 0 && compareFoldedNames(i - 1, i) >= 0) {
        throw damaged(
            "names", "name " + i + " is not after name " + (i - 1) + " in ASCII lower case");
      }
    }
  }

  /** Names {@code a} and {@code b} compared in ASCII lower case, as the generator sorts them. */
  private int compareFoldedNames(int a, int b) {
    int lengthA = nameLength(a);
    int lengthB = nameLength(b);
    for (int i = 0; i < Math.min(lengthA, lengthB); i++) {
      int x = NameIndex.lower((char) nameByte(a, i)); // the fold the search compares with
      int y = NameIndex.lower((char) nameByte(b, i));
      if (x != y) {
        return x - y;
      }
    }
    return lengthA - lengthB;
  }

  /** Called about a million times by checkIds: builds its message only when the check fails. */
  private void checkBelow(int value, int limit, String what, int index) {
    if (value >= limit) {
      throw damaged("ids", what + " " + index + " is " + value + ", not below " + limit);
    }
  }

  private IllegalStateException damaged(String what, String detail) {
    return check.failed(what, detail);
  }

  private int u16(int at) {
    return TableCheck.u16(data, at);
  }

  private int u32(int at) {
    return TableCheck.u32(data, at);
  }

  /** Packed data date (see the class Javadoc). */
  public int dataDate() {
    return u16(6);
  }

  /** SHA-256 of the source registry file, lower-case hex. */
  public String sourceSha256() {
    return TableCheck.hex(data, 8, 32);
  }

  /** The build id, lower-case hex: equal to the status table's when both come from one build. */
  public String buildId() {
    return TableCheck.hex(data, BUILD_ID_AT, BuildIdentity.LENGTH);
  }

  /** Number of records, R. */
  public int recordCount() {
    return recordCount;
  }

  /** Number of distinct service names, N. */
  public int nameCount() {
    return nameCount;
  }

  /** The record list id of the records covering {@code port}. */
  public int portRecordList(int port) {
    return d16(portListAt, port);
  }

  /** Length of record list {@code list}. */
  public int recordListSize(int list) {
    return recordListStart[list + 1] - recordListStart[list];
  }

  /** Record id at {@code index} of record list {@code list}. */
  public int recordListEntry(int list, int index) {
    return d16(recordListEntriesAt, recordListStart[list] + index);
  }

  /** Length of reference list {@code list}. */
  public int referenceListSize(int list) {
    return referenceListStart[list + 1] - referenceListStart[list];
  }

  /** String id at {@code index} of reference list {@code list}. */
  public int referenceListEntry(int list, int index) {
    return d16(referenceListEntriesAt, referenceListStart[list] + index);
  }

  /**
   * Kind of the reference at {@code index} of reference list {@code list}: 0 rfc, 1 person, 2 uri,
   * 3 draft, 4 note, 5 text.
   */
  public int referenceKind(int list, int index) {
    return data[referenceKindsAt + referenceListStart[list] + index];
  }

  /** Number of people, P. */
  public int personCount() {
    return personCount;
  }

  /**
   * String id of a field of person {@code p} (in id order), as stored: 0 id (whole or a suffix, see
   * {@link #personId}), 1 name, 2 organization, 3 URI (perhaps without "mailto:", see {@link
   * #personUri}).
   */
  public int personText(int p, int field) {
    return d16(peopleAt + 2 * field * personCount, p);
  }

  private int personFlags(int p) {
    return data[personFlagsAt + p] & 0xFF;
  }

  /**
   * The id of person {@code p}, rebuilt from its name or organization where the table stores only
   * the suffix (see the class Javadoc): "Jon_Postel".
   */
  public String personId(int p) {
    int source = personFlags(p) & 3;
    String stored = string(personText(p, 0));
    return source == 0 ? stored : idStem(string(personText(p, source))) + stored;
  }

  /** The URI field of person {@code p} as the registry writes it: "mailto:postel&isi.edu". */
  public String personUri(int p) {
    String stored = string(personText(p, 3));
    return (personFlags(p) & PERSON_MAILTO) != 0 ? MAILTO + stored : stored;
  }

  /**
   * A name spelled as the registry spells ids: ' ' as '_', '.' and ',' dropped. The generator's
   * {@code TableWriter.personIdStem} has the same rule; the two change together.
   */
  private static String idStem(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ') {
        b.append('_');
      } else if (c != '.' && c != ',') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Packed date person {@code p} was last updated, 0 for none. */
  public int personUpdated(int p) {
    return d16(peopleAt + 2 * 4 * personCount, p);
  }

  /**
   * The person with that id (as references write it, without brackets), by binary search; -1 when
   * the registry lists no such person.
   */
  public int findPerson(String id) {
    int low = 0;
    int high = personCount - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = personId(mid).compareTo(id);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Flags byte of record {@code r} (see the class Javadoc). */
  public int flags(int r) {
    return data[flagsAt + r] & 0xFF;
  }

  /** First port of record {@code r}. */
  public int firstPort(int r) {
    return d16(firstPortAt, r);
  }

  /** Last port of record {@code r}. */
  public int lastPort(int r) {
    return d16(lastPortAt, r);
  }

  /** String id of a text column of record {@code r}. */
  public int text(int r, Text column) {
    int c = column.ordinal();
    int at = textAt + 2 * c * recordCount;
    // if, not a switch: a switch on an enum loads a synthetic class on the first describe()
    if (column.coding == Coding.ROWS) {
      return d16(at, r);
    }
    int stored = u16(at + 2 * r);
    // ACROSS: the difference from the same record's column before
    return column.coding == Coding.ACROSS
        ? (text(r, TEXT_COLUMNS[c - 1]) + stored) & 0xFFFF
        : stored;
  }

  /** Reference list id of record {@code r}. */
  public int referenceList(int r) {
    return d16(referenceListAt, r);
  }

  /** Packed date of a date column of record {@code r}, 0 for none. */
  public int date(int r, DateColumn column) {
    return d16(datesAt + 2 * column.ordinal() * recordCount, r);
  }

  /**
   * String {@code id}, decoded: one of the S stored strings, or for ids from S on the reference to
   * person {@code id - S} as the registry writes it, "[Jon_Postel]".
   */
  public String string(int id) {
    if (id >= stringCount) {
      return "[" + personId(id - stringCount) + "]";
    }
    int start = stringStart(id);
    return new String(data, start, stringEnd(start) - start, StandardCharsets.UTF_8);
  }

  /** The record list id of service name {@code index}. */
  public int nameRecordList(int index) {
    return d16(nameListsAt, index);
  }

  /** Length in bytes (and chars: names are ASCII) of service name {@code index}. */
  int nameLength(int index) {
    int start = nameStart(index);
    return stringEnd(start) - start;
  }

  /** Byte {@code i} of service name {@code index}. */
  byte nameByte(int index, int i) {
    return data[nameStart(index) + i];
  }

  /**
   * Where service name {@code index} starts, found once a name: binary search and the name index
   * read a name byte by byte. A racy cache, as {@code String.hash} is: every thread computes the
   * same value, an int is written whole, and 0 (never a start: the header comes first) means not
   * yet computed.
   */
  private int nameStart(int index) {
    int[] starts = nameStarts;
    if (starts == null) {
      starts = new int[nameCount];
      nameStarts = starts; // a racing thread may drop this one's entries: they are recomputed
    }
    int start = starts[index];
    if (start == 0) {
      start = stringStart(nameId(index));
      starts[index] = start;
    }
    return start;
  }
}
