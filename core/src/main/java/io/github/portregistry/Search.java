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
 * <p>The index is built on first use (holder class) from the records table: every distinct service
 * name and description in lower case, once each (TCP and UDP records share theirs), in one
 * NUL-separated string, and for each text the records that use it. A query is then one pass of
 * {@link String#indexOf} over that string (an intrinsic that compares many bytes an instruction),
 * not one call a record: each match is placed in its text by binary search, ranked, and the records
 * using the text are added as {@code record << 2 | rank} to one growing {@code int[]}. Sorting that
 * keeps each record's best rank; re-keyed as {@code rank << 16 | record} and sorted again, the hits
 * are in rank order and, within a rank, in registry order. Nothing is built for a record until the
 * caller reads it.
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
    /**
     * Every distinct service name and description of the table in lower case, each preceded and the
     * last followed by NUL: one string that {@link String#indexOf} scans at memory speed. NUL is
     * neither letter nor digit, so a text's ends are word boundaries without a special case.
     */
    static final String TEXTS;

    /** Where text {@code t} starts in {@link #TEXTS}; one more entry, the end, for the last. */
    static final int[] STARTS;

    /**
     * Who uses text {@code t}: entries {@code USERS_AT[t]} to {@code USERS_AT[t + 1] - 1} of {@link
     * #USERS}, each {@code record << 1 | 1} for a record's service name, {@code record << 1} for
     * its description, in registry order.
     */
    static final int[] USERS_AT;

    static final int[] USERS;

    /** The distinct names in lower case, sorted, and each one's spelling in the registry. */
    static final String[] DISTINCT_LOWER;

    static final String[] DISTINCT_AS_REGISTERED;

    static {
      RegistryTable table = Registry.recordsTable();
      table.indexAllStrings(); // every name and description is read
      int count = table.recordCount();
      Map<Integer, Integer> textOfString = new HashMap<>();
      List<String> texts = new ArrayList<>();
      List<List<Integer>> users = new ArrayList<>();
      TreeMap<String, String> distinct = new TreeMap<>();
      for (int r = 0; r < count; r++) {
        for (Text column : new Text[] {Text.SERVICE_NAME, Text.DESCRIPTION}) {
          int id = table.text(r, column);
          if (id == 0) {
            continue; // string 0 is "": an empty query is refused, so it never matches
          }
          Integer t = textOfString.get(id);
          if (t == null) {
            t = texts.size();
            textOfString.put(id, t);
            texts.add(table.string(id).toLowerCase(Locale.ROOT));
            users.add(new ArrayList<>(2));
          }
          boolean isName = column == Text.SERVICE_NAME;
          users.get(t).add(r << 1 | (isName ? 1 : 0));
          if (isName && !distinct.containsKey(texts.get(t))) {
            distinct.put(texts.get(t), table.string(id));
          }
        }
      }
      StringBuilder all = new StringBuilder(1 << 18).append('\0'); // 235,000 chars in 2026
      int[] starts = new int[texts.size() + 1];
      int[] usersAt = new int[texts.size() + 1];
      int userCount = 0;
      for (int t = 0; t < texts.size(); t++) {
        starts[t] = all.length();
        all.append(texts.get(t)).append('\0');
        usersAt[t] = userCount;
        userCount += users.get(t).size();
      }
      starts[texts.size()] = all.length();
      usersAt[texts.size()] = userCount;
      int[] flat = new int[userCount];
      for (int t = 0, k = 0; t < texts.size(); t++) {
        for (int u : users.get(t)) {
          flat[k++] = u;
        }
      }
      TEXTS = all.toString();
      STARTS = starts;
      USERS_AT = usersAt;
      USERS = flat;
      DISTINCT_LOWER = distinct.keySet().toArray(new String[0]);
      DISTINCT_AS_REGISTERED = distinct.values().toArray(new String[0]);
    }
  }

  /** See {@link PortRegistry#search}. */
  static List<ServiceRecord> search(String query) {
    Objects.requireNonNull(query, "search text must not be null");
    String q = query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      throw new IllegalArgumentException("search text \"" + query + "\" is blank");
    }
    String texts = Index.TEXTS;
    int[] starts = Index.STARTS;
    Hits hits = new Hits();
    int at = texts.indexOf(q, 1);
    while (at >= 0) {
      int t = Arrays.binarySearch(starts, at);
      t = t >= 0 ? t : -t - 2; // the text the match starts in
      int start = starts[t];
      int end = starts[t + 1] - 1; // the NUL after it
      // The best rank over the text's occurrences: only the first can be at its start, so the
      // loop may stop at the first whole word. A match running past the NUL (a query with a NUL
      // in it) is no match.
      int asName = -1; // -1 until an occurrence is seen
      int asDescription = -1;
      for (int o = at; o >= 0 && o + q.length() <= end; o = texts.indexOf(q, o + 1)) {
        int after = o + q.length();
        if (o == start) {
          asName = after == end ? EXACT_NAME : NAME_PREFIX;
        } else if (asName < 0) {
          asName = SUBSTRING;
        }
        asDescription = SUBSTRING;
        if (!Character.isLetterOrDigit(texts.charAt(o - 1))
            && !Character.isLetterOrDigit(texts.charAt(after))) {
          asName = Math.min(asName, WHOLE_WORD);
          asDescription = WHOLE_WORD;
          break;
        }
      }
      if (asDescription >= 0) {
        hits.add(t, asName, asDescription);
      }
      at = texts.indexOf(q, end + 1); // on to the next text
    }
    return hits.sorted();
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
        // capped below the edit distances' 16: a long query that starts with a name stays first
        closeness = Math.min(Math.abs(candidate.length() - q.length()), 15);
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

  /**
   * The hits of one search: while searching, {@code record << 2 | rank} for each use of a matching
   * text (a record may match by name and by description); then, sorted, one {@code rank << 16 |
   * record} a record with its best rank, read as a list whose records are built on first read.
   */
  private static final class Hits extends AbstractList<ServiceRecord> implements RandomAccess {
    private int[] hits = new int[64];
    private int size;

    void add(int text, int asName, int asDescription) {
      for (int u = Index.USERS_AT[text]; u < Index.USERS_AT[text + 1]; u++) {
        int user = Index.USERS[u];
        if (size == hits.length) {
          hits = Arrays.copyOf(hits, size * 2);
        }
        hits[size++] = (user >>> 1) << 2 | ((user & 1) != 0 ? asName : asDescription);
      }
    }

    List<ServiceRecord> sorted() {
      if (size == 0) {
        return List.of();
      }
      Arrays.sort(hits, 0, size);
      int kept = 0;
      for (int k = 0; k < size; k++) {
        int record = hits[k] >>> 2;
        if (kept == 0 || (hits[kept - 1] & 0xFFFF) != record) {
          hits[kept++] = (hits[k] & 3) << 16 | record; // the first of a record has its best rank
        }
      }
      size = kept;
      Arrays.sort(hits, 0, size);
      return this;
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
