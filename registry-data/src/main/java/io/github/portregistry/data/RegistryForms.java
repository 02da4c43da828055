package io.github.portregistry.data;

import java.nio.charset.StandardCharsets;

/**
 * Decides a registry file's form from its content, never from its name (a user may pass any copy
 * under any name), and gives the form's reader.
 *
 * <p>The rules, tried in order on the first 64 KiB (decoded as ASCII-compatible bytes; a leading
 * byte order mark and white space are skipped):
 *
 * <ol>
 *   <li>the content starts with {@code <?xml} or {@code <registry}: {@link RegistryForm#XML};
 *   <li>the first line has a comma and {@code Service Name} or {@code Port Number}: {@link
 *       RegistryForm#CSV} (the header row, whatever order IANA gave the columns; a header missing
 *       one of them is still a CSV, and the CSV reader says which column is missing);
 *   <li>a line contains {@code (last updated }: {@link RegistryForm#PORT_NUMBERS};
 *   <li>a line contains a port such as {@code 47/tcp} or {@code 47/udp} after white space: {@link
 *       RegistryForm#RFC} (RFC 1340 and 1700 have no date line; the 1992 extract has nothing but
 *       port lines).
 * </ol>
 *
 * Anything else fails: it is not a registry file of any form this project reads.
 */
public final class RegistryForms {
  private static final int SNIFF_BYTES = 64 * 1024;

  private RegistryForms() {}

  /**
   * The form of {@code content}.
   *
   * @throws RegistryCsvException when the content is none of the four forms
   */
  public static RegistryForm detect(String fileName, byte[] content) {
    String head =
        new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    int start = head.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0; // the UTF-8 BOM, read as Latin-1
    while (start < head.length() && Character.isWhitespace(head.charAt(start))) {
      start++;
    }
    if (start == head.length()) {
      throw new RegistryCsvException(fileName, 1, 1, "empty file: no registry data");
    }
    if (head.startsWith("<?xml", start) || head.startsWith("<registry", start)) {
      return RegistryForm.XML;
    }
    int eol = head.indexOf('\n', start);
    String firstLine = head.substring(start, eol < 0 ? head.length() : eol);
    if (firstLine.indexOf(',') >= 0
        && (firstLine.contains("Service Name") || firstLine.contains("Port Number"))) {
      return RegistryForm.CSV;
    }
    if (head.contains("(last updated ")) {
      return RegistryForm.PORT_NUMBERS;
    }
    if (hasPortLine(head)) {
      return RegistryForm.RFC;
    }
    throw new RegistryCsvException(
        fileName,
        1,
        1,
        "not a registry file of any known form: expected the XML, a CSV whose header names"
            + " \"Service Name\" and \"Port Number\", the port-numbers text with its \"(last"
            + " updated ...)\" line, or RFC 1340/1700 port tables");
  }

  /** White space, digits, "/tcp" or "/udp": how every port line of the RFCs writes its port. */
  private static boolean hasPortLine(String head) {
    for (int slash = head.indexOf('/'); slash >= 0; slash = head.indexOf('/', slash + 1)) {
      if (!head.startsWith("tcp", slash + 1) && !head.startsWith("udp", slash + 1)) {
        continue;
      }
      int digits = slash;
      while (digits > 0 && Character.isDigit(head.charAt(digits - 1))) {
        digits--;
      }
      if (digits < slash
          && digits > 0
          && (head.charAt(digits - 1) == ' ' || head.charAt(digits - 1) == '\t')) {
        return true;
      }
    }
    return false;
  }

  /** The reader of {@code form}: one per form, each producing the same {@link SourceSnapshot}. */
  public static RegistryReader reader(RegistryForm form) {
    switch (form) {
      case CSV:
        return new CsvRegistryReader();
      case XML:
        return new XmlRegistryReader();
      case PORT_NUMBERS:
        return new PortNumbersRegistryReader();
      case RFC:
        return new RfcRegistryReader();
      default:
        throw new AssertionError("no reader for " + form);
    }
  }
}
