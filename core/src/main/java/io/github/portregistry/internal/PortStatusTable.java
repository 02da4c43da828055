package io.github.portregistry.internal;

import java.util.Arrays;

/**
 * The small table that {@code status} and {@code lookup} need: one status byte a port, read from
 * the resource {@value #RESOURCE} without touching the records table.
 *
 * <p>Split from {@link RegistryTable} because the records' text is a megabyte that most callers
 * never read: reading and inflating it first would multiply the cost of the first lookup and the
 * heap a status-only user keeps.
 *
 * <h2>Format, version 6</h2>
 *
 * <pre>
 * offset  size         field
 * 0       u32          magic 0x50535441 ("PSTA")
 * 4       u16          format version, 6 (shared with the records table)
 * 6       u16          data date (packed as in {@link RegistryTable})
 * 8       u16          record count R of the records table
 * 10      32 bytes     SHA-256 of the source registry file
 * 42      16 bytes     build id, equal to the records table's (see {@link BuildIdentity})
 * 58      u8           form of the source: 0 rfc, 1 port-numbers, 2 xml, 3 csv
 * 59      u8 x 65536   port status by port: 2 bits a protocol, TCP in bits 0-1, UDP 2-3, SCTP 4-5,
 *                      DCCP 6-7; 0 unassigned, 1 reserved, 2 assigned (3 is undefined: the
 *                      build checks that no table has it, see {@link #checkCodes})
 * 65595   u32          CRC32 of every byte before it
 * </pre>
 *
 * <p>65,599 bytes in all, fixed: the port space cannot grow. Which registry the jar holds ({@code
 * PortRegistry.version()}) is read from here too, so that it always describes the table that
 * answers.
 *
 * <h2>Two tables, one build</h2>
 *
 * Before its first answer, {@link #embedded()} reads the first 80 bytes of the records table (its
 * header, not its records: the status path stays at 64 KB; from the same opening of the jar) and
 * fails unless its magic, format version and build id match: a jar whose two tables come from
 * different builds answers nothing, not even {@code status}.
 */
public final class PortStatusTable {
  /** Where the build puts the table, relative to the class path root. */
  public static final String RESOURCE = "/io/github/portregistry/internal/status.bin";

  static final int MAGIC = 0x50535441;
  static final int HEADER_SIZE = 59;
  static final int BUILD_ID_AT = 42;
  static final int FORM_AT = 58;
  static final int SIZE = HEADER_SIZE + RegistryTable.PORTS + 4;

  // What the library keeps of the file: the status bytes and the header, so that the 64 KB are not
  // held twice (once in the file's bytes, once as the lookup array). The SHA-256 and build id stay
  // bytes until asked for as hex: the first status() compares ids as bytes and formats nothing.
  private final byte[] status;
  private final byte[] header;
  private final int dataDate;
  private final int recordCount;
  private final String form;
  private final TableCheck check;

  private PortStatusTable(byte[] data, String name) {
    check = new TableCheck(name);
    if (data.length != SIZE) {
      throw check.failed("length", data.length + " bytes, expected " + SIZE);
    }
    check.magic(data, MAGIC);
    check.crc(data);
    check.version(data);
    status = Arrays.copyOfRange(data, HEADER_SIZE, HEADER_SIZE + RegistryTable.PORTS);
    dataDate = TableCheck.u16(data, 6);
    recordCount = TableCheck.u16(data, 8);
    header = Arrays.copyOf(data, HEADER_SIZE);
    form = check.form(data, FORM_AT);
  }

  /**
   * Checks that no port has the undefined status code 3 on any protocol. Not run at load: the CRC32
   * already proves the bytes are the generator's, and this walk over 65,536 bytes would cost a
   * first {@code status} about a millisecond in the interpreter; the build runs it on every table
   * it compiles (the table tests and the fuzzer), so a generator bug fails the build instead of
   * answering wrongly.
   *
   * @throws IllegalStateException naming the first port with an undefined code
   */
  public void checkCodes() {
    for (int p = 0; p < status.length; p++) {
      int bits = status[p];
      if (((bits & (bits >>> 1)) & 0x55) != 0) {
        throw check.failed("status codes", "port " + p + " has undefined status bits");
      }
    }
  }

