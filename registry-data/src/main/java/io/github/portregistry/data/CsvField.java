package io.github.portregistry.data;

import java.util.Objects;

/**
 * One field of a CSV record: its text with the CSV quoting removed, and where it starts in the
 * file, so that later stages can report problems at the exact spot.
 *
 * @param value the field's text; quotes removed, doubled quotes undone, line breaks inside a quoted
 *     field kept exactly as they are in the file
 * @param line 1-based line of the field's first character (the opening quote of a quoted field)
 * @param column 1-based column of that character, in code points within its line
 */
public record CsvField(String value, int line, int column) {

  /** Rejects a missing value and positions before the start of the file. */
  public CsvField {
    Objects.requireNonNull(value, "value");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("position " + line + ":" + column + " is not 1-based");
    }
  }
}
