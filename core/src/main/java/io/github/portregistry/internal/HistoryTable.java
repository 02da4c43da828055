package io.github.portregistry.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The history table, read from the resource {@value #RESOURCE}: for every port and protocol, the
 * periods during which the registry's snapshots, oldest first, said the same thing. Loaded only
 * when history is first asked for; {@code status} and {@code lookup} never read it.
 *
 * <p>Read in place: loading checks the CRC32, the header and the few block starts, and decodes
 * nothing else; each answer reads only the entries it needs, summing at most one block of 64 small
 * numbers for any one of them. A first {@code describe()} thus pays for inflating the table and for
 * one port, not for decoding over 100,000 entries in the interpreter (issue 12).
 *
 * <h2>Format, version 3</h2>
 *
 * All integers are big-endian and unsigned. Two kinds of section are read in blocks of 64 entries:
 *
 * <ul>
 *   <li>A <em>u16 column</em> of n entries is n u16s, delta-coded within each block: the first
 *       entry of a block (entries 0, 64, 128, ...) is stored as its value, every other entry as its
 *       difference from the entry before, modulo 2^16. Entry i is the sum, modulo 2^16, of the
 *       stored u16s from {@code 64 * (i / 64)} to i. (Delta-coded, because numbers given in order
 *       of first use grow by small steps and runs of one value become runs of zeros, which deflate
 *       shrinks; restarted every 64, so that no entry needs more than 63 others.)
 *   <li>A <em>counted section</em> of n entries gives each entry a start and a count: first {@code
 *       ceil(n / 64)} u32 block starts (the start of entries 0, 64, 128, ...), then n counts. Entry
 *       i starts at its block's start plus the counts of the entries before it in its block, and
 *       the counts of a whole block add up to the next block's start (or the section's total).
 * </ul>
 *
 * <pre>
 * offset  size          field
 * 0       u32           magic 0x50484953 ("PHIS")
 * 4       u16           format version, 3
 * 6       u16           data date of the current registry (packed as in {@link RegistryTable})
 * 8       u16           record count R of the current registry
 * 10      32 bytes      SHA-256 of the current registry's source file
 *                       (the three equal the status table's: read by tests and tools)
 * 42      u8            snapshot count S, 1-63; the last is the current registry
 * 43      u16           inline string count N, at least 1
 * 45      u32           inline string bytes
 * 49      u16           name list count L, at least 1
 * 51      u32           name list entries, all lists
 * 55      u16           state count T
 * 57      u16           port history count H
 * 59      u32           period entries E, all port histories
 * 63      u8            0
 * 64      16 bytes      build id: equal to the status and records tables' ({@link BuildIdentity})
 * 80      u32           port run count P, 1-65,536
 * 84      S x 37 bytes  snapshots, oldest first: u16 packed date, u8 form (0 rfc, 1 port-numbers,
 *                       2 xml, 3 csv), u16 record count, 32 bytes SHA-256 of the file
 *         counted       inline strings: block starts in bytes, N u16 byte lengths
 *         bytes         inline strings, UTF-8, end to end
 *         counted       name lists: block starts in entries, L u8 list sizes
 *         u16 column    name list entries: string references
 *         T x u8        state status: 0 unassigned, 1 reserved, 2 assigned
 *         u16 column    state name list (0 is the empty list)
 *         u16 column    state description: a string reference
 *         counted       port histories: block starts in periods, H u8 period counts
 *         E x u8        period starts: protocol (0 TCP, 1 UDP, 2 SCTP, 3 DCCP) in bits 6-7, index
 *                       of the first snapshot of the period in bits 0-5
 *         E x u16       period states, plain (not delta-coded)
 *         u16 column    port runs: the first port of each run of ports with one history, from 0
 *                       up, each above the one before
 *         u16 column    port runs: the history id of each run
 *         u32           CRC32 of every byte before it
 * </pre>
 *
 * <p>A string reference {@code v} is inline string {@code v} when {@code v < N}; otherwise {@code v
 * - N = 2 * record + field} names a field of a record of the current registry (field 0 its service
 * name, 1 its description): strings equal to the records table's are not stored twice. Inline
 * string 0 is "".
 *
 * <p>A port history lists its periods by first snapshot, then protocol. A period ends where the
 * next period of its protocol starts (the snapshot before it), or at the current registry. Each
 * protocol's first period starts at snapshot 0: every protocol has a state in every snapshot. A
 * port's history is that of the last run starting at or below it: the reader finds the block by a
 * binary search over the blocks' first entries (stored as values), then sums within the block.
 *
 * <p>Why these encodings, by the deflated size that the jar budget counts (measured on the default
 * build; version 2 delta-coded every u16 column from its start, decoded them whole at load, and
 * stored a history id for each of the 65,536 ports): period states stored plain deflate 6.1 KB
 * smaller than delta-coded (histories repeat whole sequences of states, which deflate finds as
 * matches of the values but not of their differences); restarting the other columns every 64
 * entries costs 0.9 KB and the block starts 0.5 KB; the 7,024 port runs cost 0.3 KB more than one
 * delta-coded port column (0.8 KB less than the column restarted every 64) and inflate to 103 KB
 * less. In all, version 3 deflates to 53,680 bytes (version 2: 58,097) and inflates to 213,018
 * (315,154).
 *
 * <h2>Capacities</h2>
 *
 * 63 snapshots (6 bits; 26 in the default build: 28 files, two dates in two forms), 255 periods a
 * port (u8), 255 names a state, 65,535 bytes an inline string, and 65,535 of each u16 count, where
 * string references count N + 2R (29,617 in the default build: 551 inline strings and 14,533
 * records). Current use of the default build: 26/63 snapshots, 6,582 name lists, 6,731 states,
 * 6,176 port histories (each about 10%); 7,024 port runs, which cannot outgrow the 65,536 ports.
 * The build prints the current use ({@code HistoryTableWriter.usage}); a registry that outgrows one
 * fails the build, naming it: widen the field here and in the writer, and bump the format version.
 *
 * <h2>Checks</h2>
 *
 * At load: the length, magic, CRC32 (any damage to any byte), version, the header's counts against
 * the length, the snapshots (forms, order, the last one the current registry), every block start
 * (in order, within the section's total) and the port runs' block heads (from 0, increasing). At
 * each read, the entries it reads: a value out of range, a block whose counts do not add up, a port
 * run out of order or a history's periods out of order fail the call, naming the table and the
 * check. The build's tests read every entry of the embedded table.
 */
public final class HistoryTable {
  /** Where the build puts the table, relative to the class path root. */
  public static final String RESOURCE = "/io/github/portregistry/internal/history.bin";

  static final int MAGIC = 0x50484953;

  /** This table's own format version, apart from the other two tables'. */
  static final int FORMAT_VERSION = 3;

  static final int HEADER_SIZE = 84;

  /** Entries a block of the u16 columns and the counted sections. */
  static final int BLOCK = 64;

  private static final int BUILD_ID_AT = 64;
  private static final int SNAPSHOT_SIZE = 37;
  private static final int PORTS = RegistryTable.PORTS;

  // The three counted sections, by index into the arrays below.
  private static final int STRINGS = 0;
  private static final int NAME_LISTS = 1;
  private static final int HISTORIES = 2;
  private static final String[] SECTION = {"strings", "name lists", "port histories"};

  private final byte[] data;
  private final TableCheck check;
  private final int snapshots;
  private final int strings;
  private final int references;
  private final int lists;
  private final int states;
  private final int histories;
  private final int runs;

  // Where each section starts: computed from the header's counts, nothing decoded.
  private final int[] blocksAt = new int[3];
  private final int[] countsAt = new int[3];
  private final int[] entries = new int[3];
  private final int[] totals = new int[3];
  private final int stringsAt;
  private final int nameEntriesAt;
  private final int stateStatusAt;
  private final int stateNamesAt;
  private final int stateDescriptionsAt;
  private final int periodStartsAt;
  private final int periodStatesAt;
  private final int runStartsAt;
  private final int runHistoriesAt;

  private HistoryTable(byte[] data, String name) {
    this.data = data;
    check = new TableCheck(name);
    if (data.length < HEADER_SIZE + 4) {
      throw check.failed("length", data.length + " bytes, shorter than the header");
    }
    check.magic(data, MAGIC);
    check.crc(data);
    if (TableCheck.u16(data, 4) != FORMAT_VERSION) {
      throw check.failed(
          "format version",
          "version " + TableCheck.u16(data, 4) + ", this library reads version " + FORMAT_VERSION);
    }
    snapshots = data[42] & 0xFF;
    strings = TableCheck.u16(data, 43);
    long stringBytes = TableCheck.u32(data, 45) & 0xFFFFFFFFL;
    lists = TableCheck.u16(data, 49);
    long listEntries = TableCheck.u32(data, 51) & 0xFFFFFFFFL;
    states = TableCheck.u16(data, 55);
    histories = TableCheck.u16(data, 57);
    long periods = TableCheck.u32(data, 59) & 0xFFFFFFFFL;
    runs = TableCheck.u32(data, 80);
    long expected =
        HEADER_SIZE
            + (long) SNAPSHOT_SIZE * snapshots
            + 4L * blocks(strings)
            + 2L * strings
            + stringBytes
            + 4L * blocks(lists)
            + lists
            + 2 * listEntries
            + 5L * states
            + 4L * blocks(histories)
            + histories
            + 3 * periods
            + 4L * runs
            + 4;
    if (snapshots < 1
        || snapshots > 63
        || strings < 1
        || lists < 1
        || runs < 1
        || runs > PORTS
        || data.length != expected) {
      throw check.failed(
          "length",
          data.length
              + " bytes, the header's counts give "
              + expected
              + " (snapshots "
              + snapshots
              + ", strings "
              + strings
              + ", name lists "
              + lists
              + ", port runs "
              + runs
              + ")");
    }
    references = strings + 2 * recordCount();
    int at = HEADER_SIZE;
    for (int s = 0; s < snapshots; s++, at += SNAPSHOT_SIZE) {
      if ((data[at + 2] & 0xFF) > 3
          || (s > 0 && TableCheck.u16(data, at) <= TableCheck.u16(data, at - SNAPSHOT_SIZE))) {
        throw check.failed("snapshots", "snapshot " + s + " has a bad form or is out of order");
      }
    }
    int last = at - SNAPSHOT_SIZE;
    if (TableCheck.u16(data, last) != dataDate()
        || TableCheck.u16(data, last + 3) != recordCount()
        || !Arrays.equals(data, last + 5, last + 37, data, 10, 42)) {
      throw check.failed("snapshots", "the last snapshot is not the current registry");
    }
    at = counted(STRINGS, at, strings, 2, stringBytes);
    stringsAt = at;
    at += (int) stringBytes;
    at = counted(NAME_LISTS, at, lists, 1, listEntries);
    nameEntriesAt = at;
    at += 2 * (int) listEntries;
    stateStatusAt = at;
    stateNamesAt = at + states;
    stateDescriptionsAt = stateNamesAt + 2 * states;
    at = counted(HISTORIES, stateDescriptionsAt + 2 * states, histories, 1, periods);
    periodStartsAt = at;
    periodStatesAt = at + (int) periods;
    runStartsAt = periodStatesAt + 2 * (int) periods;
    runHistoriesAt = runStartsAt + 2 * runs;
    // The run heads the binary search of portHistory reads: port 0 first, then increasing, so that
    // every port falls in exactly one block.
    for (int b = 0, previous = -1; b < blocks(runs); b++) {
      int head = TableCheck.u16(data, runStartsAt + 2 * BLOCK * b);
      if (head <= previous || (b == 0 && head != 0)) {
        throw check.failed(
            "port runs", "block " + b + " starts at port " + head + ", out of order");
      }
      previous = head;
    }
  }

  private static int blocks(int n) {
    return (n + BLOCK - 1) / BLOCK;
  }

  /**
   * Places a counted section of {@code n} entries at {@code at}, whose counts are {@code width}
   * bytes and add up to {@code total}, and checks its block starts: 0 first, then in order, none
   * beyond the total. Returns where the section's counts end.
   */
  private int counted(int section, int at, int n, int width, long total) {
    blocksAt[section] = at;
    countsAt[section] = at + 4 * blocks(n);
    entries[section] = n;
    totals[section] = (int) total; // below the table's length, checked against the header
    long previous = 0;
    for (int b = 0; b < blocks(n); b++) {
      long start = TableCheck.u32(data, at + 4 * b) & 0xFFFFFFFFL;
      if (start < previous || start > total || (b == 0 && start != 0)) {
        throw check.failed(
            SECTION[section], "block " + b + " starts at " + start + ", out of order or beyond");
      }
      previous = start;
    }
    return countsAt[section] + width * n;
  }

  /**
   * Where entry {@code i} of a counted section starts: its block's start plus the counts before it
   * in the block. Sums the whole block, to check that it adds up to the next block's start.
   */
  private int entryStart(int section, int i) {
    byte[] d = data;
    int block = i / BLOCK;
    int first = block * BLOCK;
    int end = Math.min(entries[section], first + BLOCK);
    int next =
        end < entries[section]
            ? TableCheck.u32(d, blocksAt[section] + 4 * block + 4)
            : totals[section];
    int counts = countsAt[section];
    int base = TableCheck.u32(d, blocksAt[section] + 4 * block);
    // Read inline, with the cursor a local: this runs in the interpreter on a first describe().
    long sum = base;
    int start = base;
    boolean wide = section == STRINGS;
    for (int j = first; j < end; j++) {
      if (j == i) {
        start = (int) sum;
      }
      sum +=
          wide
              ? (d[counts + 2 * j] & 0xFF) << 8 | (d[counts + 2 * j + 1] & 0xFF)
              : d[counts + j] & 0xFF;
    }
    if (sum != next) {
      throw check.failed(
          SECTION[section],
          "the counts of block " + block + " add up to " + (sum - base) + ", not " + (next - base));
    }
    return start;
  }

  /** The count of entry {@code i} of a counted section. */
  private int entryCount(int section, int i) {
    return section == STRINGS
        ? TableCheck.u16(data, countsAt[section] + 2 * i)
        : data[countsAt[section] + i] & 0xFF;
  }

  /** Entry {@code i} of the u16 column at {@code at}, which must be below {@code limit}. */
  private int column(int at, int i, int limit, String what) {
    byte[] d = data;
    int value = 0;
    for (int b = at + 2 * (i - i % BLOCK), end = at + 2 * i; b <= end; b += 2) {
      value = (value + ((d[b] & 0xFF) << 8 | (d[b + 1] & 0xFF))) & 0xFFFF;
    }
    if (value >= limit) {
      throw outOfRange(what, i, value, limit);
    }
    return value;
  }

  private IllegalStateException outOfRange(String what, int entry, int value, int limit) {
    return check.failed(what, "entry " + entry + " is " + value + ", not below " + limit);
  }

  /**
   * Periods in order, and each protocol's first at snapshot 0: what the API's contract needs.
   * Checked when a history is read ({@link #historyStart}), as every entry is (see Checks above).
   */
  private void checkHistory(int h, int from, int to) {
    int seen = 0;
    int previous = -1;
    for (int i = from; i < to; i++) {
      int start = data[periodStartsAt + i] & 0xFF;
      int protocol = start >>> 6;
      int first = start & 63;
      boolean firstOfProtocol = (seen & 1 << protocol) == 0;
      int key = first << 2 | protocol;
      if (first >= snapshots || key <= previous || firstOfProtocol != (first == 0)) {
        throw check.failed("port histories", "history " + h + " has a period out of order");
      }
      seen |= 1 << protocol;
      previous = key;
    }
    if (seen != 15) {
      throw check.failed("port histories", "history " + h + " misses a protocol");
    }
  }

  /** Loads the table from {@link #RESOURCE}, or throws {@link IllegalStateException}. */
  public static HistoryTable load() {
    HistoryTable table = decode(TableCheck.read(RESOURCE), RESOURCE);
    BuildIdentity.check(RESOURCE, table.buildId());
    return table;
  }

  /**
   * Verifies table bytes (CRC32, header, block starts), decoding nothing: entries are read in
   * place.
   *
   * @throws IllegalStateException naming {@code name} and the failed check when damaged
   */
  public static HistoryTable decode(byte[] data, String name) {
    return new HistoryTable(data, name);
  }

  /** The build id, lower-case hex: equal to the status table's when both come from one build. */
  public String buildId() {
    return TableCheck.hex(data, BUILD_ID_AT, BuildIdentity.LENGTH);
  }

  /** Packed data date of the current registry. */
  public int dataDate() {
    return TableCheck.u16(data, 6);
  }

  /** Record count of the current registry. */
  public int recordCount() {
    return TableCheck.u16(data, 8);
  }

  /** SHA-256 of the current registry's source file, lower-case hex. */
  public String sourceSha256() {
    return TableCheck.hex(data, 10, 32);
  }

  /** Number of snapshots. */
  public int snapshotCount() {
    return snapshots;
  }

  /** Packed date of snapshot {@code s}. */
  public int snapshotDate(int s) {
    return TableCheck.u16(data, snapshot(s));
  }

  /** Form code of snapshot {@code s}: 0 rfc, 1 port-numbers, 2 xml, 3 csv. */
  public int snapshotForm(int s) {
    return data[snapshot(s) + 2] & 0xFF;
  }

  /** Record count of snapshot {@code s}. */
  public int snapshotRecordCount(int s) {
    return TableCheck.u16(data, snapshot(s) + 3);
  }

  /** SHA-256 of snapshot {@code s}'s file. */
  public String snapshotSha256(int s) {
    return TableCheck.hex(data, snapshot(s) + 5, 32);
  }

  private int snapshot(int s) {
    return HEADER_SIZE + SNAPSHOT_SIZE * Objects.checkIndex(s, snapshots);
  }

  /** Number of inline strings: smaller string references are inline, larger name record fields. */
  public int inlineStringCount() {
    return strings;
  }

  /** Inline string {@code i}, decoded. */
  public String inlineString(int i) {
    return new String(
        data, stringsAt + entryStart(STRINGS, i), entryCount(STRINGS, i), StandardCharsets.UTF_8);
  }

  /**
   * The port's history id: ports with equal histories share one.
   *
   * @throws IllegalStateException naming the table and the check when the port runs of the port's
   *     block are out of order, or the port's history id is not a history of the table
   */
  public int portHistory(int port) {
    byte[] d = data;
    // The last block whose first run starts at or below the port: heads[lo] <= port < heads[hi].
    int lo = 0;
    int hi = blocks(runs);
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (TableCheck.u16(d, runStartsAt + 2 * BLOCK * mid) <= port) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    int first = lo * BLOCK;
    int end = Math.min(runs, first + BLOCK);
    int limit = end < runs ? TableCheck.u16(d, runStartsAt + 2 * end) : PORTS;
    int run = first;
    int start = 0;
    int previous = -1;
    for (int j = first, b = runStartsAt + 2 * first; j < end; j++, b += 2) {
      start = (start + ((d[b] & 0xFF) << 8 | (d[b + 1] & 0xFF))) & 0xFFFF;
      if (start <= previous || start >= limit) {
        throw check.failed("port runs", "run " + j + " starts at port " + start + ", out of order");
      }
      if (start <= port) {
        run = j;
      }
      previous = start;
    }
    return column(runHistoriesAt, run, histories, "port histories");
  }

  /**
   * Index of the first period of history {@code h}.
   *
   * @throws IllegalStateException naming the table and the check when the history's periods are out
   *     of order or miss a protocol, or the period counts of its block do not add up
   */
  public int historyStart(int h) {
    int start = entryStart(HISTORIES, h);
    checkHistory(h, start, start + entryCount(HISTORIES, h));
    return start;
  }

  /** Index after the last period of history {@code h}. */
  public int historyEnd(int h) {
    return entryStart(HISTORIES, h) + entryCount(HISTORIES, h);
  }

  /** Protocol code of period {@code i}: 0 TCP, 1 UDP, 2 SCTP, 3 DCCP. */
  public int periodProtocol(int i) {
    return (data[periodStartsAt + i] & 0xFF) >>> 6;
  }

  /** First snapshot of period {@code i}. */
  public int periodFirst(int i) {
    return data[periodStartsAt + i] & 63;
  }

  /** State of period {@code i}. */
  public int periodState(int i) {
    int state = TableCheck.u16(data, periodStatesAt + 2 * i);
    if (state >= states) {
      throw outOfRange("period states", i, state, states);
    }
    return state;
  }

  /** Status code of a state: 0 unassigned, 1 reserved, 2 assigned. */
  public int stateStatus(int state) {
    int status = data[stateStatusAt + state] & 0xFF;
    if (status > 2) {
      throw check.failed("states", "state " + state + " has status code " + status);
    }
    return status;
  }

  /** Description of a state, as a string reference. */
  public int stateDescription(int state) {
    return column(stateDescriptionsAt, state, references, "state descriptions");
  }

  /** Number of service names of a state. */
  public int stateNameCount(int state) {
    return entryCount(NAME_LISTS, column(stateNamesAt, state, lists, "state name lists"));
  }

  /** Service name {@code i} of a state, as a string reference. */
  public int stateName(int state, int i) {
    int list = column(stateNamesAt, state, lists, "state name lists");
    Objects.checkIndex(i, entryCount(NAME_LISTS, list));
    return column(nameEntriesAt, entryStart(NAME_LISTS, list) + i, references, "name list entries");
  }
}
