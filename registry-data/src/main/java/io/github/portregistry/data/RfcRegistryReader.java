package io.github.portregistry.data;

import java.util.List;
import java.util.Optional;

/**
 * Reads the port tables of the "Assigned Numbers" RFCs into a {@link SourceSnapshot}: RFC 1340
 * (July 1992; vendored as an extract of its port tables only) and RFC 1700 (October 1994; vendored
 * whole, 230 pages, after an 82-line preamble that the repository it came from added).
 *
 * <p>What is read, line by line, in one pass:
 *
 * <ul>
 *   <li>Page furniture is skipped wherever it appears, inside tables too: form feeds at the start
 *       of a line, page headers ({@code RFC 1700 Assigned Numbers October 1994}: a line starting
 *       {@code RFC} and a number and ending with a month and year) and page footers ({@code
 *       Reynolds & Postel [Page 12]}: a line ending {@code [Page} number{@code ]}).
 *   <li>The data date: the month and year of the page headers, a date of month precision. Every
 *       header must give the same month, or the build fails. The RFC 1340 extract has no headers;
 *       its date comes from the manifest ({@link Normalizer}).
 *   <li>When the file has a line {@code WELL KNOWN PORT NUMBERS} or {@code REGISTERED PORT NUMBERS}
 *       (a whole RFC), only those two sections are read, and in each only its table: from the
 *       {@code -------} line below the {@code Keyword Decimal Description References} headings to
 *       the next section heading (a line of capital letters, spaces and {@code &/-} only, such as
 *       {@code REGISTERED PORT NUMBERS} or {@code REFERENCES}). Everything else is skipped by this
 *       rule: the preamble (its {@code 1 TCPMUX — ...} lines are a summary, not the registry), the
 *       other sections of the RFC (protocol numbers, addresses, ...), the prose that introduces
 *       each table, and the RFC's per-section REFERENCES and PEOPLE lists (the port tables of RFC
 *       1700 cite no one by id, so there is no person to resolve).
 *   <li>Otherwise (an extract such as the vendored RFC 1340, nothing but port lines) every line is
 *       a table line.
 *   <li>Table lines are read by {@link TextPortTable} in its {@link TextPortTable.Style#RFC} style:
 *       RFC 1340's {@code [12,JBP]} tags give a numbered reference ({@code 12}) and a person
 *       ({@code [JBP]} as assignee and contact), and its wrapped descriptions are joined.
 * </ul>
 *
 * The RFCs have no people list in the port sections, so {@link SourceSnapshot#people()} is empty.
 *
 * <p>Example, RFC 1340: {@code ni-ftp 47/tcp NI FTP [134,SK8]} is the record ni-ftp, 47/tcp, "NI
 * FTP", reference {@code 134}, assignee and contact {@code [SK8]}; {@code 247-255 Reserved [JBP]}
 * is an unnamed record reserving 247-255 on every protocol.
 */
public final class RfcRegistryReader implements RegistryReader {
  private static final List<String> PORT_SECTIONS =
      List.of("WELL KNOWN PORT NUMBERS", "REGISTERED PORT NUMBERS");

  /** Creates the reader; it keeps no state between files. */
  public RfcRegistryReader() {}

  @Override
  public SourceSnapshot read(String fileName, byte[] content) {
    List<String> lines = TextLines.split(fileName, content);
    boolean wholeRfc = false;
    for (String line : lines) {
      wholeRfc |= PORT_SECTIONS.contains(line.stripTrailing());
    }
    TextPortTable table = new TextPortTable(fileName, TextPortTable.Style.RFC);
    Optional<CsvDate> written = Optional.empty();
    int writtenLine = 0;
    boolean inSection = false;
    boolean inTable = !wholeRfc;
    String previous = "";
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i);
      int feeds = 0;
      while (feeds < line.length() && line.charAt(feeds) == '\f') {
        feeds++;
      }
      line = line.substring(feeds).stripTrailing();
      Optional<CsvDate> month = pageHeaderMonth(fileName, number, line);
      if (month.isPresent()) {
        if (written.isPresent() && !written.equals(month)) {
          throw new RegistryCsvException(
              fileName,
              number,
              1,
              "page header gives "
                  + month.get()
                  + " but the header on line "
                  + writtenLine
                  + " gave "
                  + written.get());
        }
        if (written.isEmpty()) {
          written = month;
          writtenLine = number;
        }
        continue;
      }
      if (isPageFooter(line)) {
        continue;
      }
      if (wholeRfc) {
        if (PORT_SECTIONS.contains(line)) {
          inSection = true;
          inTable = false;
        } else if (inTable && isSectionHeading(line)) {
          inSection = false;
          inTable = false;
        } else if (inSection && !inTable) {
          inTable = line.startsWith("-------") && previous.startsWith("Keyword");
        } else if (inTable) {
          table.line(number, line);
        }
        if (!line.isEmpty()) {
          previous = line;
        }
        continue;
      }
      table.line(number, line);
    }
    if (table.isEmpty()) {
      throw new RegistryCsvException(
          fileName,
          Math.max(lines.size(), 1),
          1,
          wholeRfc
              ? "the port sections have no table: expected a \"Keyword  Decimal  Description\""
                  + " line and a \"-------\" line below it"
              : "no port lines such as \"ni-ftp  47/tcp  NI FTP\"");
    }
    return new SourceSnapshot(
        fileName,
        RegistryForm.RFC,
        written,
        Limits.sha256(content),
        table.records(content.length),
        List.of());
  }

  /** {@code RFC 1700 Assigned Numbers October 1994}: the month it gives, else empty. */
  private static Optional<CsvDate> pageHeaderMonth(String file, int number, String line) {
    if (!line.startsWith("RFC ") || line.length() < 5 || !Character.isDigit(line.charAt(4))) {
      return Optional.empty();
    }
    int yearStart = line.length() - 4;
    int space = line.lastIndexOf(' ', yearStart - 2);
    if (yearStart < 6 || line.charAt(yearStart - 1) != ' ' || space < 0) {
      return Optional.empty();
    }
    String monthWord = line.substring(space + 1, yearStart - 1);
    if (!TextDates.isMonthName(monthWord)) {
      return Optional.empty();
    }
    return Optional.of(TextDates.parse(file, number, space + 2, line.substring(space + 1)));
  }

  /** {@code Reynolds & Postel [Page 12]}. */
  private static boolean isPageFooter(String line) {
    int open = line.lastIndexOf("[Page ");
    if (open <= 0 || !line.endsWith("]") || open + 6 >= line.length() - 1) {
      return false;
    }
    for (int i = open + 6; i < line.length() - 1; i++) {
      if (!Character.isDigit(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code REFERENCES}, {@code INTERNET MULTICAST ADDRESSES}: capitals, spaces, {@code &/-}. */
  private static boolean isSectionHeading(String line) {
    if (line.isEmpty() || line.charAt(0) < 'A' || line.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && c != ' ' && c != '&' && c != '/' && c != '-') {
        return false;
      }
    }
    return true;
  }
}
