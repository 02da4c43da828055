package io.github.portregistry.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry CSV read, validated and normalized into {@link RegistryRecord}s, in registry order.
 *
 * <p>Columns are found by header name, never by position, because IANA has renamed and reordered
 * them over the years. {@link Column} lists the accepted names. Service Name, Port Number,
 * Transport Protocol and Description are required; a missing optional column reads as blank in
 * every row. An unknown column fails the build: compiling it would drop its data silently.
 *
 * <p>Every row is checked and the first problem fails with a {@link RegistryCsvException} naming
 * file, line, column, value and reason. No row is skipped.
 *
 * @param fileName the file name as given, for error messages
 * @param records every data row, in registry order
 * @param dataDate the newest Registration or Modification Date in the file: the registry version
 * @param sha256 lower-case hex SHA-256 of the file's bytes, as {@code sha256sum} prints it
 */
public record RegistryCsv(
    String fileName, List<RegistryRecord> records, CsvDate dataDate, String sha256) {

  /** Earliest and latest year the table's 16-bit date encoding holds. */
  static final int MIN_YEAR = 1970;

  static final int MAX_YEAR = MIN_YEAR + 127;

  /** The table numbers records and strings with 16 bits; one string may hold this many bytes. */
  static final int MAX_RECORDS = 0xFFFF;

  static final int MAX_FIELD_BYTES = 0xFFFF;

  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern BRACKETED_LIST = Pattern.compile("(?:\\[[^\\[\\]]*\\])+");
  private static final Pattern BRACKETED_ITEM = Pattern.compile("\\[([^\\[\\]]*)\\]");

  /** Defensive copy. */
  public RegistryCsv {
    records = List.copyOf(records);
  }

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

  /**
   * Reads and validates a registry CSV.
   *
   * @param fileName the name to use in error messages
   * @param content the file's bytes
   * @throws RegistryCsvException at the first malformed row, header or value
   */
  public static RegistryCsv parse(String fileName, byte[] content) {
    List<CsvRecord> rows = CsvParser.parse(fileName, content);
    if (rows.isEmpty()) {
      throw new RegistryCsvException(fileName, 1, 1, "empty file: no header row");
    }
    Map<Column, Integer> index = headerIndex(fileName, rows.get(0));
    int width = rows.get(0).fields().size();
    List<RegistryRecord> records = new ArrayList<>(rows.size() - 1);
    CsvDate newest = null;
    for (CsvRecord row : rows.subList(1, rows.size())) {
      if (records.size() == MAX_RECORDS) {
        throw new RegistryCsvException(
            fileName,
            row.line(),
            1,
            "more than " + MAX_RECORDS + " records, the most the table format holds");
      }
      RegistryRecord r = new RowReader(fileName, row, index, width).read();
      records.add(r);
      for (Optional<CsvDate> d : List.of(r.registrationDate(), r.modificationDate())) {
        if (d.isPresent() && (newest == null || d.get().compareTo(newest) > 0)) {
          newest = d.get();
        }
      }
    }
    if (records.isEmpty()) {
      throw new RegistryCsvException(fileName, 2, 1, "no records after the header row");
    }
    if (newest == null) {
      throw new RegistryCsvException(
          fileName, 2, 1, "no Registration or Modification Date anywhere: cannot date the data");
    }
    return new RegistryCsv(fileName, records, newest, sha256(content));
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
        // Cheap bound first: a UTF-8 encoding is never longer than three bytes a char.
        if (f.value().length() * 3L > MAX_FIELD_BYTES
            && f.value().getBytes(StandardCharsets.UTF_8).length > MAX_FIELD_BYTES) {
          throw new RegistryCsvException(
              file,
              f.line(),
              f.column(),
              "field of "
                  + f.value().getBytes(StandardCharsets.UTF_8).length
                  + " UTF-8 bytes, more than the "
                  + MAX_FIELD_BYTES
                  + " the table format holds");
        }
      }
    }

    RegistryRecord read() {
      String name = text(Column.SERVICE_NAME);
      checkServiceName(name);
      int[] ports = ports();
      String protocol = protocol();
      String description = text(Column.DESCRIPTION);
      if (name.isEmpty() && ports == null) {
        throw error(
            Column.SERVICE_NAME,
            "record has neither a service name nor a port number: nothing could find it");
      }
      RecordKind kind = RecordKind.of(name, description);
      Optional<CsvDate> modified = date(Column.MODIFICATION_DATE);
      String notes = text(Column.ASSIGNMENT_NOTES);
      Optional<CsvDate> removal =
          kind == RecordKind.ASSIGNED
              ? Optional.empty()
              : RemovalNotes.removalDate(description, notes, modified);
      if (removal.isPresent() && !inTableYears(removal.get().year())) {
        // A year the table cannot hold, written in prose, is a typo like an impossible date:
        // fall back to the Modification Date, as RemovalNotes does for those.
        removal = modified;
      }
      String formerly =
          kind == RecordKind.ASSIGNED ? "" : RemovalNotes.formerly(description, notes).orElse("");
      return new RegistryRecord(
          row.line(),
          name,
          ports == null ? -1 : ports[0],
          ports == null ? -1 : ports[1],
          protocol,
          kind,
          description,
          text(Column.ASSIGNEE),
          text(Column.CONTACT),
          date(Column.REGISTRATION_DATE),
          modified,
          references(text(Column.REFERENCE)),
          text(Column.SERVICE_CODE),
          text(Column.UNAUTHORIZED_USE_REPORTED),
          notes,
          removal,
          formerly);
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

    private void checkServiceName(String name) {
      // RFC 6335 names are ASCII and compared case-insensitively; the runtime folds ASCII only,
      // so anything else would make lookups silently miss.
      for (int i = 0; i < name.length(); i++) {
        char ch = name.charAt(i);
        if (ch <= 0x20 || ch >= 0x7f) {
          throw error(
              Column.SERVICE_NAME,
              String.format(
                  "service name \"%s\" has character U+%04X; names are printable ASCII",
                  name, +ch));
        }
      }
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
      if (!inTableYears(year)) {
        throw error(
            c,
            "date \""
                + value
                + "\" is outside "
                + MIN_YEAR
                + "-"
                + MAX_YEAR
                + ", the years the table can hold");
      }
      return Optional.of(date);
    }

    private static boolean inTableYears(int year) {
      return year >= MIN_YEAR && year <= MAX_YEAR;
    }
  }

  /**
   * Splits a Reference field: "[RFC9051][RFC8314]" gives RFC9051, RFC8314. A field that is not a
   * plain bracketed list is kept whole, as one item, so that no text is lost.
   */
  static List<String> references(String field) {
    if (field.isEmpty()) {
      return List.of();
    }
    if (!BRACKETED_LIST.matcher(field).matches()) {
      return List.of(field);
    }
    List<String> items = new ArrayList<>();
    Matcher m = BRACKETED_ITEM.matcher(field);
    while (m.find()) {
      items.add(m.group(1));
    }
    return items;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
