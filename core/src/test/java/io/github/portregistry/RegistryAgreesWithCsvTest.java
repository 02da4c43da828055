package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.NaiveRegistry.Row;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled table against {@link NaiveRegistry}'s independent reading of the same CSV, for every
 * port and every row: nothing lost, nothing misread.
 *
 * <p>Each test collects every mismatch rather than stopping at the first, and fails with the count
 * and the first few, each naming the port (and protocol) so that a failure points at the CSV rows
 * to look at.
 */
class RegistryAgreesWithCsvTest {
  private static final int PORTS = 65536;
  private static final int RECORDS = 14_533;
  private static final int SHOWN = 10;

  private static NaiveRegistry csv;

  @BeforeAll
  static void readCsv() {
    csv = NaiveRegistry.get();
  }

  /** Collects mismatches and fails once, with the count and the first few. */
  private static final class Mismatches {
    private final List<String> first = new ArrayList<>();
    private int count;

    void check(boolean ok, String what, Object expected, Object actual) {
      if (!ok) {
        count++;
        if (first.size() < SHOWN) {
          first.add(what + ": expected " + expected + " but was " + actual);
        }
      }
    }

    void checkEqual(String what, Object expected, Object actual) {
      check(Objects.equals(expected, actual), what, expected, actual);
    }

    void assertNone() {
      assertThat(count)
          .withFailMessage(
              () ->
                  count
                      + " mismatches, the first "
                      + first.size()
                      + ":\n  "
                      + String.join("\n  ", first))
          .isZero();
    }
  }

  @Test
  void csvHasTheExpectedShape() {
    // The twelve columns of IANA's CSV, which the naive XML reading also keys its rows by.
    assertThat(csv.header).containsExactlyElementsOf(NaiveXmlRows.HEADER).hasSize(12);
    if (VendoredSnapshot.isBuilt()) {
      assertThat(csv.rows).hasSize(RECORDS);
    }
  }

  /** The awkward cases the comparison relies on are really in the file, so they are exercised. */
  @Test
  void csvExercisesQuotedLineBreaksQuotesCommasAndNonAscii() {
    VendoredSnapshot.assume();
    List<String> fields =
        csv.rows.stream().flatMap(r -> r.fields.values().stream()).collect(Collectors.toList());
    assertThat(fields).filteredOn(f -> f.contains("\n")).hasSizeGreaterThan(400);
    assertThat(fields).filteredOn(f -> f.contains("\r")).isEmpty();
    assertThat(fields).filteredOn(f -> f.contains("\"")).hasSizeGreaterThan(400);
    assertThat(fields).filteredOn(f -> f.contains(",")).hasSizeGreaterThan(400);
    assertThat(fields).filteredOn(f -> f.chars().anyMatch(c -> c > 127)).isNotEmpty();
  }

  @Test
  void naiveSplitterReadsRfc4180() {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    NaiveRegistry.split(
        "h1,h2,h3\r\na,\"b\nc\",\"say \"\"hi\"\", ok\"\r\n,,\"\"\r\nlf,only\nlast,\"x,y\",z",
        records,
        lines);
    assertThat(records)
        .containsExactly(
            List.of("h1", "h2", "h3"),
            List.of("a", "b\nc", "say \"hi\", ok"),
            List.of("", "", ""),
            List.of("lf", "only"),
            List.of("last", "x,y", "z"));
    assertThat(lines).containsExactly(1, 2, 4, 5, 6);
  }

  @Test
  void statusAgreesOnEveryPortAndProtocol() {
    Mismatches m = new Mismatches();
    for (int port = 0; port < PORTS; port++) {
      PortInfo info = PortRegistry.lookup(port);
      Status expected = csv.status(port);
      m.checkEqual("port " + port + " PortInfo.status()", expected, info.status());
      m.checkEqual("port " + port + " PortRegistry.status()", expected, PortRegistry.status(port));
      for (Protocol p : Protocol.values()) {
        Status expectedOnP = csv.status(port, p);
        m.checkEqual("port " + port + "/" + p + " PortInfo.status(p)", expectedOnP, info.status(p));
        m.checkEqual(
            "port " + port + "/" + p + " PortRegistry.status(port, p)",
            expectedOnP,
            PortRegistry.status(port, p));
      }
    }
    m.assertNone();
  }

