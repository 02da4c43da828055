package io.github.portregistry.internal;

import java.nio.charset.StandardCharsets;

/**
 * The history table, read from the resource {@value #RESOURCE}: for every port and protocol, the
 * periods during which the registry's snapshots, oldest first, said the same thing. Loaded only
 * when history is first asked for; {@code status} and {@code lookup} never read it.
 *
 * <h2>Format, version 2</h2>
 *
 * All integers are big-endian and unsigned. A "u16 column" is delta-coded: each value is stored as
 * its difference from the one before modulo 2^16 (the first from 0), and the reader sums them back.
 *
 * <pre>
 * offset  size          field
 * 0       u32           magic 0x50484953 ("PHIS")
 * 4       u16           format version, 2
 * 6       u16           data date of the current registry (packed as in {@link RegistryTable})
 * 8       u16           record count R of the current registry
 * 10      32 bytes      SHA-256 of the current registry's source file
 *                       (the three equal the status table's: read by tests and tools)
 * 42      u8            snapshot count S, 1-63; the last is the current registry
 * 43      u16           inline string count N
 * 45      u32           inline string bytes
 * 49      u16           name list count L
 * 51      u32           name list entries, all lists
 * 55      u16           state count T
 * 57      u16           port history count H
 * 59      u32           period entries E, all port histories
 * 63      u8            0
 * 64      16 bytes      build id: equal to the status and records tables' ({@link BuildIdentity})
 * 80      S x 37 bytes  snapshots, oldest first: u16 packed date, u8 form (0 rfc, 1 port-numbers,
 *                       2 xml, 3 csv), u16 record count, 32 bytes SHA-256 of the file
 *         N x u16       inline string byte lengths
 *         bytes         inline strings, UTF-8, end to end
 *         L x u8        name list sizes
 *         u16 column    name list entries: string references
 *         T x u8        state status: 0 unassigned, 1 reserved, 2 assigned
 *         u16 column    state name list (0 is the empty list)
 *         u16 column    state description: a string reference
 *         H x u8        period count of each port history
 *         E x u8        period starts: protocol (0 TCP, 1 UDP, 2 SCTP, 3 DCCP) in bits 6-7, index
 *                       of the first snapshot of the period in bits 0-5
 *         u16 column    period states
 *         u16 column    65,536 port history ids, by port
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
 * protocol's first period starts at snapshot 0: every protocol has a state in every snapshot.
 *
 * <h2>Capacities</h2>
 *
 * 63 snapshots (6 bits; 26 in the default build: 28 files, two dates in two forms), 255 periods a
 * port (u8), 255 names a state, and 65,535 of each u16 count, where string references count N + 2R
 * (29,617 in the default build: 551 inline strings and 14,533 records). Current use of the default
 * build: 26/63 snapshots, 6,582 name lists, 6,731 states, 6,176 port histories (each about 10%).
 * The build prints the current use ({@code HistoryTableWriter.usage}); a registry that outgrows one
 * fails the build, naming it: widen the field here and in the writer, and bump the format version.
 */
public final class HistoryTable {
  /** Where the build puts the table, relative to the class path root. */
  public static final String RESOURCE = "/io/github/portregistry/internal/history.bin";

  static final int MAGIC = 0x50484953;

  /** This table's own format version, apart from the other two tables'. */
  static final int FORMAT_VERSION = 2;

  static final int HEADER_SIZE = 80;

  private static final int BUILD_ID_AT = 64;
  private static final int SNAPSHOT_SIZE = 37;

  private final byte[] data;
  private final TableCheck check;
  private final int dataDate;
  private final int recordCount;
  private final String sourceSha256;

  private final int[] snapshotDate;
  private final int[] snapshotForm;
  private final int[] snapshotRecords;
  private final String[] snapshotSha256;

