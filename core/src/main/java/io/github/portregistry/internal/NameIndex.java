package io.github.portregistry.internal;

/**
 * Finds a service name ignoring ASCII case (RFC 6335, section 5.1) without allocating: an
 * open-addressing hash table over the table's names, at most half full, built on first use.
 *
 * <p>It is built at run time rather than stored because the slots are 32 KB of near-random numbers
 * that would add 18 KB to the jar, while building them takes well under a millisecond and only
 * happens for users of {@code byServiceName}.
 */
public final class NameIndex {
  private final RegistryTable table;
  private final char[] slots;
  private final int mask;

  /** Hashes every name of {@code table}. */
  public NameIndex(RegistryTable table) {
    this.table = table;
    int size = Integer.highestOneBit(Math.max(1, table.nameCount()) * 2 - 1) << 1;
    this.slots = new char[size];
    this.mask = size - 1;
    for (int i = 0; i < table.nameCount(); i++) {
      int h = 0;
      for (int c = 0; c < table.nameLength(i); c++) {
        h = 31 * h + lower((char) table.nameByte(i, c));
      }
      int s = spread(h) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = (char) (i + 1);
    }
  }

  /** The index of the name equal to {@code name} ignoring ASCII case, or -1. */
  public int find(CharSequence name) {
    int h = 0;
    int length = name.length();
    for (int i = 0; i < length; i++) {
      h = 31 * h + lower(name.charAt(i));
    }
    for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
      int slot = slots[s];
      if (slot == 0) {
        return -1;
      }
      if (matches(slot - 1, name)) {
        return slot - 1;
      }
    }
  }

  private boolean matches(int index, CharSequence name) {
    if (table.nameLength(index) != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (lower((char) table.nameByte(index, i)) != lower(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private static int lower(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }
}