  @Test
  void rangeAgreesOnEveryPort() {
    Mismatches m = new Mismatches();
    for (int port = 0; port < PORTS; port++) {
      RangeClass expected =
          port <= 1023 ? RangeClass.SYSTEM : port <= 49151 ? RangeClass.USER : RangeClass.DYNAMIC;
      m.checkEqual("port " + port + " range()", expected, PortRegistry.lookup(port).range());
    }
    m.assertNone();
  }

  @Test
  void protocolsAreThoseCarryingTheOverallStatusOnEveryPort() {
    Mismatches m = new Mismatches();
    for (int port = 0; port < PORTS; port++) {
      m.checkEqual(
          "port " + port + " protocols() (statuses " + csv.statuses(port) + ")",
          csv.protocols(port),
          List.copyOf(PortRegistry.lookup(port).protocols()));
    }
    m.assertNone();
  }

  @Test
  void serviceNamesAgreeOnEveryPortAndProtocol() {
    Mismatches m = new Mismatches();
    for (int port = 0; port < PORTS; port++) {
      PortInfo info = PortRegistry.lookup(port);
      m.checkEqual("port " + port + " serviceNames()", csv.serviceNames(port), info.serviceNames());
      for (Protocol p : Protocol.values()) {
        m.checkEqual(
            "port " + port + "/" + p + " serviceNames(p)",
            csv.serviceNames(port, p),
            info.serviceNames(p));
      }
    }
    m.assertNone();
  }

  @Test
  void recordsOfEveryPortAreItsCsvRowsFieldForFieldInRegistryOrder() {
    Mismatches m = new Mismatches();
    for (int port = 0; port < PORTS; port++) {
      List<Row> rows = csv.coveringRows.get(port);
      List<ServiceRecord> actual = PortRegistry.lookup(port).records();
      if (actual.size() != rows.size()) {
        m.check(false, "port " + port + " records() size", rows.size(), actual.size());
        continue;
      }
      for (int i = 0; i < rows.size(); i++) {
        compare(
            m,
            "port " + port + " records()[" + i + "] (" + rows.get(i) + ")",
            rows.get(i),
            actual.get(i));
      }
    }
    m.assertNone();
  }

  @Test
  void everyCsvRowIsReachableByItsPortsOrByItsServiceName() {
    Mismatches m = new Mismatches();
    int portless = 0;
    for (Row row : csv.rows) {
      ServiceRecord expected = row.expected();
      if (row.hasPort()) {
        for (int port = row.firstPort(); port <= row.lastPort(); port++) {
          List<ServiceRecord> records = PortRegistry.lookup(port).records();
          m.check(
              records.contains(expected),
              "port " + port + " records() lacks " + row,
              expected,
              records.size() + " other records");
        }
      } else {
        portless++;
        m.check(!row.serviceName().isEmpty(), "port-less row has a service name", "a name", row);
        List<ServiceRecord> named = PortRegistry.byServiceName(row.serviceName());
        m.check(
            named.contains(expected),
            "byServiceName(\"" + row.serviceName() + "\") lacks " + row,
            expected,
            named);
      }
    }
    m.assertNone();
    assertThat(portless).as("rows without a port").isPositive();
  }

