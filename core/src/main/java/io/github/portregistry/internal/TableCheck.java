package io.github.portregistry.internal;

import java.util.HexFormat;
import java.util.zip.CRC32;

/** Reading and the checks both table files share, with error messages that name the table. */
final class TableCheck {
  /**
   * 1: the first tables; 2: the source's form; 3: build ids, typed references, people; 4 and 5:
   * smaller strings; 6: d16 columns in blocks of 64, read in place.
   */
  static final int FORMAT_VERSION = 6;

  private final String name;

  TableCheck(String name) {
    this.name = name;
  }

  IllegalStateException failed(String check, String detail) {
    return new IllegalStateException(
        "port-registry table " + name + " is damaged: " + check + " check failed (" + detail + ")");
  }

  void magic(byte[] data, int expected) {
    if (u32(data, 0) != expected) {
      throw failed(
          "magic",
          "starts with 0x"
              + Integer.toHexString(u32(data, 0))
              + ", expected 0x"
              + Integer.toHexString(expected));
    }
  }

  /** CRC32 of everything but the last four bytes, which hold it: catches any single-byte error. */
  void crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data, 0, data.length - 4);
    long stored = u32(data, data.length - 4) & 0xFFFFFFFFL;
    if (crc.getValue() != stored) {
      throw failed(
          "CRC32",
          "computed " + Long.toHexString(crc.getValue()) + ", stored " + Long.toHexString(stored));
    }
  }

  void version(byte[] data) {
    if (u16(data, 4) != FORMAT_VERSION) {
      throw failed(
          "format version",
          "version " + u16(data, 4) + ", this library reads version " + FORMAT_VERSION);
    }
  }

  /**
   * The registry forms by their code in the status table's header, as {@code RegistryVersion#form}
   * names them.
   */
  private static final String[] FORMS = {"rfc", "port-numbers", "xml", "csv"};

  /** The form named by the u8 code at {@code at}, or a failed check for an unknown code. */
  String form(byte[] data, int at) {
    int code = data[at] & 0xFF;
    if (code >= FORMS.length) {
      throw failed("form", "code " + code + ", known codes are 0-" + (FORMS.length - 1));
    }
    return FORMS[code];
  }

  static int u16(byte[] data, int at) {
    return (data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF);
  }

  static int u32(byte[] data, int at) {
    return (data[at] & 0xFF) << 24
        | (data[at + 1] & 0xFF) << 16
        | (data[at + 2] & 0xFF) << 8
        | (data[at + 3] & 0xFF);
  }

  static String hex(byte[] data, int from, int length) {
    return HexFormat.of().formatHex(data, from, from + length);
  }
}