  // The jar's table, read and checked when this class is initialized: once, by the first call that
  // needs it, with class initialization as the lock (JLS 12.4.2). This class is its own holder
  // rather than a nested one because the first status() needs this class anyway, and in a fresh JVM
  // every class loaded from the jar costs a few hundred microseconds (issue 12). Constants above
  // are compile-time constants, so they are set before this runs.
  private static final PortStatusTable EMBEDDED = load();

  /** The embedded table's status bytes: a constant the JIT folds into the lookup path. */
  private static final byte[] EMBEDDED_STATUS = EMBEDDED.status;

  /**
   * The jar's status table, read and checked on first use, after checking that the records table
   * comes from the same build.
   *
   * @throws IllegalStateException (wrapped in an {@link ExceptionInInitializerError} the first
   *     time, a {@link NoClassDefFoundError} after) naming the table and the check that failed
   */
  public static PortStatusTable embedded() {
    return EMBEDDED;
  }

  /**
   * {@code embedded().statusBytes()}, in one read of a static final field: what {@code status} and
   * {@code lookup} index by port. Callers must not change it.
   *
   * <pre>{@code
   * byte bits = PortStatusTable.embeddedStatus()[22];   // 0x2a: assigned on TCP, UDP and SCTP
   * }</pre>
   *
   * @throws IllegalStateException as {@link #embedded()}
   */
  public static byte[] embeddedStatus() {
    return EMBEDDED_STATUS;
  }

  /**
   * Reads {@link #RESOURCE} and the records table's header, from one opening of the jar; fails
   * unless both are one build's.
   */
  private static PortStatusTable load() {
    byte[][] read =
        TableCheck.read(
            new String[] {RESOURCE, RegistryTable.RESOURCE},
            new int[] {Integer.MAX_VALUE, RegistryTable.HEADER_SIZE});
    PortStatusTable table = decode(read[0], RESOURCE);
    table.checkSameBuild(read[1]);
    return table;
  }

  /**
   * Fails unless {@code recordsHeader}, the first bytes of the records table, is a header of this
   * format with this table's build id.
   *
   * @throws IllegalStateException naming both tables when they are not of one build
   */
  public void checkSameBuild(byte[] recordsHeader) {
    TableCheck check = new TableCheck(RegistryTable.RESOURCE);
    if (recordsHeader.length < RegistryTable.HEADER_SIZE) {
      throw check.failed(
          "length", "only " + recordsHeader.length + " bytes, shorter than the header");
    }
    check.magic(recordsHeader, RegistryTable.MAGIC);
    check.version(recordsHeader);
    int at = RegistryTable.BUILD_ID_AT;
    if (!Arrays.equals(
        header,
        BUILD_ID_AT,
        BUILD_ID_AT + BuildIdentity.LENGTH,
        recordsHeader,
        at,
        at + BuildIdentity.LENGTH)) {
      // Only now the ids as hex, for the message: BuildIdentity is not loaded when they match.
      BuildIdentity.check(
          RegistryTable.RESOURCE,
          TableCheck.hex(recordsHeader, at, BuildIdentity.LENGTH),
          RESOURCE,
          buildId());
    }
  }

  /**
   * Verifies table bytes and keeps what the library needs of them. The first use of this class also
   * loads the jar's own table ({@link #embedded()}): holding it here rather than in a holder class
   * spares a first {@code status} one class, so decoding other bytes in a jar whose own tables are
   * damaged or mixed fails with that error (the tests and tools that decode tables run in the
   * build, whose tables are checked).
   *
   * @throws IllegalStateException naming {@code name} and the failed check when damaged
   * @throws ExceptionInInitializerError on first use, when the jar's own tables fail their checks
   */
  public static PortStatusTable decode(byte[] data, String name) {
    return new PortStatusTable(data, name);
  }

  /**
   * The 65,536 status bytes: the table's own array, not a copy, because it is the lookup path's
   * array. Callers must not change it.
   */
  public byte[] statusBytes() {
    return status;
  }

  /** Packed data date. */
  public int dataDate() {
    return dataDate;
  }

  /** Record count of the matching records table. */
  public int recordCount() {
    return recordCount;
  }

  /** SHA-256 of the source registry file, lower-case hex. */
  public String sourceSha256() {
    return TableCheck.hex(header, 10, 32);
  }

  /** The build id, lower-case hex (see {@link BuildIdentity}). */
  public String buildId() {
    return TableCheck.hex(header, BUILD_ID_AT, BuildIdentity.LENGTH);
  }

  /** The form of the source registry file: "rfc", "port-numbers", "xml" or "csv". */
  public String form() {
    return form;
  }
}
