package io.github.portregistry.data;

import java.util.List;
import java.util.Optional;

/**
 * Reads the legacy {@code port-numbers} text that IANA published until 2011 (vendored: 2004-01-08
 * to 2009-10-07) into a {@link SourceSnapshot}.
 *
 * <p>The file is prose with port tables in it. What is read, line by line, in one pass:
 *
 * <ul>
 *   <li>The data date: the first {@code (last updated 2009-10-07)} line before the first table
 *       ({@code (last updated 18 August 2005)} in 2005), written date of the snapshot.
 *   <li>The tables: a table starts after a line beginning {@code -------} directly below a line
 *       beginning {@code Keyword} (the column headings {@code Keyword Decimal Description
 *       References}); it ends at the first blank line. The files have two: Well Known Ports and
 *       Registered Ports. Each table line is read by {@link TextPortTable} in its {@link
 *       TextPortTable.Style#PORT_NUMBERS} style: port lines, {@code #} range lines such as {@code #
 *       249-255 Reserved}, and comment lines (contacts, references, notes) that belong to the
 *       records above them.
 *   <li>Everything outside the tables is skipped, by this rule and no other: the preamble (title,
 *       date, the three ranges, the IESG statement), the prose introducing each table, the {@code
 *       (*)} footnote after the experimental ports 1021-1022, the "DYNAMIC AND/OR PRIVATE PORTS"
 *       paragraph (which names no record; the CSV has none either), and the closing "REFERENCES"
 *       bibliography of the RFCs the tags cite (a tag keeps the RFC's number, from which its text
 *       can be found).
 * </ul>
 *
 * The form has no people list (contacts are written out in full on comment lines), so {@link
 * SourceSnapshot#people()} is empty; it has no registration or modification dates.
 *
 * <p>Example, as the 2009-10-07 file writes port 9:
 *
 * <pre>
 * discard           9/tcp    Discard
 * discard           9/udp    Discard
 * #                          Jon Postel &lt;postel&amp;isi.edu&gt;
 * discard           9/sctp   Discard
 * #                          IETF TSVWG
 * #                          Randall Stewart &lt;rrs&amp;cisco.com&gt;
 * #                          [RFC4960]
 * </pre>
 *
 * gives three records named discard; the first two with contact {@code Jon Postel
 * <postel&isi.edu>}, the third with contact {@code Randall Stewart <rrs&cisco.com>}, reference
 * RFC4960 and the note {@code IETF TSVWG}.
 */
public final class PortNumbersRegistryReader implements RegistryReader {
  private static final String DATE_MARK = "(last updated ";

  /** Creates the reader; it keeps no state between files. */
  public PortNumbersRegistryReader() {}

  @Override
  public SourceSnapshot read(String fileName, byte[] content) {
    List<String> lines = TextLines.split(fileName, content);
    TextPortTable table = new TextPortTable(fileName, TextPortTable.Style.PORT_NUMBERS);
    Optional<CsvDate> written = Optional.empty();
    boolean seenTable = false;
    boolean inTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (inTable) {
        if (line.isBlank()) {
          inTable = false;
        } else {
          table.line(number, line);
        }
        continue;
      }
      int mark = line.indexOf(DATE_MARK);
      if (!seenTable && written.isEmpty() && mark >= 0) {
        int from = mark + DATE_MARK.length();
        int close = line.indexOf(')', from);
        if (close < 0) {
          throw new RegistryCsvException(
              fileName, number, mark + 1, "\"(last updated\" without its closing parenthesis");
        }
        written =
            Optional.of(TextDates.parse(fileName, number, from + 1, line.substring(from, close)));
      }
      if (line.startsWith("-------") && i > 0 && lines.get(i - 1).startsWith("Keyword")) {
        inTable = true;
        seenTable = true;
      }
    }
    if (table.isEmpty()) {
      throw new RegistryCsvException(
          fileName,
          Math.max(lines.size(), 1),
          1,
          seenTable
              ? "the port tables have no records"
              : "no port table: expected a \"Keyword  Decimal  Description\" line and a"
                  + " \"-------\" line below it");
    }
    return new SourceSnapshot(
        fileName,
        RegistryForm.PORT_NUMBERS,
        written,
        Limits.sha256(content),
        table.records(content.length),
        List.of());
  }
}
