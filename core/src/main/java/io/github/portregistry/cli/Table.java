package io.github.portregistry.cli;

import io.github.portregistry.internal.VisibleText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Rows of text in left-aligned columns two spaces apart, one line each, no trailing spaces. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();

  Table(String... header) {
    rows.add(header);
  }

  /**
   * Adds a row. Line breaks in a cell, with the spaces around them, become one space; other control
   * characters are escaped ({@link VisibleText}): cells hold registry text and process names.
   */
  void add(String... row) {
    for (int c = 0; c < row.length; c++) {
      row[c] = VisibleText.escape(joinLines(row[c].strip()));
    }
    rows.add(row);
  }

  /**
   * Each line break and the white space around it as one space: a loop rather than a regular
   * expression such as {@code \s*[\r\n]\s*}, which takes time quadratic in a run of spaces.
   */
  static String joinLines(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = i;
      boolean lineBreak = false;
      while (end < text.length() && isSpace(text.charAt(end))) {
        char c = text.charAt(end++);
        lineBreak |= c == '\n' || c == '\r';
      }
      if (end > i) {
        if (lineBreak) {
          b.append(' ');
        } else {
          b.append(text, i, end);
        }
        i = end;
      } else {
        b.append(text.charAt(i++));
      }
    }
    return b.toString();
  }

  /** The white space of {@code \s} in a regular expression. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
  }

  void print(PrintStream out) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder line = new StringBuilder();
    for (String[] row : rows) {
      line.setLength(0);
      for (int c = 0; c < row.length; c++) {
        line.append(row[c]);
        for (int pad = row[c].length(); c < row.length - 1 && pad < width[c] + 2; pad++) {
          line.append(' ');
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