  @Test
  void byServiceNameReturnsEveryRowWithThatNameInRegistryOrder() {
    Map<String, List<Row>> rowsByName = new LinkedHashMap<>();
    for (Row row : csv.rows) {
      if (!row.serviceName().isEmpty()) {
        rowsByName
            .computeIfAbsent(row.serviceName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(row);
      }
    }
    Mismatches m = new Mismatches();
    for (List<Row> expected : rowsByName.values()) {
      String name = expected.get(0).serviceName();
      List<ServiceRecord> actual = PortRegistry.byServiceName(name);
      if (actual.size() != expected.size()) {
        m.check(false, "byServiceName(\"" + name + "\") size", expected.size(), actual.size());
        continue;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(m, "byServiceName(\"" + name + "\")[" + i + "]", expected.get(i), actual.get(i));
      }
    }
    m.assertNone();
    assertThat(rowsByName).as("distinct service names").hasSizeGreaterThan(7000);
  }

  /**
   * Every name in every spelling the index treats differently: as registered, lower, upper (found
   * under its own hash), first letter up ("Http") and alternating ("hTtP", "HtTp", folded letter by
   * letter). And the same names one character off, which must not be found.
   */
  @Test
  void byServiceNameIgnoresAsciiCaseForEveryNameAndFindsNothingElse() {
    Map<String, Integer> sizeByName = new LinkedHashMap<>();
    for (Row row : csv.rows) {
      if (!row.serviceName().isEmpty()) {
        sizeByName.merge(row.serviceName().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    Mismatches m = new Mismatches();
    for (Map.Entry<String, Integer> entry : sizeByName.entrySet()) {
      String lower = entry.getKey();
      List<ServiceRecord> expected = PortRegistry.byServiceName(lower);
      m.checkEqual("byServiceName(\"" + lower + "\").size()", entry.getValue(), expected.size());
      String upper = lower.toUpperCase(Locale.ROOT);
      for (String spelling :
          List.of(
              upper,
              upper.charAt(0) + lower.substring(1),
              alternate(lower, 0),
              alternate(lower, 1),
              new String(lower.toCharArray()))) {
        m.check(
            PortRegistry.byServiceName(spelling) == expected,
            "byServiceName(\"" + spelling + "\") is the same list as for \"" + lower + "\"",
            expected,
            PortRegistry.byServiceName(spelling));
      }
      for (String near :
          List.of(
              lower + "x",
              upper + "X",
              lower.substring(0, lower.length() - 1),
              lower.substring(0, lower.length() - 1) + "_",
              upper.substring(0, upper.length() - 1) + "_")) {
        if (!sizeByName.containsKey(near.toLowerCase(Locale.ROOT))) {
          List<ServiceRecord> found = PortRegistry.byServiceName(near);
          m.check(found.isEmpty(), "byServiceName(\"" + near + "\") is empty", "[]", found);
        }
      }
    }
    m.assertNone();
  }

  /** Upper-cases every other letter, starting at {@code from}. */
  private static String alternate(String lower, int from) {
    char[] chars = lower.toCharArray();
    for (int i = from; i < chars.length; i += 2) {
      chars[i] = Character.toUpperCase(chars[i]);
    }
    return new String(chars);
  }

  @Test
  void allRecordsAreTheCsvRowsInOrder() {
    List<ServiceRecord> all = PortRegistry.records();
    assertThat(all).hasSize(csv.rows.size());
    Mismatches m = new Mismatches();
    for (int i = 0; i < csv.rows.size(); i++) {
      compare(m, "PortRegistry.records()[" + i + "]", csv.rows.get(i), all.get(i));
    }
    m.assertNone();
  }

  @Test
  void versionDescribesTheCsv() throws NoSuchAlgorithmException {
    RegistryVersion version = PortRegistry.version();
    String sha256 =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv.bytes));

    assertThat(version.recordCount()).isEqualTo(csv.rows.size());
    assertThat(version.dataDate()).isEqualTo(csv.dataDate());
    assertThat(version.form()).isEqualTo(csv.writtenDate.isPresent() ? "xml" : "csv");
    if (VendoredSnapshot.isBuilt()) {
      assertThat(version.recordCount()).isEqualTo(RECORDS);
      assertThat(version.dataDate()).isEqualTo(RegistryDate.of(2026, 8, 17));
      assertThat(version.form()).isEqualTo("xml");
    }
    assertThat(version.sourceSha256()).isEqualTo(sha256);
  }

  /** Compares one row with one record, component by component, naming each that differs. */
  private static void compare(Mismatches m, String where, Row row, ServiceRecord actual) {
    ServiceRecord expected = row.expected();
    List<Function<ServiceRecord, Object>> components =
        List.of(
            ServiceRecord::serviceName,
            ServiceRecord::ports,
            ServiceRecord::protocol,
            ServiceRecord::kind,
            ServiceRecord::description,
            ServiceRecord::assignee,
            ServiceRecord::contact,
            ServiceRecord::registrationDate,
            ServiceRecord::modificationDate,
            ServiceRecord::references,
            ServiceRecord::serviceCode,
            ServiceRecord::unauthorizedUseReported,
            ServiceRecord::assignmentNotes);
    String[] names = {
      "serviceName",
      "ports",
      "protocol",
      "kind",
      "description",
      "assignee",
      "contact",
      "registrationDate",
      "modificationDate",
      "references",
      "serviceCode",
      "unauthorizedUseReported",
      "assignmentNotes"
    };
    boolean componentDiffers = false;
    for (int c = 0; c < names.length; c++) {
      Object e = components.get(c).apply(expected);
      Object a = components.get(c).apply(actual);
      componentDiffers |= !e.equals(a);
      m.checkEqual(where + " " + names[c], e, a);
    }
    if (!componentDiffers) {
      // Only reachable if ServiceRecord gains a component this list does not know.
      m.checkEqual(where + " equals", expected, actual);
    }
  }
}
