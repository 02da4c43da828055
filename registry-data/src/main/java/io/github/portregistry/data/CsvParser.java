package io.github.portregistry.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A strict RFC 4180 CSV parser for the registry file.
 *
 * <p>Strict means that anything RFC 4180 does not allow is an error with its exact position rather
 * than a guess: invalid UTF-8, a bare carriage return outside quotes, a quote inside an unquoted
 * field, anything but a comma or line break after a closing quote, and an unterminated quoted
 * field. Two relaxations, both harmless: records may end with LF as well as CRLF, and a leading
 * UTF-8 byte order mark is skipped.
 *
 * <p>Positions are 1-based lines and columns as an editor shows them: every line break counts,
 * including those inside quoted fields (LF, CRLF and, inside quotes, a lone CR each count once),
 * and columns count code points, so a character outside the BMP is one column.
 *
 * <p>The parser makes a single pass over the decoded characters with no backtracking, so its time
 * is linear in the input size whatever the input is.
 */
public final class CsvParser {

  private static final char BOM = '\uFEFF';

  private CsvParser() {}

  /**
   * Parses a whole CSV file.
   *
   * @param fileName the file name to put into error messages, as the user gave it
   * @param content the file's bytes, UTF-8
   * @return the records in file order; empty for empty input (or a byte order mark alone). An empty
   *     line is a record with one empty field, and a final line break does not start a record, so
   *     {@code "a\r\n"} is one record.
   * @throws RegistryCsvException if the content is not valid UTF-8 or not strict RFC 4180
   */
  public static List<CsvRecord> parse(String fileName, byte[] content) {
    Objects.requireNonNull(fileName, "fileName");
    char[] c = decode(fileName, content);
    int n = c.length;
    // The BOM is an encoding signature, not text: skipping it keeps the first column at 1.
    int i = n > 0 && c[0] == BOM ? 1 : 0;
    List<CsvRecord> records = new ArrayList<>();
    if (i == n) {
      return records;
    }
    // One buffer for the fields of the current record and one for quoted text, both reused so
    // that a record costs only its field strings and one immutable list.
    List<CsvField> fields = new ArrayList<>();
    StringBuilder quoted = new StringBuilder();
    int line = 1;
    int col = 1;
    int recordLine = 1;
    while (true) {
      // At the start of a field.
      int fieldLine = line;
      int fieldCol = col;
      String value;
      if (i < n && c[i] == '"') {
        i++;
        col++;
        quoted.setLength(0);
        int segment = i; // start of the text not yet copied to `quoted`
        while (true) {
          if (i == n) {
            throw new RegistryCsvException(
                fileName, fieldLine, fieldCol, "unterminated quoted field");
          }
          char ch = c[i];
          if (ch == '"') {
            if (i + 1 < n && c[i + 1] == '"') {
              quoted.append(c, segment, i + 1 - segment); // keeps one of the two quotes
              i += 2;
              col += 2;
              segment = i;
              continue;
            }
            quoted.append(c, segment, i - segment);
            i++;
            col++;
            break;
          }
          i++;
          if (ch == '\n' || ch == '\r') {
            // The break stays in the value as it is; only the position needs care: CRLF is one
            // line break, not two.
            if (ch == '\r' && i < n && c[i] == '\n') {
              i++;
            }
            line++;
            col = 1;
          } else if (!Character.isLowSurrogate(ch)) {
            col++; // a surrogate pair is one code point, one column
          }
        }
        value = quoted.toString();
        if (i < n && c[i] != ',' && c[i] != '\n' && c[i] != '\r') {
          throw new RegistryCsvException(
              fileName,
              line,
              col,
              "unexpected character "
                  + show(Character.toString(Character.codePointAt(c, i)))
                  + " after closing quote");
        }
      } else {
        int start = i;
        while (i < n) {
          char ch = c[i];
          if (ch == ',' || ch == '\n' || ch == '\r') {
            break;
          }
          if (ch == '"') {
            // Named with the quote and "..." so the reader sees where in the field it went wrong.
            throw new RegistryCsvException(
                fileName,
                line,
                col,
                "quote inside unquoted field " + show(new String(c, start, i - start) + "\"..."));
          }
          if (!Character.isLowSurrogate(ch)) {
            col++;
          }
          i++;
        }
        value = i == start ? "" : new String(c, start, i - start); // empty fields are common
      }
      fields.add(new CsvField(value, fieldLine, fieldCol));

      // After a field: end of input, a comma, or a line break; nothing else can reach here.
      if (i == n) {
        records.add(new CsvRecord(recordLine, fields));
        return records;
      }
      char ch = c[i];
      if (ch == ',') {
        i++;
        col++;
        continue;
      }
      if (ch == '\r') {
        if (i + 1 == n || c[i + 1] != '\n') {
          throw new RegistryCsvException(
              fileName, line, col, "bare carriage return outside a quoted field");
        }
        i++;
      }
      i++;
      line++;
      col = 1;
      records.add(new CsvRecord(recordLine, fields));
      if (i == n) {
        return records; // a final line break ends the last record; it does not start another
      }
      fields.clear();
      recordLine = line;
    }
  }

  /** Decodes strict UTF-8, reporting the first bad byte at its line and column. */
  private static char[] decode(String fileName, byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    // UTF-8 never yields more chars than bytes, so one buffer of this size always suffices.
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // The decoder stops at the first byte of the bad sequence; everything before it decoded,
      // so its position follows from the characters decoded so far.
      int[] position = locate(out.array(), out.position());
      throw new RegistryCsvException(
          fileName,
          position[0],
          position[1],
          String.format("invalid UTF-8 byte 0x%02X", content[in.position()] & 0xFF));
    }
    char[] chars = out.array();
    return out.position() == chars.length ? chars : Arrays.copyOf(chars, out.position());
  }

  /** Line and column just after {@code c[0..end)}, counted as {@link #parse} counts them. */
  private static int[] locate(char[] c, int end) {
    int line = 1;
    int col = 1;
    for (int i = end > 0 && c[0] == BOM ? 1 : 0; i < end; i++) {
      char ch = c[i];
      if (ch == '\n' || (ch == '\r' && (i + 1 == end || c[i + 1] != '\n'))) {
        line++;
        col = 1;
      } else if (ch != '\r' && !Character.isLowSurrogate(ch)) {
        col++;
      }
    }
    return new int[] {line, col};
  }

  private static String show(String value) {
    return Text.quote(value);
  }
}
