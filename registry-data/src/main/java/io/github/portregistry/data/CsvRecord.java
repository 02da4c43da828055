package io.github.portregistry.data;

import java.util.List;

/**
 * One CSV record (one row): its fields in file order and the line where it starts.
 *
 * @param line 1-based line of the record's first character
 * @param fields the fields, at least one (an empty line is one empty field); unmodifiable
 */
public record CsvRecord(int line, List<CsvField> fields) {

  /** Makes {@code fields} an unmodifiable copy (no copy when it already is one) and checks it. */
  public CsvRecord {
    fields = List.copyOf(fields);
    if (line < 1) {
      throw new IllegalArgumentException("line " + line + " is not 1-based");
    }
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a record has at least one field");
    }
  }
}
