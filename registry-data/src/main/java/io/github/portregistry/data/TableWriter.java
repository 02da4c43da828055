package io.github.portregistry.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes the compiled registry table. The format is documented byte by byte in the runtime reader,
 * {@code io.github.portregistry.internal.RegistryTable}; this class and that Javadoc change
 * together, and {@link #FORMAT_VERSION} changes with any change to the layout.
 *
 * <p>Output is a pure function of the CSV: strings, lists and names are numbered in order of first
 * use or sorted, never in hash order, so the same CSV always gives the same bytes.
 */
public final class TableWriter {
  /** "PREG": port registry, the records table. */
  public static final int MAGIC = 0x50524547;

  /** "PSTA": port status, the small table the first lookup needs. */
  public static final int STATUS_MAGIC = 0x50535441;

  /** Bumped on any change to the layout; the reader rejects any other value. */
  public static final int FORMAT_VERSION = 6;

  /** Size of the records table's header, before the first section. */
  static final int HEADER_SIZE = 80;

  /** Where the records table keeps the build id. */
  public static final int BUILD_ID_AT = 40;

  /** Size of the status table's header, before the status bytes. */
  static final int STATUS_HEADER_SIZE = 59;

  /** Where the status table keeps the build id. */
  public static final int STATUS_BUILD_ID_AT = 42;

  /** Length of the build id that ties the tables of one build together. */
  public static final int BUILD_ID_LENGTH = 16;

  /** The records table stores the offset of every this many strings (its "checkpoints"). */
  static final int STRING_CHECKPOINT_EVERY = 64;

  /** Entries of a d16 column's blocks: the first of each is stored whole (see writeColumn). */
  static final int D16_BLOCK = 64;

  /** Number of ports, 0-65535. */
  static final int PORTS = 65536;

  /** Largest value of every u16 count and id in the format. */
  static final int U16_LIMIT = 0xFFFF;

  /** Protocols in encoding order; index 0 of a record's protocol code means "all four". */
  static final List<String> PROTOCOLS = List.of("tcp", "udp", "sctp", "dccp");

  private final NormalizedRegistry csv;
  private final Pool<String> strings = new Pool<>();
  private final Pool<List<Integer>> recordLists = new Pool<>();
  private final Pool<List<Integer>> referenceLists = new Pool<>();

  private TableWriter(NormalizedRegistry csv) {
    this.csv = csv;
    strings.id("");
    recordLists.id(List.of());
    referenceLists.id(List.of());
  }

  /**
   * The two files of a compiled registry.
   *
   * @param records the records table, {@code registry.bin}
   * @param status the port status table, {@code status.bin}
   */
  public record Tables(byte[] records, byte[] status) {
    /**
     * The build id both tables carry: the first 16 bytes of the SHA-256 of both tables (status
     * first) with their build id fields zeroed and their CRC32s left out. A third table written for
     * the same build (the history table) stores it too, so that the runtime can refuse to answer
     * from tables of two builds.
     */
    public byte[] buildId() {
      return buildIdOf(status);
    }
  }

  /** The build id stored in a status table (see {@link Tables#buildId()}). */
  public static byte[] buildIdOf(byte[] statusTable) {
    return Arrays.copyOfRange(
        statusTable, STATUS_BUILD_ID_AT, STATUS_BUILD_ID_AT + BUILD_ID_LENGTH);
  }

  /**
   * Compiles the registry into both tables in one pass.
   *
   * @throws RegistryCsvException when the registry outgrows one of the format's u16 counts, at the
   *     record where it does (or the last record, for counts no single record can be blamed for)
   */
  public static Tables compile(NormalizedRegistry csv) {
    TableWriter writer = new TableWriter(csv);
    byte[] status = new byte[PORTS];
    TableOutput records = writer.write(status);
    TableOutput statusTable = writeStatus(csv, status);
    byte[] id = buildId(statusTable, records);
    statusTable.patch(STATUS_BUILD_ID_AT, id);
    records.patch(BUILD_ID_AT, id);
    return new Tables(records.toByteArrayWithCrc(), statusTable.toByteArrayWithCrc());
  }

  /** Hashes both tables while their build id fields are still zero. */
  private static byte[] buildId(TableOutput status, TableOutput records) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      status.feed(sha);
      records.feed(sha);
      return Arrays.copyOf(sha.digest(), BUILD_ID_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The port status table, laid out as {@code PortStatusTable}'s Javadoc documents: magic "PSTA",
   * format version, data date, record count, the source's SHA-256, the build id (zero here, filled
   * in once both tables are written), the form, 65,536 status bytes; the CRC32 follows. It is a
   * separate, small file so that {@code status} and {@code lookup} answer without reading the
   * records' text.
   */
  private static TableOutput writeStatus(NormalizedRegistry csv, byte[] status) {
    TableOutput out = new TableOutput(PORTS + STATUS_HEADER_SIZE + 4);
    out.writeInt(STATUS_MAGIC);
    out.writeShort(FORMAT_VERSION);
    out.writeShort(packDate(Optional.of(csv.dataDate())));
    out.writeShort(csv.records().size());
    out.write(HexFormat.of().parseHex(csv.sha256()));
    out.write(new byte[BUILD_ID_LENGTH]);
    out.writeByte(formCode(csv.form()));
    out.write(status);
    return out;
  }

  /** The form's code in the status table's header: its place in {@link RegistryForm}. */
  static int formCode(RegistryForm form) {
    return form.ordinal();
  }

  static String asciiLowerCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return b.toString();
  }

  /** Writes the records table (without its CRC32); fills {@code portStatus} on the way. */
  private TableOutput write(byte[] portStatus) {
    List<RegistryRecord> records = csv.records();
    int n = records.size(); // the readers allow at most 65,535

    // Columns first: this numbers the strings in registry order.
    TextColumn[] textColumns = TextColumn.values();
    // People sorted by id, so that the runtime finds one by binary search; an assignee or contact
    // that names exactly one person ("[Jon_Postel]") points at the person instead of at a string:
    // 5,564 such strings were a fifth of the table's deflated text, and the people section already
    // spells every id.
    List<Person> people = new ArrayList<>(csv.people());
    people.sort(Comparator.comparing(Person::id));
    Map<String, Integer> personByReference = new HashMap<>();
    for (int p = 0; p < people.size(); p++) {
      personByReference.put("[" + people.get(p).id() + "]", p);
    }
    int[][] textIds = new int[textColumns.length][n];
    int[] referenceListIds = new int[n];
    for (int r = 0; r < n; r++) {
      RegistryRecord rec = records.get(r);
      for (int c = 0; c < textColumns.length; c++) {
        String text = textColumns[c].field.apply(rec);
        Integer person = textColumns[c].mayNamePerson ? personByReference.get(text) : null;
        // A person for now as -1 - p: it becomes S + p once the string count S is known.
        textIds[c][r] = person != null ? -1 - person : strings.id(text);
      }
      List<Integer> refs = new ArrayList<>();
      for (Reference ref : rec.references()) {
        // Kind and string in one entry, so that equal lists of references share an id.
        refs.add(ref.kind().ordinal() << 16 | strings.id(ref.text()));
      }
      referenceListIds[r] = referenceLists.id(refs);
      checkLimit("distinct strings", strings.size(), rec);
      checkLimit("reference lists", referenceLists.size(), rec);
    }

    int[] portRecordList = new int[PORTS];
    compilePorts(records, portStatus, portRecordList);

    // Names sorted by their case-folded form; each maps to its records in registry order.
    TreeMap<String, List<Integer>> byName = new TreeMap<>();
    for (int r = 0; r < n; r++) {
      String name = records.get(r).serviceName();
      if (!name.isEmpty()) {
        byName.computeIfAbsent(asciiLowerCase(name), k -> new ArrayList<>()).add(r);
      }
    }
    // Each name's spelling is not stored: it is the service name of its list's first record.
    int[] nameListIds = new int[byName.size()];
    int i = 0;
    for (List<Integer> named : byName.values()) {
      nameListIds[i++] = recordLists.id(named);
    }
    checkLimit("record lists", recordLists.size(), records.get(n - 1));

    int[][] personIds = new int[4][people.size()];
    int[] personDates = new int[people.size()];
    byte[] personFlags = new byte[people.size()];
    for (int p = 0; p < people.size(); p++) {
      Person person = people.get(p);
      String id = person.id();
      int idSource = personIdSource(person);
      if (idSource != 0) {
        // Most ids are the name (or organization) spelled as an id: store only what follows it.
        id =
            id.substring(
                personIdStem(idSource == 1 ? person.name() : person.organization()).length());
      }
      String uri = person.uri();
      boolean mailto = uri.startsWith(MAILTO);
      personIds[0][p] = strings.id(id);
      personIds[1][p] = strings.id(person.name());
      personIds[2][p] = strings.id(person.organization());
      personIds[3][p] = strings.id(mailto ? uri.substring(MAILTO.length()) : uri);
      personDates[p] = packDate(person.updated());
      personFlags[p] = (byte) (idSource | (mailto ? PERSON_MAILTO : 0));
      checkLimit("distinct strings", strings.size(), records.get(n - 1));
    }
    checkLimit("people", people.size(), records.get(n - 1));
    // Person references are numbered after the strings: S + p.
    checkLimit("distinct strings and people", strings.size() + people.size(), records.get(n - 1));
    for (int[] column : textIds) {
      for (int r = 0; r < n; r++) {
        if (column[r] < 0) {
          column[r] = strings.size() + (-1 - column[r]);
        }
      }
    }

    TableOutput out = new TableOutput(4 * PORTS);
    List<byte[]> utf8 = new ArrayList<>();
    int stringBytes = 0;
    for (String s : strings.values()) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8); // the readers allow 65,535 bytes a field
      utf8.add(b);
      stringBytes += b.length + 1;
    }
    // Header
    out.writeInt(MAGIC);
    out.writeShort(FORMAT_VERSION);
    out.writeShort(packDate(Optional.of(csv.dataDate())));
    out.write(HexFormat.of().parseHex(csv.sha256()));
    out.write(new byte[BUILD_ID_LENGTH]); // filled in once both tables are written
    out.writeShort(n);
    out.writeShort(strings.size());
    out.writeShort(recordLists.size());
    out.writeShort(referenceLists.size());
    out.writeShort(byName.size());
    out.writeShort(people.size());
    out.writeInt(stringBytes);
    out.writeInt(entryCount(recordLists));
    out.writeInt(entryCount(referenceLists));
    // Strings, each followed by a 0 byte (no field holds U+0000: Limits.checkField refuses it). A
    // terminator deflates to a few bits where a u16 length took about a byte; the reader finds a
    // string from the checkpoint before it, the offset of every 64th string.
    int offset = 0;
    for (int s = 0; s < utf8.size(); s++) {
      if (s % STRING_CHECKPOINT_EVERY == 0) {
        out.writeInt(offset);
      }
      offset += utf8.get(s).length + 1;
    }
    for (byte[] b : utf8) {
      out.write(b);
      out.writeByte(0);
    }
    // Records, column by column
    for (RegistryRecord rec : records) {
      out.writeByte(flags(rec));
    }
    writeColumn(out, records.stream().mapToInt(r -> Math.max(r.firstPort(), 0)).toArray());
    writeColumn(out, records.stream().mapToInt(r -> Math.max(r.lastPort(), 0)).toArray());
    for (int c = 0; c < textIds.length; c++) {
      switch (TextColumn.values()[c].coding) {
        case ROWS -> writeColumn(out, textIds[c]);
        case ACROSS -> writeDifferences(out, textIds[c], textIds[c - 1]);
        case PLAIN -> writePlain(out, textIds[c]);
      }
    }
    writeColumn(out, referenceListIds);
    writeColumn(out, records.stream().mapToInt(r -> packDate(r.registrationDate())).toArray());
    writeColumn(out, records.stream().mapToInt(r -> packDate(r.modificationDate())).toArray());
    writeColumn(out, records.stream().mapToInt(r -> packDate(r.removalDate())).toArray());
    // Lists
    writeLists(out, recordLists);
    writeReferenceLists(out);
    // Ports (their status is in the status table only)
    writeColumn(out, portRecordList);
    // Service names
    writeColumn(out, nameListIds);
    // People
    for (int[] column : personIds) {
      writeColumn(out, column);
    }
    writeColumn(out, personDates);
    out.write(personFlags);
    return out;
  }

  /** The prefix nearly every person's URI has (5,550 of 5,615), stored as a flag instead. */
  static final String MAILTO = "mailto:";

  /** Bit of a person's flags: the URI is {@link #MAILTO} followed by the stored string. */
  static final int PERSON_MAILTO = 1 << 2;

  /**
   * Where a person's id comes from, bits 0-1 of its flags: 0 stored whole, 1 the name's {@link
   * #personIdStem} followed by the stored string, 2 the organization's. The registry's ids are
   * mostly made that way (Jon Postel is "Jon_Postel", a second Bruce Davie "Bruce_Davie_2"), so the
   * id column shrinks to a few shared suffixes such as "" and "_2". Name first, then organization;
   * a stem counts only when the id is the stem or the stem and "_" something.
   */
  static int personIdSource(Person person) {
    String[] sources = {person.name(), person.organization()};
    for (int i = 0; i < sources.length; i++) {
      String stem = personIdStem(sources[i]);
      String id = person.id();
      if (!stem.isEmpty()
          && id.startsWith(stem)
          && (id.length() == stem.length() || id.charAt(stem.length()) == '_')) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * A name spelled as the registry spells ids: every space replaced by '_', every '.' and ','
   * dropped ("Steven W. Clark" gives "Steven_W_Clark"). The runtime's {@code RegistryTable} has the
   * same rule; the two change together.
   */
  static String personIdStem(String name) {
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

  /**
   * Lengths, then the string ids of all entries (a d16 column), then their kinds (one byte each,
   * {@link Reference.Kind} ordinals).
   */
  private void writeReferenceLists(TableOutput out) {
    List<Integer> entries = new ArrayList<>();
    for (List<Integer> l : referenceLists.values()) {
      out.writeShort(l.size());
      entries.addAll(l);
    }
    writeColumn(out, entries.stream().mapToInt(e -> e & 0xFFFF).toArray());
    for (int e : entries) {
      out.writeByte(e >>> 16);
    }
  }

  /**
   * How full the table's u16 counts are, read back from a written table's header: the "current use"
   * that the format's Javadoc quotes, printed by the generator at every build.
   */
  public static String usage(byte[] table) {
    ByteBuffer header = ByteBuffer.wrap(table);
    String[] names = {
      "records", "distinct strings", "record lists", "reference lists", "names", "people"
    };
    StringBuilder b = new StringBuilder("table capacity used:");
    for (int i = 0; i < names.length; i++) {
      int count = header.getShort(BUILD_ID_AT + BUILD_ID_LENGTH + 2 * i) & 0xFFFF;
      b.append(
          String.format(
              Locale.ROOT,
              " %s %,d/%,d (%d%%)%s",
              names[i],
              count,
              U16_LIMIT,
              Math.round(100.0 * count / U16_LIMIT),
              i < names.length - 1 ? "," : ""));
    }
    // Strings and people share one u16 id space (a person reference is S + p).
    int ids =
        (header.getShort(BUILD_ID_AT + BUILD_ID_LENGTH + 2) & 0xFFFF)
            + (header.getShort(BUILD_ID_AT + BUILD_ID_LENGTH + 10) & 0xFFFF);
    b.append(
        String.format(
            Locale.ROOT,
            "; string ids (strings and people) %,d/%,d (%d%%)",
            ids,
            U16_LIMIT,
            Math.round(100.0 * ids / U16_LIMIT)));
    return b.toString();
  }

  /**
   * Fills the per-port status bytes (two bits a protocol: 0 unassigned, 1 reserved, 2 assigned; TCP
   * in the low bits) and the list of records covering each port, in registry order.
   *
   * <p>The lists are built in two int arrays, not a boxed list per port: first how many records
   * cover each port (by a difference array, two steps a record whatever its range), then the record
   * numbers in one array of that total size. The {@link Normalizer} has capped the records on one
   * port at {@link Limits#MAX_RECORDS_PER_PORT}, so the total is at most 64 times 65,536; a list is
   * boxed only where it differs from the previous port's, as it does at the ends of ranges.
   */
  private void compilePorts(List<RegistryRecord> records, byte[] status, int[] listIds) {
    int[] start = new int[PORTS + 1];
    for (RegistryRecord rec : records) {
      if (rec.hasPort()) {
        start[rec.firstPort() + 1]++;
        if (rec.lastPort() + 2 <= PORTS) {
          start[rec.lastPort() + 2]--;
        }
      }
    }
    // start[p + 1] holds the change in coverage at p; two running sums turn it into offsets.
    int covering = 0;
    for (int p = 0; p < PORTS; p++) {
      covering += start[p + 1];
      start[p + 1] = start[p] + covering;
    }
    int[] entries = new int[start[PORTS]];
    int[] filled = new int[PORTS];
    for (int r = 0; r < records.size(); r++) {
      RegistryRecord rec = records.get(r);
      if (!rec.hasPort()) {
        continue;
      }
      int code = 2 - rec.kind().ordinal();
      int protocol = protocolCode(rec);
      for (int p = rec.firstPort(); p <= rec.lastPort(); p++) {
        entries[start[p] + filled[p]++] = r;
        for (int proto = 0; proto < PROTOCOLS.size(); proto++) {
          if (protocol == 0 || protocol == proto + 1) {
            int shift = 2 * proto;
            int current = (status[p] >>> shift) & 3;
            if (code > current) {
              status[p] = (byte) ((status[p] & ~(3 << shift)) | (code << shift));
            }
          }
        }
      }
    }
    for (int p = 0; p < PORTS; p++) {
      if (p > 0
          && Arrays.equals(entries, start[p - 1], start[p], entries, start[p], start[p + 1])) {
        listIds[p] = listIds[p - 1];
        continue;
      }
      List<Integer> list = new ArrayList<>(start[p + 1] - start[p]);
      for (int i = start[p]; i < start[p + 1]; i++) {
        list.add(entries[i]);
      }
      listIds[p] = recordLists.id(list); // list 0 is the empty list
    }
  }

  private static int flags(RegistryRecord rec) {
    return protocolCode(rec) | (rec.hasPort() ? 1 << 3 : 0) | rec.kind().ordinal() << 4;
  }

  /** 0 for a record of every protocol, else its index in {@link #PROTOCOLS} + 1. */
  private static int protocolCode(RegistryRecord rec) {
    return rec.protocol().isEmpty() ? 0 : PROTOCOLS.indexOf(rec.protocol()) + 1;
  }

  /**
   * A date in 16 bits: {@code (year - 1970) << 9 | month << 5 | day}, day 0 for month precision,
   * and 0 for no date (month is never 0 in a real date, so 0 is free).
   */
  static int packDate(Optional<CsvDate> date) {
    return date.map(d -> (d.year() - Limits.MIN_YEAR) << 9 | d.month() << 5 | d.day()).orElse(0);
  }

  private static int entryCount(Pool<List<Integer>> lists) {
    int total = 0;
    for (List<Integer> l : lists.values()) {
      total += l.size();
    }
    return total;
  }

  /**
   * Lengths first, then the entries of all lists end to end. Lengths rather than offsets because
   * they are small and repetitive, so the jar's deflate shrinks them to almost nothing.
   */
  private static void writeLists(TableOutput out, Pool<List<Integer>> lists) {
    List<Integer> entries = new ArrayList<>();
    for (List<Integer> l : lists.values()) {
      out.writeShort(l.size()); // at most 65,535: a list holds records, or strings of one field
      entries.addAll(l);
    }
    writeColumn(out, entries.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * A u16 column, delta-coded in blocks: each value is written as its difference from the one
   * before, modulo 2^16, except the first of every block of {@value #D16_BLOCK}, written as itself.
   * Ids and ports mostly grow by 0 or 1 from row to row, so the deltas are a few distinct small
   * numbers that the jar's deflate shrinks several times better than the values; the restarts let
   * the reader read any entry in place, summing at most {@value #D16_BLOCK} of them, instead of
   * decoding every column at load (issue 12).
   */
  private static void writeColumn(TableOutput out, int[] values) {
    int previous = 0;
    for (int i = 0; i < values.length; i++) {
      if (i % D16_BLOCK == 0) {
        previous = 0;
      }
      out.writeShort((values[i] - previous) & 0xFFFF);
      previous = values[i];
    }
  }

  /** How a u16 column of ids is written: each a different bet on what deflates smallest. */
  enum Coding {
    /** d16: the difference from the row before (ids pooled in registry order mostly grow by 1). */
    ROWS,
    /** x16: the difference from the same row of the column before. */
    ACROSS,
    /** u16: the value itself (a column that is mostly 0, string 0 being "", deflates best so). */
    PLAIN
  }

  /**
   * The text columns of a record, in table order, each with its coding and whether it may point at
   * a person (as the runtime's {@code RegistryTable.Text}). A description's string is pooled right
   * after its service name's, so its id is mostly the name's plus one (ACROSS); the contact is
   * mostly the assignee (ACROSS); service code, unauthorized use, notes and formerly are empty in
   * over 90% of records (PLAIN: a delta column would store each non-empty value twice, up and back
   * down). Measured on the XML of 2026-08-17: the eight columns deflate to 35,706 bytes; all d16
   * but columns 1-3 x16 gave 41,845.
   */
  enum TextColumn {
    SERVICE_NAME(RegistryRecord::serviceName, Coding.ROWS, false),
    DESCRIPTION(RegistryRecord::description, Coding.ACROSS, false),
    ASSIGNEE(RegistryRecord::assignee, Coding.ROWS, true),
    CONTACT(RegistryRecord::contact, Coding.ACROSS, true),
    SERVICE_CODE(RegistryRecord::serviceCode, Coding.PLAIN, false),
    UNAUTHORIZED_USE_REPORTED(RegistryRecord::unauthorizedUseReported, Coding.PLAIN, false),
    ASSIGNMENT_NOTES(RegistryRecord::assignmentNotes, Coding.PLAIN, false),
    FORMERLY(RegistryRecord::formerly, Coding.PLAIN, false);

    final Function<RegistryRecord, String> field;
    final Coding coding;
    final boolean mayNamePerson;

    TextColumn(Function<RegistryRecord, String> field, Coding coding, boolean mayNamePerson) {
      this.field = field;
      this.coding = coding;
      this.mayNamePerson = mayNamePerson;
    }
  }

  /** A u16 column of the values as they are. */
  private static void writePlain(TableOutput out, int[] values) {
    for (int v : values) {
      out.writeShort(v);
    }
  }

  /** A u16 column of each value's difference from the same row of {@code base}, modulo 2^16. */
  private static void writeDifferences(TableOutput out, int[] values, int[] base) {
    for (int r = 0; r < values.length; r++) {
      out.writeShort((values[r] - base[r]) & 0xFFFF);
    }
  }

  /**
   * Fails the build when a u16 count of the format overflows, naming the count and the record at
   * which it did: the generator's one exception for a registry it cannot compile.
   */
  private void checkLimit(String what, int value, RegistryRecord at) {
    if (value > U16_LIMIT) {
      throw new RegistryCsvException(
          csv.fileName(),
          at.line(),
          1,
          "the registry has more than "
              + U16_LIMIT
              + " "
              + what
              + " by this record, more than the table format holds; widen the field in"
              + " TableWriter and RegistryTable and bump FORMAT_VERSION");
    }
  }

  /** Numbers distinct values in order of first use. */
  private static final class Pool<T> {
    private final Map<T, Integer> ids = new LinkedHashMap<>();

    int id(T value) {
      return ids.computeIfAbsent(value, v -> ids.size());
    }

    int size() {
      return ids.size();
    }

    Iterable<T> values() {
      return ids.keySet();
    }
  }
}
