package io.github.portregistry.data;

import java.util.Optional;

/**
 * Finds the former service in one field of registry prose, in the four shapes {@link RemovalNotes}
 * documents, by a hand scan rather than regular expressions: a field may be 64 KB of anything, and
 * the patterns these shapes need ("a dotted name", "text up to the word but") backtracked for
 * minutes on a long blank run and overflowed the stack on a name of 1,500 dotted segments.
 *
 * <p>Each shape is tried at every place its first word occurs, left to right, and the first place
 * where the whole shape is found wins, as a regular expression's {@code find()} would. The scan is
 * linear in the text: each try reads only up to the end of its shape, except the two that read up
 * to a line end, and those remember where the line failed, so a later try on the same line costs
 * nothing.
 *
 * <p>Words match ignoring ASCII case. A <em>blank</em> is a space, tab, line feed, vertical tab,
 * form feed or carriage return (Java's {@code \s}); a <em>word character</em> is an ASCII letter,
 * digit or underscore. A <em>name</em> starts with an ASCII letter or digit and goes on with word
 * characters, {@code +}, {@code -}, and dots between them (so "was acms." does not take the
 * sentence's full stop).
 *
 * <ol>
 *   <li>{@code previously} NAME {@code by [}: the word "previously" (not inside a longer word),
 *       blanks, a name, blanks, "by", blanks, an opening bracket. The bracket is required:
 *       "previously assigned by IANA" (port 2083) names no service.
 *   <li>{@code historic usage was} NAME, each word separated by blanks.
 *   <li>{@code [was} TEXT{@code ]}: "[was", at least one blank, then everything up to the closing
 *       bracket on the same line.
 *   <li>{@code previously assigned to} TEXT {@code but}: TEXT is what follows the blanks after
 *       "to", on the same line, up to the first blanks followed by the word "but".
 * </ol>
 */
final class FormerServiceScan {
  private final String text;
  private final int n;

  private FormerServiceScan(String text) {
    this.text = text;
    this.n = text.length();
  }

  /** The former service, untrimmed, from the first shape that occurs in {@code text}. */
  static Optional<String> in(String text) {
    FormerServiceScan scan = new FormerServiceScan(text);
    Optional<String> found = scan.previouslyNameBy();
    if (found.isEmpty()) {
      found = scan.historicUsageWas();
    }
    if (found.isEmpty()) {
      found = scan.bracketedWas();
    }
    if (found.isEmpty()) {
      found = scan.previouslyAssignedToBut();
    }
    return found;
  }

  private Optional<String> previouslyNameBy() {
    for (int at = nextWord("previously", 0); at >= 0; at = nextWord("previously", at + 1)) {
      int name = blanks(at + "previously".length());
      int end = nameEnd(name);
      int by = blanks(end);
      if (name > at + "previously".length()
          && end > name
          && by > end
          && word(by, "by")
          && blanks(by + 2) > by + 2
          && blanks(by + 2) < n
          && text.charAt(blanks(by + 2)) == '[') {
        return Optional.of(text.substring(name, end));
      }
    }
    return Optional.empty();
  }

  private Optional<String> historicUsageWas() {
    for (int at = nextWord("historic", 0); at >= 0; at = nextWord("historic", at + 1)) {
      int usage = afterWordAndBlanks(at, "historic");
      int was = usage < 0 ? -1 : afterWordAndBlanks(usage, "usage");
      int name = was < 0 ? -1 : afterWordAndBlanks(was, "was");
      if (name >= 0) {
        int end = nameEnd(name);
        if (end > name) {
          return Optional.of(text.substring(name, end));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> bracketedWas() {
    int deadUntil = -1; // a try that starts before here reaches the same line end without a ']'
    for (int at = text.indexOf('['); at >= 0 && at + 4 <= n; at = text.indexOf('[', at + 1)) {
      if (!text.regionMatches(true, at + 1, "was", 0, 3)) {
        continue;
      }
      int afterWas = at + 4;
      int start = blanks(afterWas);
      if (start == afterWas || start < deadUntil) {
        continue;
      }
      int stop = start;
      while (stop < n && text.charAt(stop) != ']' && text.charAt(stop) != '\n') {
        stop++;
      }
      if (stop < n && text.charAt(stop) == ']') {
        if (stop > start) {
          return Optional.of(text.substring(start, stop));
        }
        // "[was  ]": a pattern would give one blank back to the text; trimmed, that is "".
        if (start - afterWas >= 2 && text.charAt(start - 1) != '\n') {
          return Optional.of(text.substring(start - 1, start));
        }
      } else {
        deadUntil = stop;
      }
    }
    return Optional.empty();
  }

  private Optional<String> previouslyAssignedToBut() {
    int deadUntil = -1;
    for (int at = nextWord("previously", 0); at >= 0; at = nextWord("previously", at + 1)) {
      int assigned = afterWordAndBlanks(at, "previously");
      int to = assigned < 0 ? -1 : afterWordAndBlanks(assigned, "assigned");
      int start = to < 0 ? -1 : afterWordAndBlanks(to, "to");
      if (start < 0 || start == n || start < deadUntil) {
        continue;
      }
      // Walk the blank runs after the start; the first one followed by the word "but" ends TEXT.
      // TEXT may not hold a line feed, so a run with one that is not followed by "but" ends the
      // try.
      int i = start;
      while (i < n) {
        if (!isBlank(text.charAt(i))) {
          i++;
          continue;
        }
        int runEnd = blanks(i);
        if (word(runEnd, "but")) {
          return Optional.of(text.substring(start, i));
        }
        if (hasLineFeed(i, runEnd)) {
          break;
        }
        i = runEnd;
      }
      deadUntil = i;
    }
    return Optional.empty();
  }

  /**
   * Where the blanks after {@code word} (which starts at {@code at}) end, if the word is followed
   * by at least one blank; otherwise -1. The caller has matched the word at {@code at}, or checks
   * it here.
   */
  private int afterWordAndBlanks(int at, String word) {
    if (!text.regionMatches(true, at, word, 0, word.length())) {
      return -1;
    }
    int end = at + word.length();
    int blanks = blanks(end);
    return blanks > end ? blanks : -1;
  }

  /** The next place at or after {@code from} where {@code word} starts a word, or -1. */
  private int nextWord(String word, int from) {
    for (int i = from; i + word.length() <= n; i++) {
      if ((i == 0 || !isWordChar(text.charAt(i - 1)))
          && text.regionMatches(true, i, word, 0, word.length())) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code word} is at {@code at} and is not followed by a word character. */
  private boolean word(int at, String word) {
    int end = at + word.length();
    return end <= n
        && text.regionMatches(true, at, word, 0, word.length())
        && (end == n || !isWordChar(text.charAt(end)));
  }

  /** The end of the blank run that starts at {@code from} ({@code from} itself if none). */
  private int blanks(int from) {
    int i = from;
    while (i < n && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the name that starts at {@code from}, or {@code from} when none starts there. */
  private int nameEnd(int from) {
    if (from >= n || !isAsciiLetterOrDigit(text.charAt(from))) {
      return from;
    }
    int i = from + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (isNameChar(c)) {
        i++;
      } else if (c == '.' && i + 1 < n && isNameChar(text.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private boolean hasLineFeed(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isWordChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '_';
  }

  private static boolean isNameChar(char c) {
    return isWordChar(c) || c == '+' || c == '-';
  }
}
