package io.github.portregistry.benchmarks;

import io.github.portregistry.RangeClass;
import io.github.portregistry.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline: the registry CSV read the way a user would do it without this library, with a plain
 * {@link BufferedReader} and a quote-aware split, into the maps and lists they would then query.
 *
 * <p>Deliberately ordinary code, but not handicapped: no regular expressions, no string
 * concatenation (whose invokedynamic bootstrap would add tens of milliseconds to the cold-start
 * comparison), no lambdas, and each record's kind is decided once while reading so the linear scan
 * only compares ports. The classification rules are the library's (see {@link
 * io.github.portregistry.PortRegistry}), and the benchmarks check at setup that these structures
 * give the same status as the library for every port, so both sides answer the same question.
 *
 * <p>Where the CSV comes from: every benchmark that needs it takes the JMH parameter {@code csv}
 * (default {@value #DEFAULT_CSV}, relative to the repository root, so run from there or pass {@code
 * -p csv=/absolute/path.csv}).
 */
public final class UserCsv {
  /**
   * The registry the library is compiled from by default, relative to the repository root: the
   * baselines must hold the same data, or the setup checks (rightly) find them disagreeing. It is
   * the XML of 2026-08-17, of which IANA's CSV of that day is not vendored, so {@link #read} reads
   * the XML too, as plainly as a user would with the JDK's StAX.
   */
  public static final String DEFAULT_CSV = "registry-data/src/main/registry/history/2026-08-17.xml";

  private UserCsv() {}

  /**
   * One CSV row.
   *
   * @param fields the 12 columns as written (quotes removed)
   * @param first the first port, -1 when the row has none
   * @param last the last port, -1 when the row has none
   * @param kind what the row says about its ports, decided once when read
   */
  public record Row(String[] fields, int first, int last, Status kind) {
    /** The Service Name column. */
    public String serviceName() {
      return fields[0];
    }
  }

  /** What a user keeps per port: the overall status and the rows that cover the port. */
  public static final class PortEntry {
    /** The highest kind among {@link #rows}. */
    public Status status = Status.UNASSIGNED;

    /** The rows covering the port, in file order. */
    public final List<Row> rows = new ArrayList<>();
  }

