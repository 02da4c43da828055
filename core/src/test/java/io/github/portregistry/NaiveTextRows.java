package io.github.portregistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple reading of the two text forms (the legacy port-numbers file and RFC
 * 1340/1700), for {@link EveryVendoredSnapshotTest}: regular expressions over whole lines, no
 * shared code with the generator's readers, written from the rules their Javadoc states.
 *
 * <ul>
 *   <li>Port-numbers: a table runs from the "-------" line under "Keyword" to the next blank line.
 *       In it, "#" + white space + port is an unnamed row (unless it is a reversed "Unassigned"
 *       range), any other "#" line or a line without a port is not a row, and anything else with a
 *       port token after white space is a row.
 *   <li>RFC: with the "WELL KNOWN PORT NUMBERS" / "REGISTERED PORT NUMBERS" headings, only their
 *       tables (from "-------" under "Keyword" to the next line of capitals); without, every line.
 *       Page headers ("RFC 1700 ... October 1994") and footers ("[Page 12]") are dropped. A line
 *       with no port right after a row continues that row's description.
 *   <li>A trailing bracket is cut from the description when it holds tags: items starting "RFC",
 *       and in the RFCs also items of capitals and digits.
 * </ul>
 */
final class NaiveTextRows {
  private static final Pattern RANGE_LINE =
      Pattern.compile("#[ \\t]+(\\d+)(?:-(\\d+))?(?:/(\\w+))?(?:[ \\t]+(.*))?");
  private static final Pattern PORT_LINE =
      Pattern.compile("(.*?)[ \\t]+(\\d+)(?:-(\\d+))?(?:/(\\w+))?(?:[ \\t]+(.*))?");
  private static final Pattern TAGS = Pattern.compile("(.*?)[ \\t]*\\[([^\\[\\]]*)\\]");
  private static final Map<String, String> SLIPS =
      Map.of("tdp", "tcp", "upd", "udp", "stcp", "sctp", "ddddp", "udp");

  private NaiveTextRows() {}

  /** The rows of a legacy port-numbers file, keyed by the CSV's header names. */
  static List<Map<String, String>> portNumbers(Path file) {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> lines = lines(file);
    boolean table = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (!table) {
        table = line.startsWith("-------") && i > 0 && lines.get(i - 1).startsWith("Keyword");
        continue;
      }
      if (line.isBlank()) {
        table = false;
        continue;
      }
      Map<String, String> row = row(line, false);
      if (row != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** The rows of RFC 1340 (extract) or RFC 1700 (whole). */
  static List<Map<String, String>> rfc(Path file) {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> lines = lines(file);
    boolean whole =
        lines.contains("WELL KNOWN PORT NUMBERS") || lines.contains("REGISTERED PORT NUMBERS");
    boolean section = false;
    boolean table = !whole;
    String previous = "";
    boolean continues = false;
    for (String raw : lines) {
      String line = raw.replace("\f", "").stripTrailing();
      if (line.matches("RFC \\d+ .* [A-Z][a-z]+ \\d{4}") || line.matches(".*\\[Page \\d+\\]")) {
        continue;
      }
      if (whole) {
        if (line.equals("WELL KNOWN PORT NUMBERS") || line.equals("REGISTERED PORT NUMBERS")) {
          section = true;
          table = false;
          continue;
        }
        if (table && line.matches("[A-Z][A-Z &/-]*")) {
          section = false;
          table = false;
        }
        if (section && !table) {
          table = line.startsWith("-------") && previous.startsWith("Keyword");
          if (!line.isEmpty()) {
            previous = line;
          }
          continue;
        }
        if (!table) {
          continue;
        }
      }
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> row = row(line, true);
      if (row != null) {
        rows.add(row);
        continues = true;
      } else if (continues && !line.startsWith("#")) {
        Map<String, String> last = rows.get(rows.size() - 1);
        String d = last.get("Description");
        last.put("Description", d.isEmpty() ? line.strip() : d + " " + line.strip());
      } else {
        continues = false;
      }
    }
    return rows;
  }

  /** The row a table line makes, or null when it makes none. */
  private static Map<String, String> row(String line, boolean rfc) {
    Matcher m = RANGE_LINE.matcher(line);
    String name;
    if (m.matches()) {
      name = "";
      String rest = m.group(4) == null ? "" : m.group(4);
      if (m.group(2) != null
          && Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))
          && rest.startsWith("Unassigned")) {
        return null;
      }
    } else if (line.startsWith("#")) {
      return null;
    } else {
      m = PORT_LINE.matcher(line);
      if (!m.matches() || (m.group(1).isEmpty() && !Character.isWhitespace(line.charAt(0)))) {
        return null;
      }
      name = m.group(1).strip();
    }
    int group = name.isEmpty() && line.startsWith("#") ? 0 : 1;
    String first = m.group(1 + group);
    String last = m.group(2 + group) == null ? first : m.group(2 + group);
    String protocol = m.group(3 + group) == null ? "" : m.group(3 + group).toLowerCase();
    protocol = SLIPS.getOrDefault(protocol, protocol);
    String description = m.group(4 + group) == null ? "" : m.group(4 + group).strip();
    Matcher tags = TAGS.matcher(description);
    if (tags.matches() && isTagList(tags.group(2), rfc)) {
      description = tags.group(1).strip();
    }
    Map<String, String> row = new LinkedHashMap<>();
    row.put("Service Name", name);
    row.put("Port Number", first.equals(last) ? first : first + "-" + last);
    row.put("Transport Protocol", protocol);
    row.put("Description", description);
    return row;
  }

  private static boolean isTagList(String inside, boolean rfc) {
    for (String item : inside.split(",", -1)) {
      String t = item.strip();
      if (!t.startsWith("RFC") && !(rfc && t.matches("[A-Z0-9]+"))) {
        return false;
      }
    }
    return true;
  }

  /** UTF-8, or Windows-1252 when the file is not UTF-8 (the 2005 and 2006 files). */
  private static List<String> lines(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text;
      try {
        text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        text = new String(bytes, Charset.forName("windows-1252"));
      }
      List<String> lines = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
