package io.github.portregistry.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The table's service names, ASCII case ignored (RFC 6335, section 5.1), each mapped to a value
 * given at construction: an open-addressing hash table that answers without allocating.
 *
 * <p>Every name is in the table in lower case (the registry's own spelling of all but a few dozen)
 * and, when it has letters, in capitals, so that the two spellings people type are found with the
 * query's own, usually cached, {@link String#hashCode()} and {@link String#equals}. A hit reads
 * {@link #hashes}, {@link #keys} and {@link #values} at one slot, none waiting for another, then
 * the key's {@code String} and bytes; a {@code HashMap} hit waits on one more (the bucket, then the
 * node, then its key), and a hand-written case-insensitive map also lower-cases the query first. A
 * query in mixed case ("Http"), or not in the table, pays for folding its hash letter by letter.
 * Folding is ASCII only, so "\u212Aerberos" (Kelvin sign) does not find "kerberos", unlike {@link
 * String#equalsIgnoreCase}.
 *
 * @param <V> the value kept per name
 */
public final class NameIndex<V> {
  /** Per slot, the hash of its key: compared before the key is touched. */
  private final int[] hashes;

  /** Per slot, a name in lower case or in capitals, or null; at most half full. */
  private final String[] keys;

  /** Per slot, the value of its key's name. */
  private final Object[] values;

  private final int mask;

  /**
   * Hashes every name of {@code table}.
   *
   * @param values the value of name {@code i} (of {@link RegistryTable#nameCount()}), asked for
   *     once per name, here; never null
   */
  public NameIndex(RegistryTable table, IntFunction<? extends V> values) {
    table.indexAllStrings(); // every name is read: one pass, not a scan from a checkpoint each
    int count = table.nameCount();
    String[] spellings = new String[2 * count];
    Object[] spellingValues = new Object[2 * count];
    int spellingCount = 0;
    for (int i = 0; i < count; i++) {
      char[] lower = new char[table.nameLength(i)];
      for (int c = 0; c < lower.length; c++) {
        lower[c] = (char) lower((char) table.nameByte(i, c));
      }
      String name = new String(lower);
      Object value = Objects.requireNonNull(values.apply(i), name);
      // Names are printable ASCII (the generator checks, the table's CRC keeps them so), so this
      // is the ASCII capitals.
      String capitals = name.toUpperCase(Locale.ROOT);
      spellings[spellingCount] = name;
      spellingValues[spellingCount++] = value;
      if (!capitals.equals(name)) {
        spellings[spellingCount] = capitals;
        spellingValues[spellingCount++] = value;
      }
    }
    int size = Integer.highestOneBit(Math.max(1, spellingCount) * 2 - 1) << 1;
    this.hashes = new int[size];
    this.keys = new String[size];
    this.values = new Object[size];
    this.mask = size - 1;
    fill(spellings, spellingValues, spellingCount);
  }

  /**
   * Gives as many spellings as possible their first-choice slot, and only then places the rest: a
   * key met in its first slot costs the lookup no second probe and no mispredicted branch. That is
   * 80 % of today's keys, where placing them in one pass leaves 77 %.
   */
  private void fill(String[] spellings, Object[] spellingValues, int count) {
    boolean[] placed = new boolean[count];
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < count; k++) {
        if (placed[k]) {
          continue;
        }
        int h = spellings[k].hashCode();
        int s = spread(h) & mask;
        while (pass == 1 && keys[s] != null) {
          s = (s + 1) & mask;
        }
        if (keys[s] == null) {
          hashes[s] = h;
          keys[s] = spellings[k];
          values[s] = spellingValues[k];
          placed[k] = true;
        }
      }
    }
  }

  /**
   * The value of the name equal to {@code name} ignoring ASCII case, or null when the table has no
   * such name.
   */
  @SuppressWarnings("unchecked")
  public V get(String name) {
    // Only what a query in lower case or capitals needs; mixed case and misses go out of line,
    // and values are built up front. C2 compiles into a method the rare paths it has seen taken,
    // and does not inline a method that compiled big (InlineSmallCode) into its callers: a lock
    // here for values built on first use cost a hit about 8 ns (ServiceNameBenchmark).
    int h = name.hashCode();
    for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
      String key = keys[s];
      if (key == null) {
        return getFolded(name);
      }
      if (hashes[s] == h && name.equals(key)) {
        return (V) values[s];
      }
    }
  }

  /** A query in mixed case ("Http"), or not in the table. */
  @SuppressWarnings("unchecked")
  private V getFolded(String name) {
    int h = 0;
    boolean capitals = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      capitals |= c >= 'A' && c <= 'Z';
      h = 31 * h + lower(c);
    }
    if (!capitals) {
      return null; // then it is its own lower-case spelling, which get() did not find
    }
    for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
      String key = keys[s];
      if (key == null) {
        return null;
      }
      if (hashes[s] == h && equalsIgnoreAsciiCase(key, name)) {
        return (V) values[s];
      }
    }
  }

  /**
   * The index of the table's service name equal to {@code name} ignoring ASCII case, or -1: a
   * binary search over the names as the table stores them, sorted by their ASCII lower case.
   *
   * <p>What a program's first calls are answered with: about 13 comparisons, where building the
   * hash table costs a fresh JVM tens of milliseconds, mostly in the interpreter (issue 12). A
   * lookup here is slower than {@link #get} once both are compiled, so a long-running caller builds
   * the table after a few hundred calls.
   *
   * <pre>{@code
   * int i = NameIndex.find(table, "SSH");   // the index of "ssh", as get("SSH") would find it
   * }</pre>
   */
  public static int find(RegistryTable table, String name) {
    int low = 0;
    int high = table.nameCount() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = compareFolded(table, mid, name);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * Compares name {@code index} of the table with {@code name}, both in ASCII lower case, as the
   * generator sorts them ({@link String#compareTo} of the lower-cased names).
   */
  private static int compareFolded(RegistryTable table, int index, String name) {
    int length = table.nameLength(index);
    int common = Math.min(length, name.length());
    for (int i = 0; i < common; i++) {
      int stored = lower((char) table.nameByte(index, i)); // names are ASCII: no sign to strip
      int asked = lower(name.charAt(i));
      if (stored != asked) {
        return stored - asked;
      }
    }
    return length - name.length();
  }

  /** Whether {@code spelling} is itself a key, found without folding (for tests). */
  boolean isKey(String spelling) {
    int h = spelling.hashCode();
    for (int s = spread(h) & mask; keys[s] != null; s = (s + 1) & mask) {
      if (hashes[s] == h && spelling.equals(keys[s])) {
        return true;
      }
    }
    return false;
  }

  private static boolean equalsIgnoreAsciiCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (lower(a.charAt(i)) != lower(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  static int lower(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }
}
