package io.github.portregistry.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the history table, {@code history.bin}, from a {@link HistoryModel}. The format is
 * documented byte by byte in the runtime reader, {@code io.github.portregistry.internal.
 * HistoryTable}; this class and that Javadoc change together, and {@link #FORMAT_VERSION} changes
 * with any change to the layout.
 *
 * <p>Compact by sharing: strings, name lists, states and whole port histories are each stored once
 * and referred to by number (the 7 ports of 249-255 share one history; so do most of the 16,384
 * dynamic ports). Numbers are given in order of first use, so the same snapshots always give the
 * same bytes.
 *
 * <p>Strings are shared with the records table where they are equal: a service name or description
 * that a record of the current registry also has is written as that record's number and field, not
 * as text (the jar's deflate compresses each resource on its own, so text written twice would cost
 * twice; 97% of the history's text is in the current registry). The reference is by record number,
 * which the records table's layout does not change, and not by its string numbering, which it may.
 */
public final class HistoryTableWriter {
  /** "PHIS": port history. */
  public static final int MAGIC = 0x50484953;

  /** Bumped on any change to the layout; the reader rejects any other value. */
  public static final int FORMAT_VERSION = 3;

  /** Fixed header size in bytes, up to the snapshot list. */
  static final int HEADER_SIZE = 84;

  /** Entries a block of the u16 columns and the counted sections, as the reader sums them. */
  static final int BLOCK = 64;

  /** Snapshot indexes share a byte with the protocol: 6 bits. */
  static final int MAX_SNAPSHOTS = 63;

  /** Periods of one port, all protocols: a u8 count. */
  static final int MAX_PERIODS_PER_PORT = 0xFF;

  /** Names in one state: a u8 count. */
  static final int MAX_NAMES_PER_STATE = 0xFF;

  private final Pool<String> strings = new Pool<>();
  private final Map<String, Integer> currentFields = new LinkedHashMap<>();
  private final Pool<List<Integer>> nameLists = new Pool<>();
  private final Pool<List<Integer>> states = new Pool<>();
  private final Pool<List<Integer>> histories = new Pool<>();

  private HistoryTableWriter(NormalizedRegistry current) {
    strings.id("");
    nameLists.id(List.of());
    List<RegistryRecord> records = current.records();
    for (int r = 0; r < records.size(); r++) {
      currentFields.putIfAbsent(records.get(r).serviceName(), 2 * r);
      currentFields.putIfAbsent(records.get(r).description(), 2 * r + 1);
    }
    currentFields.remove(""); // inline string 0
  }

  /**
   * Writes the table of {@code model}, tied to {@code current}, its last snapshot, whose records it
   * shares strings with, and to the build of the other two tables by their build id.
   *
   * @param buildId the records and status tables' build id ({@code TableWriter.Tables.buildId()}),
   *     16 bytes: the runtime answers history only when it equals theirs
   * @throws RegistryCsvException when the model outgrows a capacity of the format, naming it
   * @throws IllegalArgumentException when {@code current} is not the model's last snapshot, or the
   *     build id is not 16 bytes
   */
  public static byte[] write(HistoryModel model, NormalizedRegistry current, byte[] buildId) {
    HistorySnapshot last = model.snapshots().get(model.snapshots().size() - 1);
    if (!last.equals(HistorySnapshot.of(current))) {
      throw new IllegalArgumentException(
          "the history's last snapshot " + last + " is not the current registry " + current);
    }
    if (buildId.length != TableWriter.BUILD_ID_LENGTH) {
      throw new IllegalArgumentException(
          "a build id has " + TableWriter.BUILD_ID_LENGTH + " bytes, not " + buildId.length);
    }
    return new HistoryTableWriter(current).encode(model, current.fileName(), buildId);
  }

  private byte[] encode(HistoryModel model, String fileName, byte[] buildId) {
    List<HistorySnapshot> snapshots = model.snapshots();
    limit(fileName, "snapshots", snapshots.size(), MAX_SNAPSHOTS);
    int[] portHistory = new int[TableWriter.PORTS];
    int periodEntries = 0;
    for (int port = 0; port < TableWriter.PORTS; port++) {
      List<HistoryModel.Period> periods = model.periods(port);
      limit(fileName, "periods of port " + port, periods.size(), MAX_PERIODS_PER_PORT);
      List<Integer> history = new ArrayList<>(2 * periods.size());
      for (HistoryModel.Period p : periods) {
        history.add(p.protocol() << 6 | p.first());
        history.add(stateId(p.state(), fileName));
      }
      int before = histories.size();
      portHistory[port] = histories.id(history);
      if (histories.size() > before) {
        periodEntries += periods.size();
      }
    }
    limit(
        fileName,
        "strings (inline, plus two fields a current record)",
        strings.size() + 2 * model.snapshots().get(snapshots.size() - 1).recordCount(),
        TableWriter.U16_LIMIT + 1);
    limit(fileName, "name lists", nameLists.size(), TableWriter.U16_LIMIT);
    limit(fileName, "states", states.size(), TableWriter.U16_LIMIT);
    limit(fileName, "port histories", histories.size(), TableWriter.U16_LIMIT);

    List<byte[]> utf8 = new ArrayList<>();
    int stringBytes = 0;
    for (String s : strings.values()) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8); // each at most 65,535: the readers' limit
      utf8.add(b);
      stringBytes += b.length;
    }
    int nameEntries = 0;
    for (List<Integer> l : nameLists.values()) {
      nameEntries += l.size();
    }
    HistorySnapshot current = snapshots.get(snapshots.size() - 1);
    // Runs of ports with one history: 7,024 runs stand for the 65,536 ports (most of 1024-49151
    // and all of 49152-65535 share a few histories), 100 KB less for a first history() to inflate.
    List<Integer> runStarts = new ArrayList<>();
    List<Integer> runHistories = new ArrayList<>();
    for (int port = 0; port < TableWriter.PORTS; port++) {
      if (port == 0 || portHistory[port] != portHistory[port - 1]) {
        runStarts.add(port);
        runHistories.add(portHistory[port]);
      }
    }

    TableOutput out = new TableOutput(1 << 20);
    out.writeInt(MAGIC);
    out.writeShort(FORMAT_VERSION);
    out.writeShort(TableWriter.packDate(Optional.of(current.date())));
    out.writeShort(current.recordCount());
    out.write(HexFormat.of().parseHex(current.sha256()));
    out.writeByte(snapshots.size());
    out.writeShort(strings.size());
    out.writeInt(stringBytes);
    out.writeShort(nameLists.size());
    out.writeInt(nameEntries);
    out.writeShort(states.size());
    out.writeShort(histories.size());
    out.writeInt(periodEntries);
    out.writeByte(0); // padding, zero
    out.write(buildId);
    out.writeInt(runStarts.size());
    for (HistorySnapshot s : snapshots) {
      out.writeShort(TableWriter.packDate(Optional.of(s.date())));
      out.writeByte(s.form().ordinal());
      out.writeShort(s.recordCount());
      out.write(HexFormat.of().parseHex(s.sha256()));
    }
    List<Integer> stringLengths = new ArrayList<>();
    for (byte[] b : utf8) {
      stringLengths.add(b.length);
    }
    counted(out, stringLengths, 2);
    for (byte[] b : utf8) {
      out.write(b);
    }
    List<Integer> listSizes = new ArrayList<>();
    for (List<Integer> l : nameLists.values()) {
      listSizes.add(l.size());
    }
    counted(out, listSizes, 1);
    // The u16 columns below are delta-coded within blocks of 64 (see Column): numbers given in
    // order of first use mostly grow by small steps from row to row, and runs of one value become
    // runs of zeros, which the jar's deflate shrinks several times better than the values.
    Column column = new Column(out);
    int inline = strings.size();
    for (List<Integer> l : nameLists.values()) {
      for (int ref : l) {
        column.add(ref(ref, inline));
      }
    }
    for (List<Integer> state : states.values()) {
      out.writeByte(state.get(0));
    }
    column = new Column(out);
    for (List<Integer> state : states.values()) {
      column.add(state.get(1));
    }
    column = new Column(out);
    for (List<Integer> state : states.values()) {
      column.add(ref(state.get(2), inline));
    }
    List<Integer> periodCounts = new ArrayList<>();
    for (List<Integer> h : histories.values()) {
      periodCounts.add(h.size() / 2);
    }
    counted(out, periodCounts, 1);
    for (List<Integer> h : histories.values()) {
      for (int i = 0; i < h.size(); i += 2) {
        out.writeByte(h.get(i));
      }
    }
    // Period states plain, not delta-coded: histories repeat whole sequences of states (a port
    // assigned in 2002 and another in 2002 go through the same unassigned states first), which
    // deflate finds as matches of the values but not of their differences. 6 KB smaller deflated.
    for (List<Integer> h : histories.values()) {
      for (int i = 1; i < h.size(); i += 2) {
        out.writeShort(h.get(i));
      }
    }
    column = new Column(out);
    for (int start : runStarts) {
      column.add(start);
    }
    column = new Column(out);
    for (int h : runHistories) {
      column.add(h);
    }
    return out.toByteArrayWithCrc();
  }

  private int stateId(PortState state, String fileName) {
    limit(fileName, "names in one state", state.serviceNames().size(), MAX_NAMES_PER_STATE);
    List<Integer> names = new ArrayList<>(state.serviceNames().size());
    for (String name : state.serviceNames()) {
      names.add(stringRef(name));
    }
    return states.id(
        List.of(
            2 - state.status().ordinal(), // the runtime's status code: 0 unassigned .. 2 assigned
            nameLists.id(names),
            stringRef(state.description())));
  }

  /**
   * A string as the format refers to it: {@code 2 * record + field} (field 0 the service name, 1
   * the description) for a string of the current registry, or an inline string's number, flagged by
   * bit 16 so that both fit one int here; {@link #ref} gives the u16 the table stores.
   */
  private int stringRef(String s) {
    Integer field = currentFields.get(s);
    return field != null ? field : 1 << 16 | strings.id(s);
  }

  private static void limit(String fileName, String what, int value, int max) {
    if (value > max) {
      throw new RegistryCsvException(
          fileName,
          1,
          1,
          "the history has "
              + value
              + " "
              + what
              + ", more than the history table's limit of "
              + max
              + "; widen the field in HistoryTableWriter and HistoryTable and bump FORMAT_VERSION");
    }
  }

  /**
   * How full the table's capacities are, read back from a written table's header: the "current use"
   * that the format's Javadoc quotes, printed by the generator at every build.
   */
  public static String usage(byte[] table) {
    ByteBuffer h = ByteBuffer.wrap(table);
    int snapshots = h.get(42) & 0xFF;
    int[] counts = {
      h.getShort(43) & 0xFFFF,
      h.getShort(49) & 0xFFFF,
      h.getShort(55) & 0xFFFF,
      h.getShort(57) & 0xFFFF
    };
    String[] names = {"inline strings", "name lists", "states", "port histories"};
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "history table capacity used: snapshots %d/%d (%d%%),",
                snapshots,
                MAX_SNAPSHOTS,
                Math.round(100.0 * snapshots / MAX_SNAPSHOTS)));
    for (int i = 0; i < names.length; i++) {
      b.append(
          String.format(
              Locale.ROOT,
              " %s %,d/%,d (%d%%)%s",
              names[i],
              counts[i],
              TableWriter.U16_LIMIT,
              Math.round(100.0 * counts[i] / TableWriter.U16_LIMIT),
              i < names.length - 1 ? "," : ""));
    }
    return b.toString();
  }

  /** The u16 a string reference is stored as: inline strings first, then record fields. */
  private static int ref(int stringRef, int inlineCount) {
    return (stringRef & 1 << 16) != 0 ? stringRef & 0xFFFF : inlineCount + stringRef;
  }

  /**
   * Writes a counted section: the start of every 64th entry (the sum of the counts before it) as a
   * u32, then each entry's count in {@code width} bytes. The reader finds an entry's start by
   * summing at most 63 counts after its block's start.
   */
  private static void counted(TableOutput out, List<Integer> counts, int width) {
    long start = 0;
    for (int i = 0; i < counts.size(); i++) {
      if (i % BLOCK == 0) {
        out.writeInt((int) start);
      }
      start += counts.get(i);
    }
    for (int count : counts) {
      if (width == 1) {
        out.writeByte(count);
      } else {
        out.writeShort(count);
      }
    }
  }

  /**
   * A u16 column being written, delta-coded within blocks of {@link #BLOCK} entries: the first of
   * each block as its value, the others as their difference from the entry before, modulo 2^16. The
   * reader sums at most 64 entries for any one, instead of decoding the column at load.
   */
  private static final class Column {
    private final TableOutput out;
    private int previous;
    private int written;

    Column(TableOutput out) {
      this.out = out;
    }

    void add(int value) {
      out.writeShort(written++ % BLOCK == 0 ? value : (value - previous) & 0xFFFF);
      previous = value;
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
