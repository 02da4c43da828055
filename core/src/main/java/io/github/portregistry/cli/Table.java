package io.github.portregistry.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Rows of text in left-aligned columns two spaces apart, one line each, no trailing spaces. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();

  Table(String... header) {
    rows.add(header);
  }

  /** Adds a row; line breaks in a cell, with the spaces around them, become one space. */
  void add(String... row) {
    for (int c = 0; c < row.length; c++) {
      row[c] = row[c].strip().replaceAll("\\s*[\\r\\n]\\s*", " ");
    }
    rows.add(row);
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
