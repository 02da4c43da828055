package io.github.portregistry.internal;

/**
 * Finds a service name ignoring ASCII case (RFC 6335, section 5.1) without allocating: an
 * open-addressing hash table over the table's names, kept in lower case, built on first use.
 *
 * <p>Names are kept as lower-case {@link String}s so that the common query, a name spelled as the
 * registry spells it (almost always lower case), costs what a {@code HashMap<String, ?>} costs: the
 * query's cached {@link String#hashCode()}, one probe and a vectorized {@link String#equals}. Only
 * a query with upper-case letters pays for folding its hash and comparing letter by letter. Folding
 * is ASCII only, so "\u212Aerberos" (Kelvin sign) does not find "kerberos", unlike {@link
 * String#equalsIgnoreCase}.
 */
public final class NameIndex {
  private final String[] names;

  /**
   * Per slot: the top 16 bits of the name's hash, then its index + 1 in the low 16 bits (0: empty).
   * The hash bits reject almost every other name without touching it; an int slot keeps the table
   * at 64 KB, half what a long would take, so more of it stays in cache.
   */
  private final int[] slots;

  /** The same, keyed by the hash of the name in ASCII capitals. */
  private final int[] capitalSlots;

  private final int mask;

  /** Hashes every name of {@code table}. */
  public NameIndex(RegistryTable table) {
    int count = table.nameCount();
    names = new String[count];
    int size = Integer.highestOneBit(Math.max(1, count) * 2 - 1) << 1; // at most half full
    slots = new int[size];
    capitalSlots = new int[size];
    mask = size - 1;
    for (int i = 0; i < count; i++) {
      char[] lower = new char[table.nameLength(i)];
      for (int c = 0; c < lower.length; c++) {
        lower[c] = (char) lower((char) table.nameByte(i, c));
      }
      names[i] = new String(lower);
      insert(slots, names[i].hashCode(), i);
      int capitalHash = 0;
      for (char c : lower) {
        capitalHash = 31 * capitalHash + (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
      }
      insert(capitalSlots, capitalHash, i);
    }
  }

  private void insert(int[] table, int h, int index) {
    int s = spread(h) & mask;
    while (table[s] != 0) {
      s = (s + 1) & mask;
    }
    table[s] = (h & 0xFFFF0000) | (index + 1);
  }

  /** The index of the name equal to {@code name} ignoring ASCII case, or -1. */
  public int find(String name) {
    // Small enough for the JIT to inline into the caller: one probe with the query's cached hash,
    // in the capitals table when the name starts with a capital (most likely all capitals).
    boolean capital = !name.isEmpty() && name.charAt(0) >= 'A' && name.charAt(0) <= 'Z';
    int found = probe(capital ? capitalSlots : slots, name.hashCode(), name, !capital);
    return found >= 0 ? found : findSlow(name, capital);
  }

  /** The other table, then a letter-by-letter fold for mixed case ("Http"). */
  private int findSlow(String name, boolean capital) {
    int found = probe(capital ? slots : capitalSlots, name.hashCode(), name, capital);
    if (found >= 0) {
      return found;
    }
    int h = 0;
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      h = 31 * h + lower(c);
    }
    return upper ? probe(slots, h, name, false) : -1;
  }

  private int probe(int[] table, int h, String name, boolean exact) {
    for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
      int slot = table[s];
      if (slot == 0) {
        return -1;
      }
      if ((slot & 0xFFFF0000) == (h & 0xFFFF0000)) {
        int index = (slot & 0xFFFF) - 1;
        if (exact ? names[index].equals(name) : equalsIgnoreAsciiCase(names[index], name)) {
          return index;
        }
      }
    }
  }

  private static boolean equalsIgnoreAsciiCase(String lowerCase, String name) {
    if (lowerCase.length() != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (lowerCase.charAt(i) != lower(name.charAt(i))) {
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
