package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The history table read back by a decoder written here from the format's documentation (the
 * Javadoc of core's {@code HistoryTable}), not by core's reader: every period of every port must
 * equal the {@link HistoryModel} it was written from, with strings shared with the current
 * registry's records resolved through those records.
 */
class HistoryTableDecodeTest {
  private static final Path HISTORY = Path.of("src/main/registry/history");

  @Test
  void everyPeriodOfEveryPortReadsBackFromThreeRealSnapshots() throws IOException {
    SnapshotManifest manifest =
        SnapshotManifest.parse(
            "snapshots.tsv", Files.readAllBytes(HISTORY.resolve(SnapshotManifest.FILE_NAME)));
    HistoryCompiler compiler = new HistoryCompiler();
    NormalizedRegistry current = null;
    for (String file : List.of("2014-07-09.csv", "2017-02-24.csv", "2017-08-24.csv")) {
      current = NormalizedRegistry.read(file, Files.readAllBytes(HISTORY.resolve(file)), manifest);
      compiler.add(current);
    }
    HistoryModel model = compiler.finish();
    byte[] buildId = TableWriter.compile(current).buildId();
    byte[] table = HistoryTableWriter.write(model, current, buildId);

    ByteBuffer b = ByteBuffer.wrap(table);
    assertThat(b.getInt(0)).isEqualTo(0x50484953); // "PHIS"
    assertThat(b.getShort(4)).isEqualTo((short) 3);
    assertThat(b.getShort(6) & 0xFFFF)
        .isEqualTo(TableWriter.packDate(java.util.Optional.of(new CsvDate(2017, 8, 24))));
    assertThat(b.getShort(8) & 0xFFFF).isEqualTo(current.records().size());
    assertThat(HexFormat.of().formatHex(table, 10, 42)).isEqualTo(current.sha256());
    int snapshots = table[42] & 0xFF;
    assertThat(snapshots).isEqualTo(3);
    int inlineCount = b.getShort(43) & 0xFFFF;
    int inlineBytes = b.getInt(45);
    int nameListCount = b.getShort(49) & 0xFFFF;
    int nameEntries = b.getInt(51);
    int stateCount = b.getShort(55) & 0xFFFF;
    int historyCount = b.getShort(57) & 0xFFFF;
    int periodEntries = b.getInt(59);
    assertThat(table[63]).isZero();
    assertThat(java.util.Arrays.copyOfRange(table, 64, 80)).isEqualTo(buildId);
    int portRuns = b.getInt(80);
    Reader in = new Reader(b, 84);
    for (int s = 0; s < snapshots; s++) {
      HistorySnapshot expected = model.snapshots().get(s);
      assertThat(in.u16()).isEqualTo(TableWriter.packDate(java.util.Optional.of(expected.date())));
      assertThat(in.u8()).isEqualTo(expected.form().ordinal());
      assertThat(in.u16()).isEqualTo(expected.recordCount());
      assertThat(HexFormat.of().formatHex(table, in.at, in.at + 32)).isEqualTo(expected.sha256());
      in.at += 32;
    }
    int[] lengths = in.counted(inlineCount, 2, inlineBytes);
    List<String> inline = new ArrayList<>();
    for (int length : lengths) {
      inline.add(new String(table, in.at, length, StandardCharsets.UTF_8));
      in.at += length;
    }
    assertThat(inline.get(0)).isEmpty();
    int[] nameListSizes = in.counted(nameListCount, 1, nameEntries);
    int[] nameRefs = in.column(nameEntries);
    List<List<String>> nameLists = new ArrayList<>();
    int from = 0;
    for (int size : nameListSizes) {
      List<String> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        list.add(string(nameRefs[from + i], inline, current));
      }
      nameLists.add(list);
      from += size;
    }
    assertThat(nameLists.get(0)).isEmpty();
    int[] status = new int[stateCount];
    for (int i = 0; i < stateCount; i++) {
      status[i] = in.u8();
    }
    int[] stateNames = in.column(stateCount);
    int[] stateDescriptions = in.column(stateCount);
    int[] periodCounts = in.counted(historyCount, 1, periodEntries);
    int periods = periodEntries;
    int[] starts = new int[periods];
    for (int i = 0; i < periods; i++) {
      starts[i] = in.u8();
    }
    int[] periodStates = new int[periods];
    for (int i = 0; i < periods; i++) {
      periodStates[i] = in.u16(); // plain, not delta-coded
    }
    int[] runStarts = in.column(portRuns);
    int[] runHistories = in.column(portRuns);
    assertThat(in.at).isEqualTo(table.length - 4);
    CRC32 crc = new CRC32();
    crc.update(table, 0, table.length - 4);
    assertThat(b.getInt(table.length - 4)).isEqualTo((int) crc.getValue());
    // The runs, expanded to one history a port: from port 0 up, each run to the next one's start.
    assertThat(runStarts[0]).isZero();
    int[] portHistory = new int[TableWriter.PORTS];
    for (int r = 0; r < portRuns; r++) {
      int end = r + 1 < portRuns ? runStarts[r + 1] : TableWriter.PORTS;
      assertThat(end).as("run %d ends above its start", r).isGreaterThan(runStarts[r]);
      java.util.Arrays.fill(portHistory, runStarts[r], end, runHistories[r]);
      assertThat(r == 0 || runHistories[r] != runHistories[r - 1])
          .as("run %d is a new history", r)
          .isTrue();
    }