  /** Resolves the {@code csv} parameter and fails with a helpful message when it is missing. */
  public static Path path(String csv) {
    Path path = Path.of(csv);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(
          String.format(
              "registry CSV %s not found (working directory %s): run from the repository root or"
                  + " pass -p csv=/absolute/path/to/service-names-port-numbers.csv",
              csv, Path.of("").toAbsolutePath()));
    }
    return path;
  }

  /**
   * Reads every data row of the registry CSV (the header is skipped), or every record of the
   * registry XML when the file is the XML.
   */
  public static List<Row> read(Path csv) throws IOException {
    if (isXml(csv)) {
      return readXml(csv);
    }
    List<Row> rows = new ArrayList<>(16384);
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      in.readLine(); // header
      StringBuilder record = new StringBuilder();
      boolean inQuotes = false;
      String line;
      while ((line = in.readLine()) != null) {
        record.append(line);
        for (int i = 0; i < line.length(); i++) {
          if (line.charAt(i) == '"') {
            inQuotes = !inQuotes;
          }
        }
        if (inQuotes) {
          record.append('\n'); // a quoted field continues on the next line
          continue;
        }
        rows.add(toRow(split(record)));
        record.setLength(0);
      }
    }
    return rows;
  }

  private static boolean isXml(Path file) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(5);
      return head.length == 5 && new String(head, StandardCharsets.US_ASCII).equals("<?xml");
    }
  }

  /**
   * The XML's records as rows with the CSV's first four columns (name, port, protocol,
   * description): a plain StAX loop, as a user would write it. No DTD is read.
   */
  private static List<Row> readXml(Path xml) throws IOException {
    List<Row> rows = new ArrayList<>(16384);
    javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newInstance();
    factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
    try (java.io.InputStream in = Files.newInputStream(xml)) {
      javax.xml.stream.XMLStreamReader r = factory.createXMLStreamReader(in);
      String[] fields = null;
      int field = -1;
      StringBuilder text = new StringBuilder();
      while (r.hasNext()) {
        int event = r.next();
        if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("record")) {
            fields = new String[] {"", "", "", "", "", "", "", "", "", "", "", ""};
          } else if (fields != null && field < 0) {
            field = column(name);
            text.setLength(0);
          }
        } else if (event == javax.xml.stream.XMLStreamConstants.CHARACTERS && field >= 0) {
          text.append(r.getText());
        } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("record") && fields != null) {
            rows.add(toRow(List.of(fields)));
            fields = null;
          } else if (field >= 0 && column(name) == field) {
            fields[field] = text.toString().trim();
            field = -1;
          }
        }
      }
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new IOException(xml + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /** The CSV column of an XML record's element, -1 for one the baselines do not need. */
  private static int column(String element) {
    switch (element) {
      case "name":
        return 0;
      case "number":
        return 1;
      case "protocol":
        return 2;
      case "description":
        return 3;
      default:
        return -1;
    }
  }

  /** {@link #read}, for callers that cannot throw checked exceptions. */
  public static List<Row> readUnchecked(Path csv) {
    try {
      return read(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits one record at commas outside quotes; {@code ""} inside quotes is one quote. */
  static List<String> split(CharSequence record) {
    List<String> fields = new ArrayList<>(12);
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    for (int i = 0; i < record.length(); i++) {
      char c = record.charAt(i);
      if (inQuotes) {
        if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          inQuotes = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        inQuotes = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static Row toRow(List<String> columns) {
    String[] fields = columns.toArray(new String[0]);
    String port = fields[1];
    int first = -1;
    int last = -1;
    if (!port.isEmpty()) {
      int dash = port.indexOf('-');
      first = Integer.parseInt(dash < 0 ? port : port.substring(0, dash));
      last = dash < 0 ? first : Integer.parseInt(port.substring(dash + 1));
    }
    return new Row(fields, first, last, kind(fields[0], fields[3]));
  }

  /** The library's record rule: named or "any private" is assigned, "Reserved" reserved. */
  static Status kind(String serviceName, String description) {
    if (!serviceName.isEmpty() || description.startsWith("any private")) {
      return Status.ASSIGNED;
    }
    return description.regionMatches(true, 0, "Reserved", 0, 8)
        ? Status.RESERVED
        : Status.UNASSIGNED;
  }

  /** The per-port map a user hand-rolls: only ports that some row covers have an entry. */
  public static Map<Integer, PortEntry> byPort(List<Row> rows) {
    Map<Integer, PortEntry> map = new HashMap<>();
    for (Row row : rows) {
      for (int p = row.first(); p >= 0 && p <= row.last(); p++) {
        PortEntry entry = map.get(p);
        if (entry == null) {
          entry = new PortEntry();
          map.put(p, entry);
        }
        entry.rows.add(row);
        if (row.kind().ordinal() < entry.status.ordinal()) { // ASSIGNED < RESERVED < UNASSIGNED
          entry.status = row.kind();
        }
      }
    }
    return map;
  }

  /** The service name map a user hand-rolls, keyed by lower-cased name. */
  public static Map<String, List<Row>> byName(List<Row> rows) {
    Map<String, List<Row>> map = new HashMap<>();
    for (Row row : rows) {
      if (row.serviceName().isEmpty()) {
        continue;
      }
      String key = row.serviceName().toLowerCase(Locale.ROOT);
      List<Row> list = map.get(key);
      if (list == null) {
        list = new ArrayList<>(2);
        map.put(key, list);
      }
      list.add(row);
    }
    return map;
  }

  /** The naive scan: the highest kind among the rows covering {@code port}. */
  public static Status scan(List<Row> rows, int port) {
    Status status = Status.UNASSIGNED;
    for (int i = 0, n = rows.size(); i < n; i++) {
      Row row = rows.get(i);
      if (row.first() <= port && port <= row.last() && row.kind().ordinal() < status.ordinal()) {
        status = row.kind();
      }
    }
    return status;
  }

  /** The range class as a user would compute it. */
  public static RangeClass rangeOf(int port) {
    return port < 1024 ? RangeClass.SYSTEM : port < 49152 ? RangeClass.USER : RangeClass.DYNAMIC;
  }
}
