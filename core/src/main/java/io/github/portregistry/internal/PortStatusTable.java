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
 * <h2>Format, version 2</h2>
 *
 * <pre>
 * offset  size         field
 * 0       u32          magic 0x50535441 ("PSTA")
 * 4       u16          format version, 2
 * 6       u16          data date (packed as in {@link RegistryTable})
 * 8       u16          record count R of the records table
 * 10      32 bytes     SHA-256 of the source file; must equal the records table's
 * 42      u8           the source's form: 0 rfc, 1 port-numbers, 2 xml, 3 csv
 * 43      u8 x 65536   port status by port: 2 bits a protocol, TCP in bits 0-1, UDP 2-3, SCTP 4-5,
 *                      DCCP 6-7; 0 unassigned, 1 reserved, 2 assigned (3 is rejected)
 * 65579   u32          CRC32 of every byte before it
 * </pre>
 *
 * <p>65,583 bytes in all, fixed: the port space cannot grow.
 */
public final class PortStatusTable {
  /** Where the build puts the table, relative to the class path root. */
  public static final String RESOURCE = "/io/github/portregistry/internal/status.bin";

  static final int MAGIC = 0x50535441;
  static final int HEADER_SIZE = 43;
  static final int SIZE = HEADER_SIZE + RegistryTable.PORTS + 4;

  // What the library keeps of the file: the status bytes and three header fields, so that the
  // 64 KB are not held twice (once in the file's bytes, once as the lookup array).
  private final byte[] status;
  private final int dataDate;
  private final int recordCount;
  private final String sourceSha256;
  private final String form;

  private PortStatusTable(byte[] data, String name) {
    TableCheck check = new TableCheck(name);
    if (data.length != SIZE) {
      throw check.failed("length", data.length + " bytes, expected " + SIZE);
    }
    check.magic(data, MAGIC);
    check.crc(data);
    check.version(data);
    for (int p = 0; p < RegistryTable.PORTS; p++) {
      int bits = data[HEADER_SIZE + p];
      // 0b11 in any pair is undefined; a flipped bit producing it must not become an answer.
      if (((bits & (bits >>> 1)) & 0x55) != 0) {
        throw check.failed("status codes", "port " + p + " has undefined status bits");
      }
    }
    status = Arrays.copyOfRange(data, HEADER_SIZE, HEADER_SIZE + RegistryTable.PORTS);
    dataDate = TableCheck.u16(data, 6);
    recordCount = TableCheck.u16(data, 8);
    sourceSha256 = TableCheck.hex(data, 10, 32);
    form = check.form(data, 42);
  }

  /** Loads the table from {@link #RESOURCE}, or throws {@link IllegalStateException}. */
  public static PortStatusTable load() {
    return decode(TableCheck.read(RESOURCE), RESOURCE);
  }

  /**
   * Verifies table bytes and keeps what the library needs of them.
   *
   * @throws IllegalStateException naming {@code name} and the failed check when damaged
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

  /** SHA-256 of the source file, lower-case hex. */
  public String sourceSha256() {
    return sourceSha256;
  }

  /** The source file's form: "rfc", "port-numbers", "xml" or "csv". */
  public String form() {
    return form;
  }
}