    int[] firstPeriod = new int[historyCount + 1];
    for (int h = 0; h < historyCount; h++) {
      firstPeriod[h + 1] = firstPeriod[h] + periodCounts[h];
    }
    RecordKind[] byCode = {RecordKind.UNASSIGNED, RecordKind.RESERVED, RecordKind.ASSIGNED};
    // Decoded whole, then compared once: an assertion a period would cost seconds. The table
    // stores where each period starts; its end is where the next of its protocol starts.
    List<List<PeriodStart>> decoded = new ArrayList<>();
    List<List<PeriodStart>> expected = new ArrayList<>();
    for (int port = 0; port < TableWriter.PORTS; port++) {
      int h = portHistory[port];
      List<PeriodStart> periodsOfPort = new ArrayList<>();
      for (int i = 0; i < periodCounts[h]; i++) {
        int start = starts[firstPeriod[h] + i];
        int state = periodStates[firstPeriod[h] + i];
        periodsOfPort.add(
            new PeriodStart(
                start >>> 6,
                start & 63,
                new PortState(
                    byCode[status[state]],
                    nameLists.get(stateNames[state]),
                    string(stateDescriptions[state], inline, current))));
      }
      decoded.add(periodsOfPort);
      List<PeriodStart> modelled = new ArrayList<>();
      for (HistoryModel.Period p : model.periods(port)) {
        modelled.add(new PeriodStart(p.protocol(), p.first(), p.state()));
      }
      expected.add(modelled);
    }
    assertThat(decoded).isEqualTo(expected);
    // Ports 249-255 have one history: Reserved throughout, on both protocols.
    assertThat(portHistory[249]).isEqualTo(portHistory[255]);
    assertThat(HistoryTableWriter.usage(table))
        .startsWith(
            "history table capacity used: snapshots 3/63 (5%), inline strings "
                + String.format(java.util.Locale.ROOT, "%,d", inlineCount)
                + "/65,535");
  }

  /** What the table stores of a period. */
  private record PeriodStart(int protocol, int first, PortState state) {}

  /** A string reference: inline strings first, then two fields (name, description) a record. */
  private static String string(int ref, List<String> inline, NormalizedRegistry current) {
    if (ref < inline.size()) {
      return inline.get(ref);
    }
    RegistryRecord r = current.records().get((ref - inline.size()) / 2);
    return (ref - inline.size()) % 2 == 0 ? r.serviceName() : r.description();
  }

  private static final class Reader {
    private final ByteBuffer b;
    int at;

    Reader(ByteBuffer b, int at) {
      this.b = b;
      this.at = at;
    }

    int u8() {
      return b.get(at++) & 0xFF;
    }

    int u16() {
      int v = b.getShort(at) & 0xFFFF;
      at += 2;
      return v;
    }

    int u32() {
      int v = b.getInt(at);
      at += 4;
      return v;
    }

    /** A u16 column: delta-coded within blocks of 64, the first of each block its value. */
    int[] column(int count) {
      int[] values = new int[count];
      int value = 0;
      for (int i = 0; i < count; i++) {
        value = i % 64 == 0 ? u16() : (value + u16()) & 0xFFFF;
        values[i] = value;
      }
      return values;
    }

    /**
     * A counted section's counts ({@code width} bytes each, adding up to {@code total}), after
     * checking its block starts: each the sum of the counts before its block.
     */
    int[] counted(int count, int width, int total) {
      int[] blockStarts = new int[(count + 63) / 64];
      for (int i = 0; i < blockStarts.length; i++) {
        blockStarts[i] = u32();
      }
      int[] counts = new int[count];
      int sum = 0;
      for (int i = 0; i < count; i++) {
        if (i % 64 == 0) {
          assertThat(blockStarts[i / 64]).as("start of block %d", i / 64).isEqualTo(sum);
        }
        counts[i] = width == 1 ? u8() : u16();
        sum += counts[i];
      }
      assertThat(sum).isEqualTo(total);
      return counts;
    }
  }
}
