package io.github.portregistry.data;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RemovalNotesTest {

  /**
   * Description and Assignment Notes copied exactly from rows of the vendored CSV (the port and
   * protocol are in the name), with the row's Modification Date ("" when the row has none), and the
   * removal date expected ("" for none). One case for every shape the registry uses.
   */
  static Stream<Arguments> registryRows() {
    return Stream.of(
        // "removed on DATE" in the notes
        arguments(
            "47/tcp",
            "Reserved",
            "This entry has been removed on 2017-05-18.",
            "2017-05-18",
            "2017-05-18"),
        arguments(
            "51",
            "Reserved",
            "This entry is being removed on 2013-05-24.",
            "2013-05-24",
            "2013-05-24"),
        // prose date without a Modification Date: the prose is the only source
        arguments(
            "1407/udp", "Reserved", "This port has been removed on 2015-06-16.", "", "2015-06-16"),
        arguments(
            "2200/tcp", "Reserved", "This entry has been removed on 2019-07-05.", "", "2019-07-05"),
        // "De-assigned on DATE", with and without a trailing full stop
        arguments(
            "2/tcp",
            "Reserved",
            "De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]",
            "2025-02-13",
            "2025-02-13"),
        arguments(
            "3/udp",
            "Reserved",
            "De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]",
            "2025-02-13",
            "2025-02-13"),
        arguments("359/tcp", "Reserved", "De-Assigned on 2023-11-16.", "2023-11-16", "2023-11-16"),
        arguments("1301/tcp", "Reserved", "De-Assigned on 2019-10-30", "2019-10-30", "2019-10-30"),
        arguments(
            "3980/tcp",
            "Reserved",
            "Historic usage was acms. De-Assigned on 2020-12-29",
            "2020-12-29",
            "2020-12-29"),
        // the prose date wins over a later Modification Date
        arguments(
            "3693/udp",
            "Reserved",
            "This port was previously removed on 2007-04-05.",
            "2014-11-26",
            "2007-04-05"),
        arguments(
            "3001/udp",
            "Reserved",
            "port 3001 previously \"Removed on 2006-05-25\"",
            "2013-03-29",
            "2006-05-25"),
        arguments(
            "3121/udp",
            "Reserved",
            "port 3121 previously noted \"Removed on 2003-09-17\"",
            "2013-03-15",
            "2003-09-17"),
        // keyword followed by "Port", a M/D/YY date, in the Description
        arguments("1783", "Decomissioned Port 04/14/00, ms", "", "", "2000-04-14"),
        // keyword inside "FRP-Released", M/D/YY
        arguments("2925", "Unassigned (FRP-Released 12/7/00)", "", "", "2000-12-07"),
        // YYYY-M-D
        arguments("2693/tcp", "Unassigned", "(Removed 2004-2-6)", "", "2004-02-06"),
        // D Month YYYY
        arguments("4501", "Unassigned", "De-registered 08 June 2001", "", "2001-06-08"),
        // Month YYYY: month precision
        arguments("114", "unassigned", "Deprecated June 2004", "", "2004-06"),
        // "released by [RFC]": undated, so the Modification Date
        arguments(
            "831/tcp",
            "Reserved",
            "Previously assigned to NETCONF over BEEP but released by [RFC9900]",
            "2025-09-29",
            "2025-09-29"),
        // bare Description keyword: the Modification Date, at its precision
        arguments("659", "Removed", "", "2001-06-06", "2001-06-06"),
        arguments(
            "585",
            "De-registered",
            "Use of 585 is not recommended, use 993 instead",
            "2006-04-25",
            "2006-04-25"),
        arguments("1028", "Deprecated", "", "2004-02", "2004-02"),
        // undated keyword and no Modification Date: nothing to go on
        arguments("2905/udp", "De-registered", "", "", ""),
        arguments("9006", "De-Commissioned Port", "", "", ""),
        // no keyword at all
        arguments("0/tcp", "Reserved", "", "2024-12-20", ""),
        arguments("15/tcp", "Unassigned [was netstat]", "", "", ""),
        arguments(
            "994/tcp", "Reserved", "(previous contact was[Christopher_Allen])", "2011-08-31", ""),
        arguments(
            "3766/udp", "Reserved", "this port was previously updated on 2009-06-19", "", ""));
  }

  @ParameterizedTest(name = "port {0}: {1} | {2}")
  @MethodSource("registryRows")
  void removalDateOfRegistryRows(
      String port, String description, String notes, String modified, String expected) {
    assertThat(RemovalNotes.removalDate(description, notes, date(modified)))
        .isEqualTo(date(expected));
  }

  static Stream<Arguments> constructedCases() {
    return Stream.of(
        // impossible dates count as no date: fall back to the Modification Date
        arguments(
            "Reserved", "This entry has been removed on 2017-13-01.", "2017-05-18", "2017-05-18"),
        arguments("Removed 2/30/01", "", "2001-03", "2001-03"),
        arguments("De-registered 31 April 2001", "", "", ""),
        arguments("Removed 2004-02-00", "", "2004-03-01", "2004-03-01"),
        // the latest date over both fields, not the first one found
        arguments("Removed on 2001-05-01", "Deprecated June 2004", "", "2004-06"),
        arguments("Removed on 2004-06-15", "Deprecated June 2004", "", "2004-06-15"),
        arguments("Reserved", "Removed 2003-01-01; De-assigned on 2002-01-01", "", "2003-01-01"),
        // a valid date beats an impossible one
        arguments("Removed on 2017-13-01", "De-Assigned on 2019-10-30", "2020-01-01", "2019-10-30"),
        // two-digit years pivot at 70; four-digit years are taken as written
        arguments("Removed 1/2/70", "", "", "1970-01-02"),
        arguments("Removed 12/31/69", "", "", "2069-12-31"),
        arguments("Removed 04/14/2000", "", "", "2000-04-14"),
        // abbreviated and lower-case month names, other keywords, "on" before the date
        arguments("decommissioned on 3 Sep 1999", "", "", "1999-09-03"),
        arguments("DEREGISTERED Feb 2002", "", "", "2002-02"),
        arguments("released on 2010-01-02", "", "", "2010-01-02"),
        // bare Descriptions in any case, surrounded by blanks
        arguments(" deprecated ", "", "2004-02-10", "2004-02-10"),
        arguments("REMOVED", "", "", ""),
        // a keyword inside another word is not the keyword
        arguments("Unreleased 2001-01-01", "", "2002-02-02", ""),
        arguments("Reserved", "", "2002-02-02", ""),
        arguments("", "", "", ""));
  }

  @ParameterizedTest(name = "{0} | {1} (modified {2})")
  @MethodSource("constructedCases")
  void removalDateOfConstructedCases(
      String description, String notes, String modified, String expected) {
    assertThat(RemovalNotes.removalDate(description, notes, date(modified)))
        .isEqualTo(date(expected));
  }

  @Test
  void monthPrecisionIsKept() {
    Optional<CsvDate> date =
        RemovalNotes.removalDate("unassigned", "Deprecated June 2004", Optional.empty());
    assertThat(date).hasValueSatisfying(d -> assertThat(d.hasDay()).isFalse());
  }

  static Stream<Arguments> formerNames() {
    return Stream.of(
        // rows of the CSV
        arguments(
            "Reserved",
            "De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]",
            "compressnet"),
        arguments("Reserved", "Historic usage was acms. De-Assigned on 2020-12-29", "acms"),
        arguments("Reserved", "Historic usage was surfpass. De-Assigned on 2022-01-10", "surfpass"),
        arguments("Unassigned [was netstat]", "", "netstat"),
        arguments(
            "Reserved",
            "Previously assigned to NETCONF over BEEP but released by [RFC9900]",
            "NETCONF over BEEP"),
        arguments(
            "Reserved",
            "Previously assigned to NETCONF over SOAP but released by [RFC9900]",
            "NETCONF over SOAP"),
        // a former contact, not a former service
        arguments("Reserved", "(previous contact was[Christopher_Allen])", ""),
        // "previously" in shapes that name no service
        arguments("Reserved", "port 3001 previously \"Removed on 2006-05-25\"", ""),
        arguments("Reserved", "this port was previously updated on 2009-06-19", ""),
        arguments("Reserved", "This port was previously removed on 2007-04-05.", ""),
        arguments(
            "RADIUS over TLS",
            "The UDP port 2083 was already previously assigned by IANA for \"RadSec\", an early"
                + " implementation of RADIUS/TLS, prior to issuance of this RFC.",
            ""),
        arguments("Decomissioned Port 04/14/00, ms", "", ""),
        arguments("Reserved", "", ""),
        // constructed: blanks are trimmed, the Description comes first
        arguments("Unassigned [was  old-name ]", "", "old-name"),
        arguments("Unassigned [was\nold]", "", "old"),
        arguments("Unassigned [was old\nname]", "", ""),
        arguments("Unassigned [was old [was new]", "", "old [was new"),
        arguments("Reserved", "previously x.y.z. by [A]", ""),
        arguments("Reserved", "previously x.y-z+ by [A]", "x.y-z+"),
        arguments("Reserved", "previously foo by IANA; previously bar by [A]", "bar"),
        arguments("Reserved", "Previously assigned to a b\nbut released", "a b"),
        arguments("Reserved", "Previously assigned to a\nb but released", ""),
        arguments("Reserved", "Previously assigned to a butter but released", "a butter"),
        arguments("Reserved", "historic usage was -x", ""),
        arguments("Unassigned [was first]", "Historic usage was second.", "first"));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("formerNames")
  void formerly(String description, String notes, String expected) {
    assertThat(RemovalNotes.formerly(description, notes))
        .isEqualTo(expected.isEmpty() ? Optional.empty() : Optional.of(expected));
  }

  /**
   * The regular expressions the scan replaced, kept here as the plain reading to compare with: on
   * real registry text they are quick, and the scan must find exactly what they found.
   */
  private static final String NAME = "[A-Za-z0-9][\\w+-]*(?:\\.[\\w+-]+)*";

  private static final List<Pattern> FORMER_PATTERNS =
      List.of(
          Pattern.compile("\\bpreviously\\s+(" + NAME + ")\\s+by\\s+\\[", CASE_INSENSITIVE),
          Pattern.compile("\\bhistoric\\s+usage\\s+was\\s+(" + NAME + ")", CASE_INSENSITIVE),
          Pattern.compile("\\[was\\s+([^\\]\\n]+)\\]", CASE_INSENSITIVE),
          Pattern.compile(
              "\\bpreviously\\s+assigned\\s+to\\s+([^\\n]+?)\\s+but\\b", CASE_INSENSITIVE));

  private static Optional<String> formerByPatterns(String description, String notes) {
    for (String text : List.of(description, notes)) {
      for (Pattern shape : FORMER_PATTERNS) {
        Matcher m = shape.matcher(text);
        if (m.find()) {
          return Optional.of(m.group(1).trim());
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void theScanFindsWhatThePatternsFoundInEveryVendoredCsv() throws IOException {
    int found = 0;
    try (Stream<Path> files = Files.list(Path.of("src/main/registry/history"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        for (RegistryRecord r :
            NormalizedRegistry.read(file.toString(), Files.readAllBytes(file)).records()) {
          Optional<String> expected = formerByPatterns(r.description(), r.assignmentNotes());
          assertThat(RemovalNotes.formerly(r.description(), r.assignmentNotes()))
              .as("%s line %d", file.getFileName(), r.line())
              .isEqualTo(expected);
          found += expected.isPresent() ? 1 : 0;
        }
      }
    }
    assertThat(found).as("records naming a former service, over all CSVs").isEqualTo(73);
  }

  /** "" is no date; otherwise YYYY-MM-DD or YYYY-MM. */
  private static Optional<CsvDate> date(String iso) {
    if (iso.isEmpty()) {
      return Optional.empty();
    }
    String[] p = iso.split("-");
    int day = p.length == 3 ? Integer.parseInt(p[2]) : 0;
    return Optional.of(new CsvDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), day));
  }
}
