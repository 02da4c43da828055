package io.github.portregistry.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text-form registry file (the legacy {@code port-numbers} file, the RFCs), the line
 * break not part of the line: lines end with LF or CRLF (2005-08-18 has CRLF); a leading byte order
 * mark is skipped.
 *
 * <p>The encoding: strict UTF-8 when the whole file is valid UTF-8 (2007 on, and the RFCs);
 * otherwise Windows-1252, the encoding of the legacy file before IANA moved to UTF-8 (2005-08-18
 * and 2006-11-13 write "Sch&auml;fer" with the byte 0xE4 and an en dash as 0x96). A file that is
 * neither fails at its first byte that is not UTF-8.
 */
final class TextLines {
  private TextLines() {}

  /**
   * Decodes and splits {@code content}; element {@code i} is line {@code i + 1}.
   *
   * @throws RegistryCsvException at the first byte that is not UTF-8, or a carriage return that
   *     does not end a line
   */
  static List<String> split(String fileName, byte[] content) {
    String text = decode(fileName, content);
    List<String> lines = new ArrayList<>();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    while (start < n) {
      int lf = text.indexOf('\n', start);
      int end = lf < 0 ? n : lf;
      int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      int cr = text.indexOf('\r', start);
      if (cr >= 0 && cr < stop) {
        throw new RegistryCsvException(
            fileName,
            lines.size() + 1,
            cr - start + 1,
            "carriage return inside a line (lines end with LF or CRLF)");
      }
      lines.add(text.substring(start, stop));
      start = end + 1;
    }
    return lines;
  }

  private static String decode(String fileName, byte[] content) {
    CharsetDecoder windows1252 =
        Charset.forName("windows-1252")
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decodeUtf8(fileName, content);
    } catch (RegistryCsvException notUtf8) {
      try {
        return windows1252.decode(ByteBuffer.wrap(content)).toString();
      } catch (CharacterCodingException neither) {
        throw notUtf8;
      }
    }
  }

  private static String decodeUtf8(String fileName, byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length); // UTF-8 never gives more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // Everything before the bad byte decoded, so its line and column follow from those chars.
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        char ch = out.get(i);
        if (ch == '\n') {
          line++;
          column = 1;
        } else if (ch != '\r' && !Character.isLowSurrogate(ch)) {
          column++;
        }
      }
      throw new RegistryCsvException(
          fileName,
          line,
          column,
          String.format("invalid UTF-8 byte 0x%02X", content[in.position()] & 0xFF));
    }
    return new String(out.array(), 0, out.position());
  }
}
