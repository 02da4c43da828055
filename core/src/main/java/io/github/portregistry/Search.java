package io.github.portregistry;

import io.github.portregistry.internal.RegistryTable;
import io.github.portregistry.internal.RegistryTable.Text;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * Free-text search over service names and descriptions, and the names closest to a name that is not
 * registered: what {@link PortRegistry#search} and {@link PortRegistry#similarServiceNames} answer.
 *
 * <p>The index is built on first use (holder class) from the records table: each record's service
 * name and description in lower case, one {@code String} per distinct text of the table (TCP and
 * UDP records share theirs). A query then reads two arrays from start to end with {@link
 * String#indexOf}, keeps the hits as {@code rank << 16 | record} in one growing {@code int[]} and
 * sorts it, which puts them in rank order and, within a rank, in registry order. Nothing is built
 * for a record until the caller reads it.
 */
final class Search {
  static final int EXACT_NAME = 0;
  static final int NAME_PREFIX = 1;
  static final int WHOLE_WORD = 2;
  static final int SUBSTRING = 3;

  /** The most edits between a query and a similar name; see {@link #limit}. */
  private static final int MAX_DISTANCE = 2;

  private Search() {}

  /** Holder: built by the first search, not by a lookup. */
  private static final class Index {
    /** Per record id, the service name in lower case, "" for none. */
    static final String[] NAMES;

    /** Per record id, the description in lower case (Locale.ROOT). */
    static final String[] DESCRIPTIONS;

    /** The distinct names in lower case, sorted, and each one's spelling in the registry. */
    static final String[] DISTINCT_LOWER;

    static final String[] DISTINCT_AS_REGISTERED;

    static {
      RegistryTable table = Registry.recordsTable();
      int count = table.recordCount();
      String[] names = new String[count];
      String[] descriptions = new String[count];
      Map<Integer, String> lowered = new HashMap<>();
      TreeMap<String, String> distinct = new TreeMap<>();
      for (int r = 0; r < count; r++) {
        int nameId = table.text(r, Text.SERVICE_NAME);
        names[r] = lowered(table, nameId, lowered);
        descriptions[r] = lowered(table, table.text(r, Text.DESCRIPTION), lowered);
        if (!names[r].isEmpty() && !distinct.containsKey(names[r])) {
          distinct.put(names[r], table.string(nameId));
        }
      }
      NAMES = names;
      DESCRIPTIONS = descriptions;
      DISTINCT_LOWER = distinct.keySet().toArray(new String[0]);
      DISTINCT_AS_REGISTERED = distinct.values().toArray(new String[0]);
    }

    /** String {@code id} in lower case, one instance an id; no lambda, as RegistryDate says. */
    private static String lowered(RegistryTable table, int id, Map<Integer, String> done) {
      String s = done.get(id);
      if (s == null) {
        s = table.string(id).toLowerCase(Locale.ROOT);
        done.put(id, s);
      }
      return s;
    }
  }

  /** See {@link PortRegistry#search}. */
  static List<ServiceRecord> search(String query) {
    Objects.requireNonNull(query, "search text must not be null");
    String q = query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      throw new IllegalArgumentException("search text \"" + query + "\" is blank");
    }
    String[] names = Index.NAMES;
    String[] descriptions = Index.DESCRIPTIONS;
    int[] hits = new int[64];
    int n = 0;
    for (int r = 0; r < names.length; r++) {
      int rank = rank(names[r], descriptions[r], q);
      if (rank >= 0) {
        if (n == hits.length) {
          hits = Arrays.copyOf(hits, n * 2);
        }
        hits[n++] = rank << 16 | r; // record ids are u16 in the table
      }
    }
    if (n == 0) {
      return List.of();
    }
    Arrays.sort(hits, 0, n);
    return new Hits(hits, n);
  }

  /** The rank of a record for the lower-case query {@code q}, or -1 when it does not match. */
  static int rank(String name, String description, String q) {
    if (!name.isEmpty()) {
      if (name.equals(q)) {
        return EXACT_NAME;
      }
      if (name.startsWith(q)) {
        return NAME_PREFIX;
      }
    }
    int inName = occurrence(name, q);
    if (inName == WHOLE_WORD) {
      return WHOLE_WORD;
    }
    int inDescription = occurrence(description, q);
    return inDescription == WHOLE_WORD ? WHOLE_WORD : Math.max(inName, inDescription);
  }

  /**
   * {@link #WHOLE_WORD} when {@code q} occurs in {@code text} between non-alphanumeric characters
   * (or the ends), {@link #SUBSTRING} when it occurs only inside words, -1 when it does not occur.
   */
  private static int occurrence(String text, String q) {
    int found = -1;
    for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
      int end = at + q.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return WHOLE_WORD;
      }
      found = SUBSTRING;
    }
    return found;
  }

  /** See {@link PortRegistry#similarServiceNames}. */
  static List<String> similarNames(String name, int limit) {
    Objects.requireNonNull(name, "service name must not be null");
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " is negative");
    }
    String q = name.strip().toLowerCase(Locale.ROOT);
    String[] lower = Index.DISTINCT_LOWER;
    // score = closeness << 16 | name index: names that extend the query or that it extends come
    // first (closeness is the difference in length), then names within MAX_DISTANCE edits.
    int[] scores = new int[16];
    int n = 0;
    for (int i = 0; i < lower.length && !q.isEmpty(); i++) {
      String candidate = lower[i];
      int closeness;
      if (candidate.equals(q)) {
        continue;
      } else if (candidate.startsWith(q) || q.startsWith(candidate)) {
        closeness = Math.abs(candidate.length() - q.length());
      } else {
        int d = distance(q, candidate, limit(q));
        if (d > limit(q)) {
          continue;
        }
        closeness = 16 + d;
      }
      if (n == scores.length) {
        scores = Arrays.copyOf(scores, n * 2);
      }
      scores[n++] = closeness << 16 | i;
    }
    Arrays.sort(scores, 0, n);
    List<String> similar = new ArrayList<>(Math.min(n, limit));
    for (int k = 0; k < n && k < limit; k++) {
      similar.add(Index.DISTINCT_AS_REGISTERED[scores[k] & 0xFFFF]);
    }
    return List.copyOf(similar);
  }

  /**
   * How many edits a similar name may be from {@code q}: one for up to four characters, where two
   * edits reach half of all short names ("shh" is two edits from "hg"), else two.
   */
  private static int limit(String q) {
    return q.length() <= 4 ? 1 : MAX_DISTANCE;
  }

  /**
   * The Levenshtein distance of {@code a} and {@code b}, or {@code limit + 1} as soon as it is
   * known to exceed {@code limit}: strings whose lengths differ by more cost nothing, the others at
   * most one row of {@code b.length() + 1} a char of {@code a}.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit + 1);
  }

  /** The hits of one search, each record built when it is first read. */
  private static final class Hits extends AbstractList<ServiceRecord> implements RandomAccess {
    private final int[] hits;
    private final int size;

    Hits(int[] hits, int size) {
      this.hits = hits;
      this.size = size;
    }

    @Override
    public ServiceRecord get(int index) {
      return Registry.record(hits[Objects.checkIndex(index, size)] & 0xFFFF);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
