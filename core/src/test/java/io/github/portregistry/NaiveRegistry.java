package io.github.portregistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, deliberately simple reading of the registry file the build compiled (the CSV, or the
 * XML through {@link NaiveXmlRows}), for the tests to check the compiled table against.
 *
 * <p>Why it exists: the library answers from a binary table written at build time by the generator
 * in {@code registry-data}, through bit-packed status bytes, deduplicated strings and shared record
 * lists. A bug anywhere along that path (the CSV reader, normalization, the table writer, the
 * loader, the caches) would still give plausible answers. This class shares none of that code: it
 * has its own tiny quote-aware CSV splitter, finds columns by header name, and computes every
 * answer by brute force straight from the rules, so that agreement between the two is
 * evidence that nothing was lost or misread. It favours being obviously correct over being fast:
 * loading it and computing every port takes a second or two.
 *
 * <p>The rules, as the issue states them:
 *
 * <ul>
 *   <li>A row is an assignment when it has a service name or its Description starts with "any
 *       private"; otherwise a reservation when its Description starts with "Reserved" ignoring
 *       case; otherwise it marks the port unassigned.
 *   <li>An empty Transport Protocol means all four protocols; a Port Number "a-b" covers every port
 *       from a to b.
 *   <li>A port's status on a protocol is the highest kind among the rows covering it on that
 *       protocol (ASSIGNED over RESERVED over UNASSIGNED), UNASSIGNED when no row covers it.
 * </ul>
 *
 * <p>The only things it borrows from the library are the value types it must produce for comparison
 * ({@link Status}, {@link Protocol}, {@link PortRange}, {@link ServiceRecord}) and {@link
 * RegistryDate#parse}, which the tests check on its own.
 */
final class NaiveRegistry {
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]");

  /** One CSV row, its fields by header name. */
  static final class Row {
    /** 0 for the first row after the header. */
    final int index;

    /** 1-based line of the file where the row starts, for messages. */
    final int line;

    final Map<String, String> fields;

    /**
     * The XML's kind of each reference (RFC, URI, ...); null for a CSV, whose kinds are inferred.
     */
    List<String> referenceKinds;

    private static final List<String> REQUIRED =
        List.of("Service Name", "Port Number", "Transport Protocol", "Description");

    Row(int index, int line, Map<String, String> fields) {
      this.index = index;
      this.line = line;
      this.fields = fields;
    }

    String get(String column) {
      String value = fields.get(column);
      if (value == null && column.equals("Unauthorized Use Reported")) {
        value = fields.get("Known Unauthorized Uses"); // its name in registries before 2020
      }
      if (value == null && !REQUIRED.contains(column)) {
        value = ""; // older registries lack some optional columns
      }
      if (value == null) {
        throw new IllegalStateException("no column \"" + column + "\" in the CSV header");
      }
      return value;
    }

    String serviceName() {
      return get("Service Name");
    }

    String description() {
      return get("Description");
    }

    boolean hasPort() {
      return !get("Port Number").isEmpty();
    }

    /** First covered port; only for rows with a port. */
    int firstPort() {
      String ports = get("Port Number");
      int dash = ports.indexOf('-');
      return Integer.parseInt(dash < 0 ? ports : ports.substring(0, dash));
    }

    /** Last covered port; only for rows with a port. */
    int lastPort() {
      String ports = get("Port Number");
      int dash = ports.indexOf('-');
      return Integer.parseInt(dash < 0 ? ports : ports.substring(dash + 1));
    }

    /** Null when the Transport Protocol is empty, meaning all four. */
    Protocol protocol() {
      String p = get("Transport Protocol");
      return p.isEmpty() ? null : Protocol.valueOf(p.toUpperCase(Locale.ROOT));
    }

    boolean appliesTo(Protocol p) {
      return protocol() == null || protocol() == p;
    }

    Status kind() {
      if (!serviceName().isEmpty() || description().startsWith("any private")) {
        return Status.ASSIGNED;
      }
      if (description().toLowerCase(Locale.ROOT).startsWith("reserved")) {
        return Status.RESERVED;
      }
      return Status.UNASSIGNED;
    }

    /** "[RFC9051][RFC8314]" gives RFC9051, RFC8314; text that is not bracketed is one item. */
    List<String> references() {
      String text = get("Reference");
      List<String> items = new ArrayList<>();
      Matcher m = BRACKETED.matcher(text);
      while (m.find()) {
        items.add(m.group(1));
      }
      if (items.isEmpty() && !text.isEmpty()) {
        items.add(text);
      }
      return items;
    }

    Optional<RegistryDate> date(String column) {
      String text = get(column);
      return text.isEmpty() ? Optional.empty() : Optional.of(RegistryDate.parse(text));
    }

    /** The record the library should return for this row. */
    ServiceRecord expected() {
      ServiceRecord inferred = expectedWithInferredKinds();
      if (referenceKinds == null) {
        return inferred;
      }
      List<Reference> typed = new ArrayList<>();
      List<String> texts = inferred.references();
      for (int i = 0; i < texts.size(); i++) {
        typed.add(new Reference(Reference.Kind.valueOf(referenceKinds.get(i)), texts.get(i)));
      }
      return new ServiceRecord(
          inferred.serviceName(),
          inferred.ports(),
          inferred.protocol(),
          inferred.kind(),
          inferred.description(),
          inferred.assignee(),
          inferred.contact(),
          inferred.registrationDate(),
          inferred.modificationDate(),
          texts,
          inferred.serviceCode(),
          inferred.unauthorizedUseReported(),
          inferred.assignmentNotes(),
          typed);
    }

    private ServiceRecord expectedWithInferredKinds() {
      return new ServiceRecord(
          serviceName(),
          hasPort() ? Optional.of(new PortRange(firstPort(), lastPort())) : Optional.empty(),
          Optional.ofNullable(protocol()),
          kind(),
          description(),
          get("Assignee"),
          get("Contact"),
          date("Registration Date"),
          date("Modification Date"),
          references(),
          get("Service Code"),
          get("Unauthorized Use Reported"),
          get("Assignment Notes"));
    }

    @Override
    public String toString() {
      return "CSV line " + line + " " + fields.values();
    }
  }

  /** The file the build compiled: surefire passes it; the fallback is the vendored default. */
  static Path csvPath() {
    String property = System.getProperty("registry.file");
    return property != null
        ? Path.of(property)
        : Path.of("../registry-data/src/main/registry/history/2026-08-17.xml");
  }

  private static NaiveRegistry instance;

  /** Read once per test JVM: every test class shares it. */
  static synchronized NaiveRegistry get() {
    if (instance == null) {
      instance = new NaiveRegistry(csvPath());
    }
    return instance;
  }

  final byte[] bytes;
  final List<String> header;
  final List<Row> rows = new ArrayList<>();

  /** The date the file states (the XML's {@code <updated>}); empty for a CSV. */
  final Optional<RegistryDate> writtenDate;

  /** coveringRows.get(port): the rows whose port or range contains the port, registry order. */
  final List<List<Row>> coveringRows = new ArrayList<>();

  NaiveRegistry(Path csv) {
    try {
      bytes = Files.readAllBytes(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<List<String>> kinds = null;
    if (text.strip().startsWith("<")) {
      NaiveXmlRows xml = new NaiveXmlRows(bytes);
      kinds = xml.referenceKinds;
      writtenDate = Optional.of(RegistryDate.parse(xml.updated));
      records.add(NaiveXmlRows.HEADER);
      lines.add(0);
      for (Map<String, String> row : xml.rows) {
        records.add(new ArrayList<>(row.values()));
        lines.add(records.size() - 1); // no line numbers in a DOM: the record's place
      }
    } else {
      writtenDate = Optional.empty();
      split(text, records, lines);
    }
    header = records.get(0);
    for (int i = 1; i < records.size(); i++) {
      List<String> values = records.get(i);
      if (values.size() != header.size()) {
        throw new IllegalStateException(
            "CSV line " + lines.get(i) + " has " + values.size() + " fields, not " + header.size());
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        fields.put(header.get(c), values.get(c));
      }
      Row row = new Row(i - 1, lines.get(i), fields);
      if (kinds != null) {
        row.referenceKinds = kinds.get(i - 1);
      }
      rows.add(row);
    }
    for (int port = 0; port <= 65535; port++) {
      coveringRows.add(new ArrayList<>());
    }
    for (Row row : rows) {
      if (row.hasPort()) {
        for (int port = row.firstPort(); port <= row.lastPort(); port++) {
          coveringRows.get(port).add(row);
        }
      }
    }
  }

  /**
   * Splits CSV text into records of fields. Outside quotes, a comma ends a field and CRLF (or a
   * lone LF) ends a record; a field that starts with a quote runs to the next lone quote, with
   * {@code ""} standing for one quote and line breaks kept as they are.
   */
  static void split(String text, List<List<String>> records, List<Integer> startLines) {
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordLine = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        i++;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if ((c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') || c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        startLines.add(recordLine);
        record = new ArrayList<>();
        i += c == '\r' ? 2 : 1;
        if (c == '\r') {
          line++;
        }
        recordLine = line;
      } else {
        field.append(c);
        i++;
      }
    }
    if (quoted) {
      throw new IllegalStateException("CSV ends inside a quoted field");
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
      startLines.add(recordLine);
    }
  }

  /** The highest kind among the rows covering the port on {@code p}; UNASSIGNED when none. */
  Status status(int port, Protocol p) {
    Status best = Status.UNASSIGNED;
    for (Row row : coveringRows.get(port)) {
      if (row.appliesTo(p) && row.kind().compareTo(best) < 0) {
        best = row.kind(); // Status declares ASSIGNED first: a lower ordinal is higher
      }
    }
    return best;
  }

  /** The highest of the four protocols' statuses. */
  Status status(int port) {
    Status best = Status.UNASSIGNED;
    for (Protocol p : Protocol.values()) {
      Status s = status(port, p);
      if (s.compareTo(best) < 0) {
        best = s;
      }
    }
    return best;
  }

  /** Each protocol's status, for messages. */
  Map<Protocol, Status> statuses(int port) {
    Map<Protocol, Status> all = new EnumMap<>(Protocol.class);
    for (Protocol p : Protocol.values()) {
      all.put(p, status(port, p));
    }
    return all;
  }

  /** The protocols whose status equals the port's overall status, in {@link Protocol} order. */
  List<Protocol> protocols(int port) {
    List<Protocol> result = new ArrayList<>();
    Status overall = status(port);
    for (Protocol p : Protocol.values()) {
      if (status(port, p) == overall) {
        result.add(p);
      }
    }
    return result;
  }

  /** Distinct non-empty service names of the covering rows, in registry order. */
  List<String> serviceNames(int port) {
    List<String> names = new ArrayList<>();
    for (Row row : coveringRows.get(port)) {
      if (!row.serviceName().isEmpty() && !names.contains(row.serviceName())) {
        names.add(row.serviceName());
      }
    }
    return names;
  }

  /** As {@link #serviceNames(int)}, only rows that apply to {@code p}. */
  List<String> serviceNames(int port, Protocol p) {
    List<String> names = new ArrayList<>();
    for (Row row : coveringRows.get(port)) {
      if (row.appliesTo(p) && !row.serviceName().isEmpty() && !names.contains(row.serviceName())) {
        names.add(row.serviceName());
      }
    }
    return names;
  }

  /** The registry's date: the one the file states, else the newest date in it. */
  RegistryDate dataDate() {
    return writtenDate.orElseGet(this::newestDate);
  }

  /** The newest Registration or Modification Date in the file. */
  RegistryDate newestDate() {
    RegistryDate newest = null;
    for (Row row : rows) {
      for (String column : List.of("Registration Date", "Modification Date")) {
        Optional<RegistryDate> d = row.date(column);
        if (d.isPresent() && (newest == null || d.get().compareTo(newest) > 0)) {
          newest = d.get();
        }
      }
    }
    return newest;
  }
}