  private final int[] stringStart;
  private final int[] nameListStart;
  private final int[] nameEntries;
  private final byte[] stateStatus;
  private final int[] stateNames;
  private final int[] stateDescription;
  private final int[] historyStart;
  private final byte[] periodStart;
  private final int[] periodState;
  // The port column is decoded as far as the highest port asked for, not at load: a first
  // describe() of port 252 reads 253 of its 65,536 entries (issue 12). Entries below
  // portsDecoded are final; the rest are written under the array's lock, before portsDecoded
  // (volatile) moves past them.
  private final char[] portHistory = new char[RegistryTable.PORTS];
  private final int portsAt;
  private final int historyCount;
  private volatile int portsDecoded;
  private int portSum;
  private int at;

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
    dataDate = TableCheck.u16(data, 6);
    recordCount = TableCheck.u16(data, 8);
    sourceSha256 = TableCheck.hex(data, 10, 32);
    int snapshots = data[42] & 0xFF;
    int strings = TableCheck.u16(data, 43);
    long stringBytes = TableCheck.u32(data, 45) & 0xFFFFFFFFL;
    int lists = TableCheck.u16(data, 49);
    long listEntries = TableCheck.u32(data, 51) & 0xFFFFFFFFL;
    int states = TableCheck.u16(data, 55);
    int histories = TableCheck.u16(data, 57);
    long periods = TableCheck.u32(data, 59) & 0xFFFFFFFFL;
    long expected =
        HEADER_SIZE
            + (long) SNAPSHOT_SIZE * snapshots
            + 2L * strings
            + stringBytes
            + lists
            + 2 * listEntries
            + 5L * states
            + histories
            + 3 * periods
            + 2L * RegistryTable.PORTS
            + 4;
    if (snapshots < 1 || snapshots > 63 || strings < 1 || lists < 1 || data.length != expected) {
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
              + ")");
    }
    at = HEADER_SIZE;
    snapshotDate = new int[snapshots];
    snapshotForm = new int[snapshots];
    snapshotRecords = new int[snapshots];
    snapshotSha256 = new String[snapshots];
    for (int s = 0; s < snapshots; s++) {
      snapshotDate[s] = TableCheck.u16(data, at);
      snapshotForm[s] = data[at + 2] & 0xFF;
      snapshotRecords[s] = TableCheck.u16(data, at + 3);
      snapshotSha256[s] = TableCheck.hex(data, at + 5, 32);
      if (snapshotForm[s] > 3 || (s > 0 && snapshotDate[s] <= snapshotDate[s - 1])) {
        throw check.failed("snapshots", "snapshot " + s + " has a bad form or is out of order");
      }
      at += SNAPSHOT_SIZE;
    }
    if (snapshotDate[snapshots - 1] != dataDate
        || snapshotRecords[snapshots - 1] != recordCount
        || !snapshotSha256[snapshots - 1].equals(sourceSha256)) {
      throw check.failed("snapshots", "the last snapshot is not the current registry");
    }
    stringStart = new int[strings + 1];
    int lengths = at;
    at += 2 * strings;
    stringStart[0] = at;
    for (int i = 0; i < strings; i++) {
      stringStart[i + 1] = stringStart[i] + TableCheck.u16(data, lengths + 2 * i);
    }
    if (stringStart[strings] != at + stringBytes) {
      throw check.failed("strings", "string lengths do not add up to " + stringBytes + " bytes");
    }
    at = stringStart[strings];
    int references = strings + 2 * recordCount;
    nameListStart = new int[lists + 1];
    for (int i = 0; i < lists; i++) {
      nameListStart[i + 1] = nameListStart[i] + (data[at++] & 0xFF);
    }
    if (nameListStart[lists] != listEntries) {
      throw check.failed("name lists", "list sizes do not add up to " + listEntries);
    }
    nameEntries = column((int) listEntries, references, "name list entries");
    stateStatus = new byte[states];
    for (int i = 0; i < states; i++) {
      stateStatus[i] = data[at++];
      if (stateStatus[i] < 0 || stateStatus[i] > 2) {
        throw check.failed("states", "state " + i + " has status code " + stateStatus[i]);
      }
    }
    stateNames = column(states, lists, "state name lists");
    stateDescription = column(states, references, "state descriptions");
    historyStart = new int[histories + 1];
    for (int i = 0; i < histories; i++) {
      historyStart[i + 1] = historyStart[i] + (data[at++] & 0xFF);
    }
    if (historyStart[histories] != periods) {
      throw check.failed("port histories", "period counts do not add up to " + periods);
    }
    periodStart = new byte[(int) periods];
    System.arraycopy(data, at, periodStart, 0, (int) periods);
    at += (int) periods;
    periodState = column((int) periods, states, "period states");
    portsAt = at;
    historyCount = histories;
    at += 2 * RegistryTable.PORTS;
  }

  /** Reads a delta-coded u16 column of {@code n} values, each below {@code limit}. */
  private int[] column(int n, int limit, String what) {
    int[] values = new int[n];
    // Over 100,000 entries in all, decoded when history is first asked for and mostly in the
    // interpreter, where a call or a field access per entry costs more than the entry: the reads
    // are inline and the cursor a local (issue 12).
    byte[] bytes = data;
    int b = at;
    int value = 0;
    for (int i = 0; i < n; i++, b += 2) {
      value = (value + ((bytes[b] & 0xFF) << 8 | (bytes[b + 1] & 0xFF))) & 0xFFFF;
      if (value >= limit) {
        throw outOfRange(what, i, value, limit);
      }
      values[i] = value;
    }
    at = b;
    return values;
  }

  private IllegalStateException outOfRange(String what, int entry, int value, int limit) {
    return check.failed(what, "entry " + entry + " is " + value + ", not below " + limit);
  }

  /**
   * Periods in order, and each protocol's first at snapshot 0: what the API's contract needs.
   * Checked when a history is read ({@link #historyStart}), not at load, where all 6,000 histories
   * cost a first {@code history()} milliseconds in the interpreter (issue 12); the CRC32 still
   * fails a damaged table at load, and the build's table tests read every history.
   */
  private void checkHistory(int h) {
    int snapshots = snapshotDate.length;
    int seen = 0;
    int previous = -1;
    for (int i = historyStart[h]; i < historyStart[h + 1]; i++) {
      int start = periodStart[i] & 0xFF;
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
   * Verifies table bytes and decodes their index.
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
    return dataDate;
  }

  /** Record count of the current registry. */
  public int recordCount() {
    return recordCount;
  }

  /** SHA-256 of the current registry's source file, lower-case hex. */
  public String sourceSha256() {
    return sourceSha256;
  }

  /** Number of snapshots. */
  public int snapshotCount() {
    return snapshotDate.length;
  }

  /** Packed date of snapshot {@code s}. */
  public int snapshotDate(int s) {
    return snapshotDate[s];
  }

  /** Form code of snapshot {@code s}: 0 rfc, 1 port-numbers, 2 xml, 3 csv. */
  public int snapshotForm(int s) {
    return snapshotForm[s];
  }

  /** Record count of snapshot {@code s}. */
  public int snapshotRecordCount(int s) {
    return snapshotRecords[s];
  }

  /** SHA-256 of snapshot {@code s}'s file. */
  public String snapshotSha256(int s) {
    return snapshotSha256[s];
  }

  /** Number of inline strings: smaller string references are inline, larger name record fields. */
  public int inlineStringCount() {
    return stringStart.length - 1;
  }

  /** Inline string {@code i}, decoded. */
  public String inlineString(int i) {
    return new String(
        data, stringStart[i], stringStart[i + 1] - stringStart[i], StandardCharsets.UTF_8);
  }

  /**
   * The port's history id: ports with equal histories share one.
   *
   * @throws IllegalStateException naming the table and the entry when an id of the port column, up
   *     to this port, is not a history of the table
   */
  public int portHistory(int port) {
    if (port >= portsDecoded) {
      decodePorts(port);
    }
    return portHistory[port];
  }

  /** Decodes the port column up to {@code port}, checking each id as {@link #column} does. */
  private void decodePorts(int port) {
    synchronized (portHistory) {
      int from = portsDecoded;
      byte[] bytes = data;
      int value = portSum;
      for (int p = from, b = portsAt + 2 * from; p <= port; p++, b += 2) {
        value = (value + ((bytes[b] & 0xFF) << 8 | (bytes[b + 1] & 0xFF))) & 0xFFFF;
        if (value >= historyCount) {
          throw outOfRange("port histories", p, value, historyCount);
        }
        portHistory[p] = (char) value;
      }
      if (port >= from) {
        portSum = value;
        portsDecoded = port + 1;
      }
    }
  }

  /**
   * Index of the first period of history {@code h}.
   *
   * @throws IllegalStateException naming the table and the check when the history's periods are out
   *     of order or miss a protocol
   */
  public int historyStart(int h) {
    checkHistory(h);
    return historyStart[h];
  }

  /** Index after the last period of history {@code h}. */
  public int historyEnd(int h) {
    return historyStart[h + 1];
  }

  /** Protocol code of period {@code i}: 0 TCP, 1 UDP, 2 SCTP, 3 DCCP. */
  public int periodProtocol(int i) {
    return (periodStart[i] & 0xFF) >>> 6;
  }

  /** First snapshot of period {@code i}. */
  public int periodFirst(int i) {
    return periodStart[i] & 63;
  }

  /** State of period {@code i}. */
  public int periodState(int i) {
    return periodState[i];
  }

  /** Status code of a state: 0 unassigned, 1 reserved, 2 assigned. */
  public int stateStatus(int state) {
    return stateStatus[state];
  }

  /** Description of a state, as a string reference. */
  public int stateDescription(int state) {
    return stateDescription[state];
  }

  /** Number of service names of a state. */
  public int stateNameCount(int state) {
    int list = stateNames[state];
    return nameListStart[list + 1] - nameListStart[list];
  }

  /** Service name {@code i} of a state, as a string reference. */
  public int stateName(int state, int i) {
    return nameEntries[nameListStart[stateNames[state]] + i];
  }
}
