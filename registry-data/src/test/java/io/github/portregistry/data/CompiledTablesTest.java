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
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's output read back by a decoder written here from the format's documentation (the
 * Javadoc of core's {@code RegistryTable}), not by core's reader: every field of every record,
 * every list and every port of both tables must equal the normalized model it was compiled from.
 * The generator's own tests thus check the bytes it writes, not only that core can read them.
 */
class CompiledTablesTest {
  private static final Path HISTORY = Path.of("src/main/registry/history");

  private static NormalizedRegistry registry;
  private static TableWriter.Tables tables;
  private static Decoded decoded;

  @BeforeAll
  static void compileTheXmlOf20260817() throws IOException {
    String file = "2026-08-17.xml";
    registry = NormalizedRegistry.read(file, Files.readAllBytes(HISTORY.resolve(file)));
    tables = TableWriter.compile(registry);
    decoded = new Decoded(tables.records());
  }

  @Test
  void theRecordsTableHeaderNamesTheRegistry() {
    ByteBuffer b = ByteBuffer.wrap(tables.records());
    assertThat(b.getInt(0)).isEqualTo(0x50524547); // "PREG"
    assertThat(b.getShort(4)).isEqualTo((short) 6);
    assertThat(unpackDate(b.getShort(6) & 0xFFFF)).contains(new CsvDate(2026, 8, 17));
    assertThat(hex(tables.records(), 8, 32)).isEqualTo(registry.sha256());
    assertThat(decoded.recordCount).isEqualTo(14_533);
    assertThat(crcHolds(tables.records())).isTrue();
  }

  /**
   * Both tables carry one build id: the first 16 bytes of the SHA-256 of the status table and then
   * the records table, each without its CRC32 and with its build id zeroed.
   */
  @Test
  void bothTablesCarryTheBuildIdOfTheirContent() throws Exception {
    byte[] status = tables.status().clone();
    byte[] records = tables.records().clone();
    byte[] id = java.util.Arrays.copyOfRange(records, 40, 56);
    assertThat(java.util.Arrays.copyOfRange(status, 42, 58)).isEqualTo(id);
    assertThat(tables.buildId()).isEqualTo(id);
    java.util.Arrays.fill(status, 42, 58, (byte) 0);
    java.util.Arrays.fill(records, 40, 56, (byte) 0);
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    sha.update(status, 0, status.length - 4);
    sha.update(records, 0, records.length - 4);
    assertThat(java.util.Arrays.copyOf(sha.digest(), 16)).isEqualTo(id);
  }

  @Test
  void everyRecordReadsBackFieldByField() {
    List<RegistryRecord> records = registry.records();
    assertThat(decoded.recordCount).isEqualTo(records.size());
    for (int r = 0; r < records.size(); r++) {
      RegistryRecord rec = records.get(r);
      String at = "record " + r + " (line " + rec.line() + ")";
      int flags = decoded.flags[r];
      int protocol = flags & 7;
      assertThat(protocol)
          .as(at)
          .isEqualTo(
              rec.protocol().isEmpty() ? 0 : TableWriter.PROTOCOLS.indexOf(rec.protocol()) + 1);
      assertThat((flags & 8) != 0).as(at).isEqualTo(rec.hasPort());
      assertThat(flags >>> 4).as(at).isEqualTo(rec.kind().ordinal());
      assertThat(decoded.firstPort[r]).as(at).isEqualTo(Math.max(rec.firstPort(), 0));
      assertThat(decoded.lastPort[r]).as(at).isEqualTo(Math.max(rec.lastPort(), 0));
      assertThat(decoded.text(0, r)).as(at).isEqualTo(rec.serviceName());
      assertThat(decoded.text(1, r)).as(at).isEqualTo(rec.description());
      assertThat(decoded.text(2, r)).as(at).isEqualTo(rec.assignee());
      assertThat(decoded.text(3, r)).as(at).isEqualTo(rec.contact());
      assertThat(decoded.text(4, r)).as(at).isEqualTo(rec.serviceCode());
      assertThat(decoded.text(5, r)).as(at).isEqualTo(rec.unauthorizedUseReported());
      assertThat(decoded.text(6, r)).as(at).isEqualTo(rec.assignmentNotes());
      assertThat(decoded.text(7, r)).as(at).isEqualTo(rec.formerly());
      List<String> refs = new ArrayList<>();
      for (int entry : decoded.referenceLists.get(decoded.referenceListId[r])) {
        refs.add(
            Reference.Kind.values()[entry >>> 16].xmlName()
                + " "
                + decoded.strings.get(entry & 0xFFFF));
      }
      List<String> expected = new ArrayList<>();
      for (Reference ref : rec.references()) {
        expected.add(ref.kind().xmlName() + " " + ref.text());
      }
      assertThat(refs).as(at).isEqualTo(expected);
      assertThat(unpackDate(decoded.dates[0][r])).as(at).isEqualTo(rec.registrationDate());
      assertThat(unpackDate(decoded.dates[1][r])).as(at).isEqualTo(rec.modificationDate());
      assertThat(unpackDate(decoded.dates[2][r])).as(at).isEqualTo(rec.removalDate());
    }
  }

  /**
   * An assignee or contact that names exactly one listed person is stored as that person, not as a
   * second spelling of the id; anything else ("[A][B]", a name without brackets) stays a string.
   */
  @Test
  void assigneesAndContactsNamingOnePersonPointAtThePerson() {
    int stringCount = decoded.strings.size();
    int personRefs = 0;
    for (int c = 0; c < 8; c++) {
      for (int r = 0; r < decoded.recordCount; r++) {
        int id = decoded.textIds[c][r];
        if (id >= stringCount) {
          assertThat(c).as("column of record " + r).isIn(2, 3);
          personRefs++;
        }
      }
    }
    // Jon Postel is assignee and contact of ports 1-255's early records, e.g. rje on port 5.
    int rje = registry.records().stream().map(RegistryRecord::serviceName).toList().indexOf("rje");
    assertThat(decoded.text(2, rje)).isEqualTo("[Jon_Postel]");
    assertThat(decoded.textIds[2][rje]).isGreaterThanOrEqualTo(stringCount);
    assertThat(personRefs).isGreaterThan(10_000);
    assertThat(decoded.strings).doesNotContain("[Jon_Postel]");
    List<String> people = registry.people().stream().map(p -> "[" + p.id() + "]").toList();
    for (int c = 2; c <= 3; c++) {
      for (int r = 0; r < decoded.recordCount; r++) {
        if (decoded.textIds[c][r] < stringCount) {
          assertThat(people)
              .as("column " + c + " of record " + r)
              .doesNotContain(decoded.text(c, r));
        }
      }
    }
  }

  @Test
  void everyPortListsTheRecordsCoveringItInRegistryOrder() {
    List<RegistryRecord> records = registry.records();
    List<List<Integer>> naive = new ArrayList<>();
    for (int p = 0; p < TableWriter.PORTS; p++) {
      naive.add(new ArrayList<>());
    }
    for (int r = 0; r < records.size(); r++) {
      RegistryRecord rec = records.get(r);
      for (int p = rec.firstPort(); rec.hasPort() && p <= rec.lastPort(); p++) {
        naive.get(p).add(r);
      }
    }
    for (int p = 0; p < TableWriter.PORTS; p++) {
      assertThat(decoded.recordLists.get(decoded.portList[p]))
          .as("port " + p)
          .isEqualTo(naive.get(p));
    }
    // Real facts: port 80 has the most records (7), and 49152-65535 is one range.
    assertThat(decoded.recordLists.get(decoded.portList[80])).hasSize(7);
    assertThat(decoded.portList[65_535]).isEqualTo(decoded.portList[49_152]);
    assertThat(decoded.recordLists.get(0)).isEmpty();
  }

  /** Status from the records by the documented rule: per protocol, the strongest kind wins. */
  @Test
  void everyPortStatusIsTheStrongestKindOfTheRecordsCoveringItInBothTables() {
    byte[] naive = new byte[TableWriter.PORTS];
    for (RegistryRecord rec : registry.records()) {
      int code = rec.kind() == RecordKind.ASSIGNED ? 2 : rec.kind() == RecordKind.RESERVED ? 1 : 0;
      for (int p = rec.firstPort(); rec.hasPort() && p <= rec.lastPort(); p++) {
        for (int proto = 0; proto < 4; proto++) {
          if (rec.protocol().isEmpty() || rec.protocol().equals(TableWriter.PROTOCOLS.get(proto))) {
            int shift = 2 * proto;
            int strongest = Math.max(naive[p] >>> shift & 3, code);
            naive[p] = (byte) (naive[p] & ~(3 << shift) | strongest << shift);
          }
        }
      }
    }
    byte[] status = tables.status();
    ByteBuffer b = ByteBuffer.wrap(status);
    assertThat(b.getInt(0)).isEqualTo(0x50535441); // "PSTA"
    assertThat(b.getShort(4)).isEqualTo((short) 6);
    assertThat(unpackDate(b.getShort(6) & 0xFFFF)).contains(new CsvDate(2026, 8, 17));
    assertThat(b.getShort(8) & 0xFFFF).isEqualTo(14_533);
    assertThat(hex(status, 10, 32)).isEqualTo(registry.sha256());
    assertThat(status[58]).isEqualTo((byte) 2); // xml
    assertThat(portStatus(status)).isEqualTo(naive);
    assertThat(status).hasSize(59 + TableWriter.PORTS + 4);
    assertThat(crcHolds(status)).isTrue();
    // Hand-checked: 22 is assigned on tcp, udp and sctp (ssh), unassigned on dccp; 47 is Reserved
    // on both tcp and udp since 2017-05-18.
    assertThat(naive[22]).isEqualTo((byte) 0b00_10_10_10);
    assertThat(naive[47]).isEqualTo((byte) 0b00_00_01_01);
  }

  /** The people list sorted by id (String order), so that the runtime can search it. */
  @Test
  void everyPersonReadsBackSortedById() {
    List<Person> people = new ArrayList<>(registry.people());
    people.sort(java.util.Comparator.comparing(Person::id));
    assertThat(people).hasSizeGreaterThan(1000);
    assertThat(decoded.peopleUpdated).hasSize(people.size());
    for (int p = 0; p < people.size(); p++) {
      Person person = people.get(p);
      assertThat(decoded.personId(p)).isEqualTo(person.id());
      assertThat(decoded.strings.get(decoded.people[1][p]))
          .as(person.id())
          .isEqualTo(person.name());
      assertThat(decoded.strings.get(decoded.people[2][p]))
          .as(person.id())
          .isEqualTo(person.organization());
      assertThat(decoded.personUri(p)).as(person.id()).isEqualTo(person.uri());
      assertThat(unpackDate(decoded.peopleUpdated[p])).as(person.id()).isEqualTo(person.updated());
    }
  }

  @Test
  void serviceNamesAreSortedCaseFoldedEachWithItsRecords() {
    TreeMap<String, List<Integer>> naive = new TreeMap<>();
    List<RegistryRecord> records = registry.records();
    for (int r = 0; r < records.size(); r++) {
      String name = records.get(r).serviceName();
      if (!name.isEmpty()) {
        naive.computeIfAbsent(TableWriter.asciiLowerCase(name), k -> new ArrayList<>()).add(r);
      }
    }
    assertThat(decoded.names).hasSize(naive.size());
    int i = 0;
    for (List<Integer> named : naive.values()) {
      assertThat(decoded.strings.get(decoded.names[i]))
          .isEqualTo(records.get(named.get(0)).serviceName());
      assertThat(decoded.recordLists.get(decoded.nameLists[i])).isEqualTo(named);
      i++;
    }
  }

  @Test
  void aRangeToTheLastPortAndRecordsOfEveryProtocolAndKindCompileByTheSameRules() {
    String csv =
        "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,"
            + "Registration Date,Modification Date,Reference,Service Code,"
            + "Unauthorized Use Reported,Assignment Notes\r\n"
            + ",65000-65535,,Unassigned,,,,,,,,\r\n"
            + ",65535,udp,Reserved,,,,,,,,\r\n"
            + "last,65535,dccp,The last port,,,2020-02,,,,,\r\n"
            + "sc,65535,sctp,SCTP,,,1970-01-01,2097-12-31,,,,\r\n"
            + "Last,,,No port,,,,,,,,\r\n"
            + ",65534,tcp,Reserved,,,,,,,,\r\n"
            + "low,65534,tcp,Assigned after a reservation,,,,,,,,\r\n";
    NormalizedRegistry small =
        NormalizedRegistry.read("edge.csv", csv.getBytes(StandardCharsets.UTF_8));
    TableWriter.Tables t = TableWriter.compile(small);
    Decoded d = new Decoded(t.records());
    byte[] status = portStatus(t.status());
    assertThat(status[65_535] & 0xFF).isEqualTo(0b10_10_01_00); // tcp 0, udp 1, sctp 2, dccp 2
    assertThat(status[65_534] & 0xFF).isEqualTo(0b00_00_00_10);
    assertThat(status[64_999]).isZero();
    assertThat(t.status()[58]).isEqualTo((byte) 3); // csv
    assertThat(d.recordLists.get(d.portList[65_535])).containsExactly(0, 1, 2, 3);
    assertThat(d.recordLists.get(d.portList[65_534])).containsExactly(0, 5, 6);
    assertThat(d.recordLists.get(d.portList[65_000])).containsExactly(0);
    assertThat(d.portList[64_999]).isZero();
    assertThat(d.flags)
        .containsExactly(0b10_1_000, 0b01_1_010, 0b00_1_100, 0b00_1_011, 0, 0b01_1_001, 0b1_001);
    assertThat(unpackDate(d.dates[0][2])).contains(new CsvDate(2020, 2, 0));
    assertThat(unpackDate(d.dates[0][3])).contains(new CsvDate(1970, 1, 1));
    assertThat(unpackDate(d.dates[1][3])).contains(new CsvDate(2097, 12, 31));
    // "last" and "Last" fold to one name; its spelling is the first record's.
    assertThat(d.names).hasSize(3);
    assertThat(d.strings.get(d.names[0])).isEqualTo("last");
    assertThat(d.recordLists.get(d.nameLists[0])).containsExactly(2, 4);
    assertThat(TableWriter.asciiLowerCase("AZaz@[`{09")).isEqualTo("azaz@[`{09");
  }

  @Test
  void datesPackIntoSixteenBits() {
    assertThat(TableWriter.packDate(Optional.empty())).isZero();
    assertThat(TableWriter.packDate(Optional.of(new CsvDate(1970, 1, 0)))).isEqualTo(1 << 5);
    assertThat(TableWriter.packDate(Optional.of(new CsvDate(2017, 5, 18))))
        .isEqualTo(47 << 9 | 5 << 5 | 18);
    assertThat(TableWriter.packDate(Optional.of(new CsvDate(2097, 12, 31))))
        .isEqualTo(127 << 9 | 12 << 5 | 31);
  }

  private static byte[] portStatus(byte[] statusTable) {
    return java.util.Arrays.copyOfRange(statusTable, 59, 59 + TableWriter.PORTS);
  }

  private static Optional<CsvDate> unpackDate(int packed) {
    return packed == 0
        ? Optional.empty()
        : Optional.of(new CsvDate((packed >>> 9) + 1970, packed >>> 5 & 15, packed & 31));
  }

  private static String hex(byte[] b, int from, int length) {
    return HexFormat.of().formatHex(b, from, from + length);
  }

  private static boolean crcHolds(byte[] table) {
    CRC32 crc = new CRC32();
    crc.update(table, 0, table.length - 4);
    return (int) crc.getValue() == ByteBuffer.wrap(table).getInt(table.length - 4);
  }

  /** The records table decoded as its documentation says, field by field. */
  private static final class Decoded {
    private final ByteBuffer b;
    private int at;
    final int recordCount;
    final List<String> strings = new ArrayList<>();
    final int[] flags;
    final int[] firstPort;
    final int[] lastPort;
    final int[][] textIds = new int[8][];
    final int[] referenceListId;
    final int[][] dates = new int[3][];
    final List<List<Integer>> recordLists;
    final List<List<Integer>> referenceLists;
    final int[] portList;
    final int[] names;
    final int[] nameLists;
    final int[][] people = new int[4][];
    final int[] peopleUpdated;
    final int[] peopleFlags;

    Decoded(byte[] table) {
      b = ByteBuffer.wrap(table);
      recordCount = u16(56);
      int stringCount = u16(58);
      int recordListCount = u16(60);
      int referenceListCount = u16(62);
      int nameCount = u16(64);
      int peopleCount = u16(66);
      at = 80;
      // The offset of every 64th string, then the strings.
      int[] checkpoints = new int[(stringCount + 63) / 64];
      for (int i = 0; i < checkpoints.length; i++) {
        checkpoints[i] = b.getInt(at);
        at += 4;
      }
      int stringsAt = at;
      int stringsEnd = at + b.getInt(68);
      // Each string is followed by a 0 byte.
      while (at < stringsEnd) {
        int end = at;
        while (table[end] != 0) {
          end++;
        }
        strings.add(new String(table, at, end - at, StandardCharsets.UTF_8));
        at = end + 1;
      }
      assertThat(at).isEqualTo(stringsEnd);
      assertThat(strings).hasSize(stringCount);
      int offset = 0;
      for (int i = 0; i < stringCount; i++) {
        if (i % 64 == 0) {
          assertThat(checkpoints[i / 64]).as("checkpoint of string " + i).isEqualTo(offset);
        }
        offset += strings.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
      }
      assertThat(stringsAt + offset).isEqualTo(stringsEnd);
      assertThat(strings.get(0)).isEmpty();
      flags = new int[recordCount];
      for (int r = 0; r < recordCount; r++) {
        flags[r] = table[at++] & 0xFF;
      }
      firstPort = column(recordCount);
      lastPort = column(recordCount);
      // Name d16, description x16, assignee d16, contact x16, the other four plain u16.
      textIds[0] = column(recordCount);
      textIds[1] = across(textIds[0]);
      textIds[2] = column(recordCount);
      textIds[3] = across(textIds[2]);
      for (int c = 4; c < 8; c++) {
        textIds[c] = plain(recordCount);
      }
      referenceListId = column(recordCount);
      for (int c = 0; c < 3; c++) {
        dates[c] = column(recordCount);
      }
      recordLists = lists(recordListCount, b.getInt(72));
      referenceLists = lists(referenceListCount, b.getInt(76));
      // Each reference entry's kind, one byte each after the string ids, joined as kind << 16 | id.
      for (List<Integer> list : referenceLists) {
        for (int i = 0; i < list.size(); i++) {
          list.set(i, (table[at++] & 0xFF) << 16 | list.get(i));
        }
      }
      portList = column(TableWriter.PORTS);
      nameLists = column(nameCount);
      // A name's spelling is the service name of its list's first record.
      names = new int[nameCount];
      for (int i = 0; i < nameCount; i++) {
        names[i] = textIds[0][recordLists.get(nameLists[i]).get(0)];
      }
      for (int c = 0; c < 4; c++) {
        people[c] = column(peopleCount);
      }
      peopleUpdated = column(peopleCount);
      peopleFlags = new int[peopleCount];
      for (int p = 0; p < peopleCount; p++) {
        peopleFlags[p] = table[at++] & 0xFF;
      }
      assertThat(at).as("the CRC follows the last column").isEqualTo(table.length - 4);
    }

    /**
     * Flag bits 0-1: 0 the id whole, 1 the name's stem and then the id column, 2 the same of the
     * organization.
     */
    String personId(int p) {
      String stored = strings.get(people[0][p]);
      int source = peopleFlags[p] & 3;
      assertThat(source).isLessThan(3);
      if (source == 0) {
        return stored;
      }
      String stem =
          strings.get(people[source][p]).replace(' ', '_').replace(".", "").replace(",", "");
      return stem + stored;
    }

    /** Flag bit 2: "mailto:" and then the URI column. */
    String personUri(int p) {
      assertThat(peopleFlags[p]).isLessThan(8);
      String stored = strings.get(people[3][p]);
      return (peopleFlags[p] & 4) != 0 ? "mailto:" + stored : stored;
    }

    /** Ids from S on (assignee and contact only) are person S - id's reference, "[id]". */
    String text(int column, int record) {
      int id = textIds[column][record];
      if (id >= strings.size()) {
        assertThat(column).isIn(2, 3);
        return "[" + personId(id - strings.size()) + "]";
      }
      return strings.get(id);
    }

    private int u16(int offset) {
      return b.getShort(offset) & 0xFFFF;
    }

    private int next16() {
      int v = u16(at);
      at += 2;
      return v;
    }

    private int[] across(int[] before) {
      int[] values = new int[before.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = (before[i] + next16()) & 0xFFFF;
      }
      return values;
    }

    private int[] plain(int count) {
      int[] values = new int[count];
      for (int i = 0; i < count; i++) {
        values[i] = next16();
      }
      return values;
    }

    /** A d16 column: deltas, restarting from 0 at every 64th entry (format 6). */
    private int[] column(int count) {
      int[] values = new int[count];
      int value = 0;
      for (int i = 0; i < count; i++) {
        if (i % 64 == 0) {
          value = 0;
        }
        value = (value + next16()) & 0xFFFF;
        values[i] = value;
      }
      return values;
    }

    private List<List<Integer>> lists(int count, int entries) {
      int[] lengths = new int[count];
      int total = 0;
      for (int i = 0; i < count; i++) {
        lengths[i] = next16();
        total += lengths[i];
      }
      assertThat(total).isEqualTo(entries);
      int[] all = column(total);
      List<List<Integer>> result = new ArrayList<>();
      int from = 0;
      for (int length : lengths) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < length; i++) {
          list.add(all[from + i]);
        }
        result.add(list);
        from += length;
      }
      return result;
    }
  }
}
