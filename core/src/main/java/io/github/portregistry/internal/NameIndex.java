package io.github.portregistry.internal;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The table's service names, ASCII case ignored (RFC 6335, section 5.1), each mapped to a value
 * given at construction: an open-addressing hash table that answers without allocating.
 *
 * <p>A hit touches what a {@code HashMap<String, V>} hit touches, and no more: a slot (the map's
 * bucket), one entry holding the name next to its value (the map's node), and the name's {@code
 * String} and bytes. Every name is in the table twice, under the hash of its lower-case spelling
 * and under the hash of its capitals, so the two spellings people use ("http", "HTTP") are found
 * with the query's own, usually cached, {@link String#hashCode()} and one probe; only a query in
 * mixed case ("Http") pays for folding its hash letter by letter and a second probe. Folding is
 * ASCII only, so "\u212Aerberos" (Kelvin sign) does not find "kerberos", unlike {@link
 * String#equalsIgnoreCase}.
 *
 * @param <V> the value kept per name
 */
public final class NameIndex<V> {
  /** Slot bits: the top 15 bits of the hash the name was put under. */
  private static final int TAG = 0xFFFE0000;

  /** Slot bit: put under the hash of its capitals, so compared ignoring case. */
  private static final int CAPITALS = 0x10000;

  /** Slot bits: the name's index + 1 (0: empty slot); a table counts its names in 16 bits. */
  private static final int INDEX = 0xFFFF;

  /**
   * Name {@code i} in lower case at {@code [2i]}, its value at {@code [2i + 1]}. Side by side, a
   * hit reads both from one cache line, as a map node holds key and value; two parallel arrays
   * would cost one more cache miss than the map.
   */
  private final Object[] entries;

  /**
   * {@link #TAG}, {@link #CAPITALS} and {@link #INDEX} bits, at most half full. The tag rejects
   * almost every other name without touching it; an int slot keeps today's table at 128 KB, half
   * what a long would take, so more of it stays in cache.
   */
  private final int[] slots;

  private final int mask;

  /**
   * Hashes every name of {@code table}.
   *
   * @param values the value of name {@code i} (of {@link RegistryTable#nameCount()}), asked for
   *     once per name, here; never null
   */
  public NameIndex(RegistryTable table, IntFunction<? extends V> values) {
    int count = table.nameCount();
    entries = new Object[2 * count];
    int[] hashes = new int[2 * count];
    int[] bits = new int[2 * count];
    int keys = 0;
    for (int i = 0; i < count; i++) {
      char[] lower = new char[table.nameLength(i)];
      int capitalsHash = 0;
      boolean letters = false;
      for (int c = 0; c < lower.length; c++) {
        lower[c] = (char) lower((char) table.nameByte(i, c));
        letters |= lower[c] >= 'a' && lower[c] <= 'z';
        capitalsHash = 31 * capitalsHash + upper(lower[c]);
      }
      String name = new String(lower);
      entries[2 * i] = name;
      entries[2 * i + 1] = Objects.requireNonNull(values.apply(i), name);
      hashes[keys] = name.hashCode();
      bits[keys++] = i + 1;
      if (letters) { // else both spellings are the same string
        hashes[keys] = capitalsHash;
        bits[keys++] = CAPITALS | (i + 1);
      }
    }
    int size = Integer.highestOneBit(Math.max(1, keys) * 2 - 1) << 1;
    slots = new int[size];
    mask = size - 1;
    fill(hashes, bits, keys);
  }

  /**
   * Gives as many keys as possible their first-choice slot, and only then places the rest. A name
   * met in its first slot costs the lookup no second probe and no mispredicted branch: 80.5 % of
   * today's keys, where inserting in one pass leaves 77.2 %.
   */
  private void fill(int[] hashes, int[] bits, int keys) {
    boolean[] placed = new boolean[keys];
    for (int k = 0; k < keys; k++) {
      int s = spread(hashes[k]) & mask;
      if (slots[s] == 0) {
        slots[s] = (hashes[k] & TAG) | bits[k];
        placed[k] = true;
      }
    }
    for (int k = 0; k < keys; k++) {
      if (!placed[k]) {
        int s = spread(hashes[k]) & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = (hashes[k] & TAG) | bits[k];
      }
    }
  }

  /**
   * The value of the name equal to {@code name} ignoring ASCII case, or null when the table has no
   * such name.
   */
  public V get(String name) {
    // Only what most hits need: the first-choice slot holds the name as spelled, in lower case.
    // Everything else is out of line, and values are given up front. C2 compiles into a method
    // the rare paths it has seen taken, and does not inline a method that compiled big
    // (InlineSmallCode, 2,500 bytes) into its callers: with a lock here to build values on first
    // use, or the probe loop with its letter-by-letter compare, a hit took 26-34 ns, not 23
    // (ServiceNameBenchmark).
    int h = name.hashCode();
    int slot = slots[spread(h) & mask];
    if (slot != 0 && (slot & (TAG | CAPITALS)) == (h & TAG)) {
      int entry = ((slot & INDEX) - 1) << 1;
      if (entries[entry].equals(name)) {
        return value(entry);
      }
    }
    return find(name, h);
  }

  /**
   * Further slots, capitals ("HTTP") under the query's own hash, mixed case ("Http") under its
   * folded hash.
   */
  private V find(String name, int h) {
    V value = probe(h, name, true);
    if (value != null) {
      return value;
    }
    int folded = 0;
    boolean capitals = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      capitals |= c >= 'A' && c <= 'Z';
      folded = 31 * folded + lower(c);
    }
    // Without capitals it is its own lower-case spelling, which the first probe did not find.
    return capitals ? probe(folded, name, false) : null;
  }

  /**
   * The value of the name put under hash {@code h} equal to {@code name} ignoring case, or null.
   * With {@code asSpelled}, a name put under its lower-case hash must equal {@code name} exactly.
   */
  private V probe(int h, String name, boolean asSpelled) {
    for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
      int slot = slots[s];
      if (slot == 0) {
        return null;
      }
      if (((slot ^ h) & TAG) == 0) {
        int entry = ((slot & INDEX) - 1) << 1;
        String key = (String) entries[entry];
        if (asSpelled && (slot & CAPITALS) == 0
            ? key.equals(name)
            : equalsIgnoreAsciiCase(key, name)) {
          return value(entry);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private V value(int entry) {
    return (V) entries[entry + 1];
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

  private static int upper(char c) {
    return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
  }
}
