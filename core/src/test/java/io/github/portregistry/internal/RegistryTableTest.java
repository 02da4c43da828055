package io.github.portregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.TableWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded table against its source: the OkHttp IdnaMappingTableTest pattern. The table in the
 * jar equals a fresh compilation of the CSV, its ids fit their sections, and damage is detected.
 */
class RegistryTableTest {
  private static byte[] embedded;
  private static byte[] embeddedStatus;

  @BeforeAll
  static void readEmbeddedTables() throws IOException {
    embedded = resource(RegistryTable.RESOURCE);
    embeddedStatus = resource(PortStatusTable.RESOURCE);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = RegistryTable.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void embeddedTablesEqualAFreshCompilationOfTheCsv() throws IOException {
    Path path = Path.of(System.getProperty("registry.file"));
    NormalizedRegistry csv = NormalizedRegistry.read(path.toString(), Files.readAllBytes(path));
    TableWriter.Tables tables = TableWriter.compile(csv);
    assertThat(tables.records()).isEqualTo(embedded);
    assertThat(tables.status()).isEqualTo(embeddedStatus);
  }

  /**
   * Most ids are stored as a suffix of the name's or organization's stem: the binary search must
   * still find every person of the source by id, with every field as the source writes it.
   */
  @Test
  void everyPersonOfTheSourceIsFoundByIdWithItsFields() throws IOException {
    Path path = Path.of(System.getProperty("registry.file"));
    NormalizedRegistry source = NormalizedRegistry.read(path.toString(), Files.readAllBytes(path));
    RegistryTable table = RegistryTable.decode(embedded.clone(), "records");
    assertThat(table.personCount()).isEqualTo(source.people().size()).isEqualTo(5_615);
    int derived = 0;
    for (io.github.portregistry.data.Person person : source.people()) {
      int p = table.findPerson(person.id());
      assertThat(p).as(person.id()).isNotNegative();
      assertThat(table.personId(p)).isEqualTo(person.id());
      assertThat(table.string(table.personText(p, 1))).isEqualTo(person.name());
      assertThat(table.string(table.personText(p, 2))).isEqualTo(person.organization());
      assertThat(table.personUri(p)).as(person.id()).isEqualTo(person.uri());
      if (!table.string(table.personText(p, 0)).equals(person.id())) {
        derived++;
      }
      // A near miss of a stored id is not found.
      assertThat(table.findPerson(person.id() + "_")).as(person.id()).isNegative();
    }
    // "Bruce_Davie_2" is the name's stem and "_2"; "Catalogic_Software_Inc" the organization's.
    assertThat(table.string(table.personText(table.findPerson("Bruce_Davie_2"), 0)))
        .isEqualTo("_2");
    assertThat(table.string(table.personText(table.findPerson("Catalogic_Software_Inc"), 2)))
        .isEqualTo("Catalogic Software, Inc.");
    assertThat(derived).isGreaterThan(5_000);
  }

  @Test
  void statusTableAgreesWithTheRecordsTable() {
    PortStatusTable status = PortStatusTable.decode(embeddedStatus.clone(), "status");
    RegistryTable records = RegistryTable.decode(embedded.clone(), "records");
    assertThat(status.buildId()).isEqualTo(records.buildId()).hasSize(32);
    status.checkSameBuild(embedded);
    assertThat(status.sourceSha256()).isEqualTo(records.sourceSha256());
    assertThat(status.recordCount()).isEqualTo(records.recordCount());
    assertThat(status.dataDate()).isEqualTo(records.dataDate());
  }

  @Test
  void everyBitFlipOfTheStatusTableIsDetected() {
    SplittableRandom random = new SplittableRandom(65535);
    for (int n = 0; n < 3_000; n++) {
      int offset =
          n < 8 * PortStatusTable.HEADER_SIZE ? n / 8 : random.nextInt(embeddedStatus.length);
      byte[] damaged = embeddedStatus.clone();
      damaged[offset] ^= (byte) (1 << (n % 8));
      assertThatThrownBy(() -> PortStatusTable.decode(damaged, "status.bin"))
          .as("flip of bit %d at byte %d", n % 8, offset)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("port-registry table status.bin is damaged: ");
    }
  }

  @Test
  void everyIdFitsItsSection() {
    RegistryTable table = RegistryTable.decode(embedded.clone(), "embedded");
    table.checkIds();
    PortStatusTable.decode(embeddedStatus.clone(), "embedded status").checkCodes();
    assertThat(table.recordCount()).isLessThanOrEqualTo(0xFFFF);
    assertThat(table.nameCount()).isPositive();
  }

  @Test
  void headerAndLayoutMatchTheDocumentedFormat() {
    assertThat(embedded).startsWith(0x50, 0x52, 0x45, 0x47);
    assertThat((embedded[4] << 8 | embedded[5]) & 0xFFFF).isEqualTo(RegistryTable.FORMAT_VERSION);
    assertThat(TableWriter.FORMAT_VERSION).isEqualTo(RegistryTable.FORMAT_VERSION);
    assertThat(TableWriter.MAGIC).isEqualTo(RegistryTable.MAGIC);
  }

  @Test
  void everySingleByteFlipInTheHeaderIsDetected() {
    for (int i = 0; i < RegistryTable.HEADER_SIZE; i++) {
      for (int bit = 0; bit < 8; bit++) {
        assertDamageDetected(i, bit);
      }
    }
  }

  @Test
  void sampledByteFlipsInTheBodyAreDetected() {
    SplittableRandom random = new SplittableRandom(20260213);
    for (int n = 0; n < 2_000; n++) {
      assertDamageDetected(
          RegistryTable.HEADER_SIZE + random.nextInt(embedded.length - RegistryTable.HEADER_SIZE),
          random.nextInt(8));
    }
    assertDamageDetected(embedded.length - 1, 0); // the CRC itself
  }

  @Test
  void truncatedAndEmptyTablesAreRejected() {
    byte[] truncated = java.util.Arrays.copyOf(embedded, embedded.length - 10);
    assertThatThrownBy(() -> RegistryTable.decode(truncated, "cut"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("port-registry table cut is damaged");
    assertThatThrownBy(() -> RegistryTable.decode(new byte[0], "empty"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "port-registry table empty is damaged: length check failed (only 0 bytes, shorter"
                + " than the header)");
  }

  /** The source's form is one byte in the status table's header; an unknown code is rejected. */
  @Test
  void formIsReadFromTheStatusHeaderAndAnUnknownCodeIsRejected() {
    assertThat(PortStatusTable.decode(embeddedStatus, "s").form())
        .isIn("xml", "csv", "port-numbers", "rfc");
    byte[] badStatusForm = withCrc(embeddedStatus, PortStatusTable.FORM_AT, (byte) 9);
    assertThatThrownBy(() -> PortStatusTable.decode(badStatusForm, "g"))
        .hasMessageContaining("form check failed (code 9");
  }

  /** A table written by another generator version has a valid CRC: the version must stop it. */
  @Test
  void anotherFormatVersionOrMagicIsRejectedEvenWithAValidCrc() {
    // Version 5 is the layout before d16 blocks: its columns would read as wrong numbers.
    byte[] version5 = withCrc(embedded, 5, (byte) 5);
    assertThatThrownBy(() -> RegistryTable.decode(version5, "v5"))
        .hasMessage(
            "port-registry table v5 is damaged: format version check failed (version 5, this"
                + " library reads version 6)");
    byte[] otherMagic = withCrc(embedded, 0, (byte) 'X');
    assertThatThrownBy(() -> RegistryTable.decode(otherMagic, "x"))
        .hasMessageStartingWith("port-registry table x is damaged: magic check failed");
    byte[] statusVersion5 = withCrc(embeddedStatus, 5, (byte) 5);
    assertThatThrownBy(() -> PortStatusTable.decode(statusVersion5, "s5"))
        .hasMessageContaining("format version check failed");
    byte[] statusMagic = withCrc(embeddedStatus, 1, (byte) 'X');
    assertThatThrownBy(() -> PortStatusTable.decode(statusMagic, "s"))
        .hasMessageContaining("magic check failed");
  }

  /**
   * A generator bug that writes an id past its section would pass the CRC: {@link
   * RegistryTable#checkIds()}, which the build runs on every table, must catch it.
   */
  @Test
  void anIdPastItsSectionFailsTheInvariants() {
    // The first string id of the first text column (service name of record 0) sits after the
    // header, the strings, the flags and the two port columns.
    int recordCount = u16(embedded, 56);
    int strings = u16(embedded, 58);
    long stringBytes = u32(embedded, 68);
    int checkpoints = 4 * ((strings + RegistryTable.CHECKPOINT_EVERY - 1) / 64);
    int at =
        (int)
            (RegistryTable.HEADER_SIZE
                + checkpoints
                + stringBytes
                + recordCount
                + 4L * recordCount);
    byte[] bad = embedded.clone();
    bad[at] = (byte) 0xFF;
    bad[at + 1] = (byte) 0xFF;
    RegistryTable table = RegistryTable.decode(withCrc(bad, 0, bad[0]), "bad ids");
    assertThatThrownBy(table::checkIds)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("port-registry table bad ids is damaged: ids check failed")
        .hasMessageContaining("string id of record 0 is 65535, not below " + strings);

    byte[] badStatus = embeddedStatus.clone();
    badStatus[PortStatusTable.HEADER_SIZE + 252] = (byte) 0x03; // TCP code 3 is undefined
    PortStatusTable undefinedCodes =
        PortStatusTable.decode(withCrc(badStatus, 0, badStatus[0]), "s");
    assertThatThrownBy(undefinedCodes::checkCodes)
        .hasMessage(
            "port-registry table s is damaged: status codes check failed (port 252 has undefined"
                + " status bits)");
  }

  /**
   * The strings are found by their 0 terminators from a checkpoint every 64 strings. A lost last
   * terminator or a checkpoint out of order (with a CRC to match) fails at load; a terminator too
   * many, which load does not scan for, fails the invariants the build runs, naming the section.
   */
  @Test
  void aStringSectionWithoutExactlyOneTerminatorAStringFails() {
    int strings = u16(embedded, 58);
    long stringBytes = u32(embedded, 68);
    int checkpointsAt = RegistryTable.HEADER_SIZE;
    int stringsAt = checkpointsAt + 4 * ((strings + 63) / 64);
    int lastTerminator = (int) (stringsAt + stringBytes - 1);
    assertThat(embedded[lastTerminator]).isZero();
    assertThatThrownBy(
            () -> RegistryTable.decode(withCrc(embedded, lastTerminator, (byte) 'x'), "lost"))
        .hasMessage(
            "port-registry table lost is damaged: strings check failed (the section does not end"
                + " with a 0 byte)");
    // Checkpoint 1 (string 64) made larger than checkpoint 2.
    assertThatThrownBy(
            () -> RegistryTable.decode(withCrc(embedded, checkpointsAt + 4, (byte) 0x7F), "order"))
        .hasMessageStartingWith(
            "port-registry table order is damaged: strings check failed (checkpoint ");
    int inText = lastTerminator - 1; // the last byte of the last string
    assertThat(embedded[inText]).isNotZero();
    RegistryTable extra = RegistryTable.decode(withCrc(embedded, inText, (byte) 0), "extra");
    assertThatThrownBy(extra::checkIds)
        .hasMessage(
            "port-registry table extra is damaged: strings check failed (the section of "
                + stringBytes
                + " bytes does not hold exactly "
                + strings
                + " strings each ended by a 0 byte)");
  }

  /**
   * A first {@code byServiceName} searches the names by halves, so a table whose names are out of
   * order would miss names: the invariants the build runs refuse it. Here names 0 and 1 trade
   * places (their record lists swapped, the CRC32 recomputed).
   */
  @Test
  void namesOutOfOrderFailTheInvariants() {
    int r = u16(embedded, 56);
    int strings = u16(embedded, 58);
    int recordLists = u16(embedded, 60);
    int referenceLists = u16(embedded, 62);
    long entries = u32(embedded, 72);
    long references = u32(embedded, 76);
    long at =
        RegistryTable.HEADER_SIZE
            + 4L * ((strings + 63) / 64)
            + u32(embedded, 68)
            + r // flags
            + 2L * r * (2 + 8 + 1 + 3) // ports, text ids, reference list, dates
            + 2L * recordLists
            + 2L * entries
            + 2L * referenceLists
            + 3L * references
            + 2L * 65536;
    int names = (int) at; // the d16 column of each name's record list
    int first = u16(embedded, names);
    int second = (first + u16(embedded, names + 2)) & 0xFFFF;
    byte[] swapped = embedded.clone();
    int delta = (first - second) & 0xFFFF;
    swapped[names] = (byte) (second >>> 8);
    swapped[names + 1] = (byte) second;
    swapped[names + 2] = (byte) (delta >>> 8);
    swapped[names + 3] = (byte) delta;
    // (name 2's delta is from name 1's list, which is now `first`: fix it so only 0 and 1 move.)
    int third = (second + u16(embedded, names + 4)) & 0xFFFF;
    int thirdDelta = (third - first) & 0xFFFF;
    swapped[names + 4] = (byte) (thirdDelta >>> 8);
    swapped[names + 5] = (byte) thirdDelta;
    RegistryTable table = RegistryTable.decode(withCrc(swapped, 0, swapped[0]), "swapped");
    assertThat(table.nameRecordList(0)).isEqualTo(second);
    assertThat(table.nameRecordList(2)).isEqualTo(third);
    assertThatThrownBy(table::checkIds)
        .hasMessage(
            "port-registry table swapped is damaged: names check failed (name 1 is not after name"
                + " 0 in ASCII lower case)");
    RegistryTable.decode(embedded.clone(), "embedded").checkIds(); // and the real one passes
  }

  /** A copy with one byte set and the trailing CRC32 recomputed. */
  private static byte[] withCrc(byte[] table, int offset, byte value) {
    byte[] copy = table.clone();
    copy[offset] = value;
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(copy, 0, copy.length - 4);
    long v = crc.getValue();
    for (int i = 0; i < 4; i++) {
      copy[copy.length - 4 + i] = (byte) (v >>> (24 - 8 * i));
    }
    return copy;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
  }

  private static long u32(byte[] b, int at) {
    return ((long) u16(b, at) << 16) | u16(b, at + 2);
  }

  private static void assertDamageDetected(int offset, int bit) {
    byte[] damaged = embedded.clone();
    damaged[offset] ^= (byte) (1 << bit);
    assertThatThrownBy(() -> RegistryTable.decode(damaged, "flipped"))
        .as("flip of bit %d at byte %d", bit, offset)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("port-registry table flipped is damaged: ")
        .hasMessageMatching(".*(magic|CRC32|format version) check failed.*");
  }
}
