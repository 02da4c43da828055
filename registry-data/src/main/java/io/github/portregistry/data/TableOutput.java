package io.github.portregistry.data;

import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A growable big-endian byte buffer for the table writer. Not {@code DataOutputStream}: that takes
 * a lock and a virtual call per byte, and the writer emits a quarter of a million shorts per table,
 * thousands of times per build when the fuzz tests run.
 */
final class TableOutput {
  private byte[] bytes;
  private int size;

  TableOutput(int initialCapacity) {
    bytes = new byte[initialCapacity];
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
    }
  }

  void writeByte(int v) {
    ensure(1);
    bytes[size++] = (byte) v;
  }

  void writeShort(int v) {
    ensure(2);
    bytes[size++] = (byte) (v >>> 8);
    bytes[size++] = (byte) v;
  }

  void writeInt(int v) {
    ensure(4);
    bytes[size++] = (byte) (v >>> 24);
    bytes[size++] = (byte) (v >>> 16);
    bytes[size++] = (byte) (v >>> 8);
    bytes[size++] = (byte) v;
  }

  void write(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, bytes, size, b.length);
    size += b.length;
  }

  /** Overwrites bytes already written, at {@code at}: how the build id is filled in. */
  void patch(int at, byte[] b) {
    System.arraycopy(b, 0, bytes, at, b.length);
  }

  /** Adds the bytes written so far to {@code digest}. */
  void feed(java.security.MessageDigest digest) {
    digest.update(bytes, 0, size);
  }

  /** The bytes written, followed by their CRC32 (big-endian), as both table files end. */
  byte[] toByteArrayWithCrc() {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, size);
    writeInt((int) crc.getValue());
    return Arrays.copyOf(bytes, size);
  }
}
