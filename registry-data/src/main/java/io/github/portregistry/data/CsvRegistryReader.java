package io.github.portregistry.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the registry's CSV form ({@code service-names-port-numbers.csv}) into a {@link
 * SourceSnapshot}: every row a {@link SourceRecord}, every field as written.
 *
 * <p>Columns are found by header name, never by position, because IANA has renamed and reordered
 * them over the years. {@link Column} lists the accepted names. Service Name, Port Number,
 * Transport Protocol and Description are required; a missing optional column reads as blank in
 * every row. An unknown column fails the build: compiling it would drop its data silently.
 *
 * <p>Every row is checked and the first problem fails with a {@link RegistryCsvException} naming
 * file, line, column, value and reason. No row is skipped. The CSV states no date of its own, so
 * {@link SourceSnapshot#writtenDate()} is empty; the {@link Normalizer} dates it.
 *
 * <p>Records may end with CRLF (as IANA publishes) or LF (as some copies have them).
 */
public final class CsvRegistryReader implements RegistryReader {

  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

  /** The registry's columns, each with the header names IANA has used for it. */
  enum Column {
    SERVICE_NAME(true, "Service Name"),
    PORT_NUMBER(true, "Port Number"),
    TRANSPORT_PROTOCOL(true, "Transport Protocol"),
    DESCRIPTION(true, "Description"),
    ASSIGNEE(false, "Assignee"),
    CONTACT(false, "Contact"),
    REGISTRATION_DATE(false, "Registration Date"),
    MODIFICATION_DATE(false, "Modification Date"),
    REFERENCE(false, "Reference"),
    SERVICE_CODE(false, "Service Code"),
    UNAUTHORIZED_USE_REPORTED(false, "Unauthorized Use Reported", "Known Unauthorized Uses"),
    ASSIGNMENT_NOTES(false, "Assignment Notes", "Assignment Note");

    final boolean required;
    final List<String> headerNames;

    Column(boolean required, String... headerNames) {
      this.required = required;
      this.headerNames = List.of(headerNames);
    }

    static Optional<Column> byHeader(String header) {
      for (Column c : values()) {
        for (String name : c.headerNames) {
          if (name.equalsIgnoreCase(header.strip())) {
            return Optional.of(c);
          }
        }
      }
      return Optional.empty();
    }
  }

  @Override
  public SourceSnapshot read(String fileName, byte[] content) {
    List<CsvRecord> rows = CsvParser.parse(fileName, content);
    if (rows.isEmpty()) {
      throw new RegistryCsvException(fileName, 1, 1, "empty file: no header row");
    }
    Map<Column, Integer> index = headerIndex(fileName, rows.get(0));
    int width = rows.get(0).fields().size();
    List<SourceRecord> records = new ArrayList<>(rows.size() - 1);
    for (CsvRecord row : rows.subList(1, rows.size())) {
      if (records.size() == Limits.MAX_RECORDS) {
        throw new RegistryCsvException(
            fileName,
            row.line(),
            1,
            "more than " + Limits.MAX_RECORDS + " records, the most the table format holds");
      }
      records.add(new RowReader(fileName, row, index, width).read());
    }
    if (records.isEmpty()) {
      throw new RegistryCsvException(fileName, 2, 1, "no records after the header row");
    }
    return new SourceSnapshot(
        fileName, RegistryForm.CSV, Optional.empty(), Limits.sha256(content), records, List.of());
  }

  private static Map<Column, Integer> headerIndex(String file, CsvRecord header) {
    Map<Column, Integer> index = new LinkedHashMap<>();
    List<CsvField> fields = header.fields();
    for (int i = 0; i < fields.size(); i++) {
      CsvField f = fields.get(i);
      Column c =
          Column.byHeader(f.value())
              .orElseThrow(
                  () ->
                      new RegistryCsvException(
                          file,
                          f.line(),
                          f.column(),
                          "unknown column \""
                              + f.value()
                              + "\" (its data would be lost; known columns: "
                              + knownHeaders()
                              + ")"));
      if (index.putIfAbsent(c, i) != null) {
        throw new RegistryCsvException(
            file, f.line(), f.column(), "duplicate column \"" + f.value() + "\"");
      }
    }
    for (Column c : Column.values()) {
      if (c.required && !index.containsKey(c)) {
        throw new RegistryCsvException(
            file,
            header.line(),
            1,
            "missing required column \"" + c.headerNames.get(0) + "\" in the header row");
      }
    }
    return Collections.unmodifiableMap(index);
  }

  private static String knownHeaders() {
    List<String> names = new ArrayList<>();
    for (Column c : Column.values()) {
      names.add(c.headerNames.get(0));
    }
    return String.join(", ", names);
  }

  /** Reads one data row; each method names the field it reads in its errors. */
  private static final class RowReader {
    private final String file;
    private final CsvRecord row;
    private final Map<Column, Integer> index;

    RowReader(String file, CsvRecord row, Map<Column, Integer> index, int width) {
      this.file = file;
      this.row = row;
      this.index = index;
      if (row.fields().size() != width) {
        throw new RegistryCsvException(
            file,
            row.line(),
            1,
            "expected " + width + " fields as in the header, found " + row.fields().size());
      }
      for (CsvField f : row.fields()) {
        Limits.checkField(file, f.line(), f.column(), "field", f.value());
      }
    }

    SourceRecord read() {
      String name = text(Column.SERVICE_NAME);
      Optional<String> badName = Limits.serviceNameProblem(name);
      if (badName.isPresent()) {
        throw error(Column.SERVICE_NAME, badName.get());
      }
      int[] ports = ports();
      String protocol = protocol();
      if (name.isEmpty() && ports == null) {
        throw error(
            Column.SERVICE_NAME,
            "record has neither a service name nor a port number: nothing could find it");
      }
      return new SourceRecord(
          row.line(),
          1,
          name,
          ports == null ? -1 : ports[0],
          ports == null ? -1 : ports[1],
          protocol,
          text(Column.DESCRIPTION),
          text(Column.ASSIGNEE),
          text(Column.CONTACT),
          date(Column.REGISTRATION_DATE),
          date(Column.MODIFICATION_DATE),
          references(),
          text(Column.SERVICE_CODE),
          text(Column.UNAUTHORIZED_USE_REPORTED),
          text(Column.ASSIGNMENT_NOTES));
    }

    private List<Reference> references() {
      List<Reference> references = CsvRegistryReader.references(text(Column.REFERENCE));
      if (references.size() > Limits.MAX_REFERENCES) {
        CsvField f = row.fields().get(index.get(Column.REFERENCE));
        Limits.checkReferences(file, f.line(), f.column(), f.value(), references.size());
      }
      return references;
    }

    private String text(Column c) {
      Integer i = index.get(c);
      return i == null ? "" : row.fields().get(i).value();
    }

    private RegistryCsvException error(Column c, String reason) {
      Integer i = index.get(c);
      CsvField f = row.fields().get(i == null ? 0 : i);
      return new RegistryCsvException(file, f.line(), f.column(), reason);
    }

    /** Returns {first, last}, or null for a record without a port. */
    private int[] ports() {
      String value = text(Column.PORT_NUMBER);
      if (value.isEmpty()) {
        return null;
      }
      Matcher m = PORT.matcher(value);
      if (!m.matches()) {
        throw error(
            Column.PORT_NUMBER,
            "port \"" + value + "\" is not a number or a range such as 249-255");
      }
      int first = Integer.parseInt(m.group(1));
      int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
      if (first > 65535 || last > 65535) {
        throw error(Column.PORT_NUMBER, "port \"" + value + "\" is outside 0-65535");
      }
      if (first > last) {
        throw error(Column.PORT_NUMBER, "port range \"" + value + "\" is reversed");
      }
      return new int[] {first, last};
    }

    private String protocol() {
      String value = text(Column.TRANSPORT_PROTOCOL);
      String lower = value.toLowerCase(Locale.ROOT);
      switch (lower) {
        case "":
        case "tcp":
        case "udp":
        case "sctp":
        case "dccp":
          return lower;
        default:
          throw error(
              Column.TRANSPORT_PROTOCOL,
              "unknown transport protocol \""
                  + value
                  + "\" (expected tcp, udp, sctp, dccp or empty)");
      }
    }

    private Optional<CsvDate> date(Column c) {
      String value = text(c);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      Matcher m = DATE.matcher(value);
      if (!m.matches()) {
        throw error(c, "bad date \"" + value + "\" (expected YYYY-MM-DD or YYYY-MM)");
      }
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (m.group(3) != null && day == 0) {
        throw error(c, "bad date \"" + value + "\" (day 00)");
      }
      CsvDate date;
      try {
        date = new CsvDate(year, month, day);
      } catch (IllegalArgumentException e) {
        throw error(c, "bad date \"" + value + "\" (" + e.getMessage() + ")");
      }
      if (!Limits.inTableYears(year)) {
        throw error(
            c,
            "date \""
                + value
                + "\" is outside "
                + Limits.MIN_YEAR
                + "-"
                + Limits.MAX_YEAR
                + ", the years the table can hold");
      }
      return Optional.of(date);
    }
  }

  /**
   * Splits a Reference field: "[RFC9051][RFC8314]" gives RFC9051, RFC8314. A field that is not a
   * plain bracketed list (text outside brackets, a nested or unclosed bracket, an empty item) is
   * kept whole, as one item, so that no text is lost. One scan, no regular expression: the field's
   * length is bounded only by {@link Limits#MAX_FIELD_BYTES} and a backtracking pattern on it would
   * not be.
   */
  static List<Reference> references(String field) {
    if (field.isEmpty()) {
      return List.of();
    }
    List<Reference> items = new ArrayList<>();
    int i = 0;
    int n = field.length();
    while (i < n) {
      int close = field.indexOf(']', i + 1);
      int nested = field.indexOf('[', i + 1);
      if (field.charAt(i) != '['
          || close < 0
          || close == i + 1
          || (nested >= 0 && nested < close)) {
        return List.of(Reference.inferred(field));
      }
      items.add(Reference.inferred(field.substring(i + 1, close)));
      i = close + 1;
    }
    return items;
  }
}
