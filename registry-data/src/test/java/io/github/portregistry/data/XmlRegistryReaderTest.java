package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XmlRegistryReaderTest {
  static final Path HISTORY = Path.of("src/main/registry/history");

  private static final String OPEN =
      "<?xml version='1.0' encoding='UTF-8'?>\n"
          + "<registry xmlns=\"http://www.iana.org/assignments\" id=\"service-names-port-numbers\">\n"
          + "  <title>Service Name and Transport Protocol Port Number Registry</title>\n"
          + "  <updated>2026-08-17</updated>\n";
  private static final String CLOSE = "</registry>\n";

  private static SourceSnapshot read(String body) {
    return new XmlRegistryReader()
        .read("test.xml", (OPEN + body + CLOSE).getBytes(StandardCharsets.UTF_8));
  }

  private static SourceSnapshot vendored(String file) throws IOException {
    return new XmlRegistryReader().read(file, Files.readAllBytes(HISTORY.resolve(file)));
  }

  private static SourceRecord find(SourceSnapshot s, String name, String protocol) {
    return s.records().stream()
        .filter(r -> r.serviceName().equals(name) && r.protocol().equals(protocol))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsTheNewestVendoredRegistryWithEveryField() throws IOException {
    SourceSnapshot xml = vendored("2026-08-17.xml");

    assertThat(xml.form()).isEqualTo(RegistryForm.XML);
    assertThat(xml.writtenDate()).contains(new CsvDate(2026, 8, 17));
    assertThat(xml.records()).hasSize(14_533);
    assertThat(xml.people()).hasSize(5_615);
    assertThat(xml.sha256())
        .isEqualTo("4bbf00ef4dd194ea3098d090b42a832c0f8aef704699956a4a7e24576a49631b");

    SourceRecord discard = find(xml, "discard", "dccp");
    assertThat(discard.firstPort()).isEqualTo(9);
    assertThat(discard.serviceCode()).isEqualTo("1145656131");
    assertThat(discard.assignee()).isEqualTo("[Eddie_Kohler]");
    assertThat(discard.contact()).isEqualTo("[Eddie_Kohler]");
    assertThat(discard.references())
        .containsExactly(new Reference(Reference.Kind.RFC, "RFC4340", "rfc4340"));

    SourceRecord unify = find(xml, "unify", "tcp");
    assertThat(unify.assignee()).isEqualTo("[Daegis_Inc]");
    assertThat(unify.contact()).isEqualTo("[Chris_Anderson]");
    assertThat(unify.modificationDate()).contains(new CsvDate(2012, 7, 31));

    SourceRecord port2 = xml.records().get(4);
    assertThat(port2.firstPort()).isEqualTo(2);
    assertThat(port2.serviceName()).isEmpty();
    assertThat(port2.description()).isEqualTo("Reserved");
    assertThat(port2.modificationDate()).contains(new CsvDate(2025, 2, 13));
    assertThat(port2.assignmentNotes())
        .isEqualTo("De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]");

    SourceRecord finger = find(xml, "finger", "tcp");
    assertThat(finger.unauthorizedUseReported())
        .isEqualTo("Unauthorized use by some mail users (see [RFC4146] for details)");

    Person postel =
        xml.people().stream().filter(p -> p.id().equals("Jon_Postel")).findFirst().orElseThrow();
    assertThat(postel.name()).isEqualTo("Jon Postel");
    assertThat(postel.uri()).isEqualTo("mailto:postel&isi.edu");
    Person threeGpp = xml.people().get(0);
    assertThat(threeGpp.id()).isEqualTo("_3GPP");
    assertThat(threeGpp.name()).isEmpty();
    assertThat(threeGpp.organization()).isEqualTo("3GPP");
    assertThat(threeGpp.updated()).contains(new CsvDate(2026, 1, 23));
    Person oracle =
        xml.people().stream().filter(p -> p.id().equals("Oracle_Corp")).findFirst().orElseThrow();
    assertThat(oracle.uri())
        .isEqualTo("mailto:bharathi.sivaramakrishnan&oracle.com mailto:chris.newman&oracle.com");
  }

  @Test
  void keepsAUriBehindAReferenceText() throws IOException {
    SourceSnapshot xml = vendored("2024-12-20.xml");
    Reference tr352 =
        xml.records().stream()
            .flatMap(r -> r.references().stream())
            .filter(r -> r.text().equals("TR-352"))
            .findFirst()
            .orElseThrow();

    assertThat(tr352.kind()).isEqualTo(Reference.Kind.URI);
    assertThat(tr352.target())
        .isEqualTo("https://www.broadband-forum.org/technical/download/TR-352.pdf");
  }

  /** The CSV of a day is generated from the XML of that day: each field must come out the same. */
  @Test
  void givesTheCsvOf20151008FieldForField() throws IOException {
    List<SourceRecord> xml = vendored("2015-10-08.xml").records();
    List<SourceRecord> csv =
        new CsvRegistryReader()
            .read("2015-10-08.csv", Files.readAllBytes(HISTORY.resolve("2015-10-08.csv")))
            .records();

    assertThat(xml).hasSameSizeAs(csv);
    for (int i = 0; i < xml.size(); i++) {
      SourceRecord x = xml.get(i);
      SourceRecord c = csv.get(i);
      String where = "record " + i + " (" + c.serviceName() + " " + c.firstPort() + ")";
      assertSameExceptReferences(x, c, where);
      if (x.serviceName().startsWith("radius") && x.serviceName().endsWith("tls")) {
        // The CSV copy was published after IANA replaced the draft by its RFC, on the same day.
        assertThat(texts(x.references()))
            .as(where)
            .containsExactly("RFC-ietf-radext-dynamic-discovery-15");
        assertThat(texts(c.references())).as(where).containsExactly("RFC7585");
      } else {
        assertThat(texts(x.references())).as(where).isEqualTo(texts(c.references()));
      }
    }
  }

  /**
   * IANA's converter of 2020-2024 wrote {@code <br/>} as a space and joined indented lines ending
   * in a space; the XML reader keeps the file's line breaks. Everything else is equal, and the text
   * fields are equal up to white space.
   */
  @Test
  void givesTheCsvOf20241220UpToHowIanaThenWroteLineBreaks() throws IOException {
    List<SourceRecord> xml = vendored("2024-12-20.xml").records();
    List<SourceRecord> csv =
        new CsvRegistryReader()
            .read("2024-12-20.csv", Files.readAllBytes(HISTORY.resolve("2024-12-20.csv")))
            .records();

    assertThat(xml).hasSameSizeAs(csv);
    int differentInWhiteSpace = 0;
    for (int i = 0; i < xml.size(); i++) {
      SourceRecord x = xml.get(i);
      SourceRecord c = csv.get(i);
      String where = "record " + i + " (" + c.serviceName() + " " + c.firstPort() + ")";
      SourceRecord spaced = withSpaces(x);
      assertSameExceptReferences(spaced, withSpaces(c), where);
      assertThat(texts(spaced.references())).isEqualTo(texts(withSpaces(c).references()));
      if (!x.description().equals(c.description())
          || !x.assignmentNotes().equals(c.assignmentNotes())
          || !texts(x.references()).equals(texts(c.references()))) {
        differentInWhiteSpace++;
      }
    }
    // 193 descriptions, 14 notes and 1 reference (counted with a separate script when written).
    assertThat(differentInWhiteSpace).isEqualTo(208);
  }

  private static void assertSameExceptReferences(SourceRecord x, SourceRecord c, String where) {
    assertThat(x.serviceName()).as(where).isEqualTo(c.serviceName());
    assertThat(x.firstPort()).as(where).isEqualTo(c.firstPort());
    assertThat(x.lastPort()).as(where).isEqualTo(c.lastPort());
    assertThat(x.protocol()).as(where).isEqualTo(c.protocol());
    assertThat(x.description()).as(where).isEqualTo(c.description());
    assertThat(x.assignee()).as(where).isEqualTo(c.assignee());
    assertThat(x.contact()).as(where).isEqualTo(c.contact());
    assertThat(x.registrationDate()).as(where).isEqualTo(c.registrationDate());
    assertThat(x.modificationDate()).as(where).isEqualTo(c.modificationDate());
    assertThat(x.serviceCode()).as(where).isEqualTo(c.serviceCode());
    assertThat(x.unauthorizedUseReported()).as(where).isEqualTo(c.unauthorizedUseReported());
    assertThat(x.assignmentNotes()).as(where).isEqualTo(c.assignmentNotes());
  }

  /** The record with every run of white space in its texts made one space. */
  private static SourceRecord withSpaces(SourceRecord r) {
    return new SourceRecord(
        r.line(),
        r.column(),
        r.serviceName(),
        r.firstPort(),
        r.lastPort(),
        r.protocol(),
        spaces(r.description()),
        r.assignee(),
        r.contact(),
        r.registrationDate(),
        r.modificationDate(),
        r.references().stream().map(ref -> new Reference(ref.kind(), spaces(ref.text()))).toList(),
        r.serviceCode(),
        spaces(r.unauthorizedUseReported()),
        spaces(r.assignmentNotes()));
  }

  private static String spaces(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static List<String> texts(List<Reference> references) {
    return references.stream().map(Reference::text).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2013-02-18.xml",
        "2015-01-09.xml",
        "2015-10-08.xml",
        "2017-05-17.xml",
        "2017-05-18.xml",
        "2024-12-20.xml",
        "2026-08-17.xml"
      })
  void readsEveryVendoredXmlAndItsCountsMatchTheFile(String file) throws IOException {
    String text = Files.readString(HISTORY.resolve(file));
    SourceSnapshot xml = vendored(file);

    assertThat(xml.records()).hasSize(count(text, "<record"));
    assertThat(xml.people()).hasSize(count(text, "<person "));
    assertThat(xml.writtenDate().map(CsvDate::toString)).contains(file.substring(0, 10));
  }

  /** The reader drops the section attribute because the text always says it: check that it does. */
  @Test
  void everySectionAttributeIsInItsXrefText() throws IOException {
    String text = Files.readString(HISTORY.resolve("2026-08-17.xml"));
    Matcher m = Pattern.compile("section=\"([^\"]*)\"(/?)>([^<]*)").matcher(text);
    int found = 0;
    while (m.find()) {
      found++;
      assertThat(m.group(2)).isEmpty();
      assertThat(m.group(3)).contains("Section " + m.group(1));
    }
    assertThat(found).isEqualTo(5);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void rendersMixedTextAsTheCsvDoes() {
    SourceSnapshot s =
        read(
            "  <record date=\"2005-11\" updated=\"2013-08-14\">\n"
                + "    <name>whoispp</name>\n"
                + "    <protocol>TCP</protocol>\n"
                + "    <assignee><xref type=\"person\" data=\"IESG\"/></assignee>\n"
                + "    <xref type=\"person\" data=\"IETF_Chair\"/>\n"
                + "    <description>whois++<br/><br/>\nIANA &amp; &lt;x&gt;</description>\n"
                + "    <number>63-64</number>\n"
                + "    <xref type=\"rfc\" data=\"rfc6335\"/>\n"
                + "    <xref type=\"note\" data=\"1\"/>\n"
                + "    <xref type=\"text\">n/a</xref>\n"
                + "    <xref type=\"rfc\" data=\"rfc8765\">RFC8765, Section 6.1</xref>\n"
                + "    <note>\n      <paragraph>Defined TXT keys:</paragraph>\n"
                + "      <paragraph>see <xref type=\"rfc\" data=\"rfc7595\"/></paragraph>\n"
                + "    </note>\n"
                + "    <unauthorized>  PORT 90  </unauthorized>\n"
                + "    <sc>1145656131</sc>\n"
                + "  </record>\n");

    SourceRecord r = s.records().get(0);
    assertThat(r.line()).isEqualTo(5);
    assertThat(r.serviceName()).isEqualTo("whoispp");
    assertThat(r.protocol()).isEqualTo("tcp");
    assertThat(r.firstPort()).isEqualTo(63);
    assertThat(r.lastPort()).isEqualTo(64);
    assertThat(r.registrationDate()).contains(new CsvDate(2005, 11, 0));
    assertThat(r.modificationDate()).contains(new CsvDate(2013, 8, 14));
    assertThat(r.assignee()).isEqualTo("[IESG]");
    assertThat(r.contact()).isEqualTo("[IETF_Chair]");
    assertThat(r.description()).isEqualTo("whois++\nIANA & <x>");
    assertThat(r.references())
        .containsExactly(
            new Reference(Reference.Kind.RFC, "RFC6335", "rfc6335"),
            new Reference(Reference.Kind.NOTE, "1", "1"),
            new Reference(Reference.Kind.TEXT, "n/a", ""),
            new Reference(Reference.Kind.RFC, "RFC8765, Section 6.1", "rfc8765"));
    assertThat(r.assignmentNotes()).isEqualTo("Defined TXT keys:\n      see [RFC7595]");
    assertThat(r.unauthorizedUseReported()).isEqualTo("PORT 90");
    assertThat(r.serviceCode()).isEqualTo("1145656131");
    assertThat(s.writtenDate()).contains(new CsvDate(2026, 8, 17));
    assertThat(s.people()).isEmpty();
  }

  @Test
  void aRecordWithoutAssigneeHasItsContactsAsAssignee() {
    SourceRecord r =
        read("<record><name>a</name><number>1</number>"
                + "<xref type=\"person\" data=\"A\"/><xref type=\"person\" data=\"B\"/></record>")
            .records()
            .get(0);

    assertThat(r.assignee()).isEqualTo("[A][B]");
    assertThat(r.contact()).isEqualTo("[A][B]");
    assertThat(r.references()).isEmpty();
    assertThat(r.protocol()).isEmpty();
    assertThat(r.description()).isEmpty();
  }

  @Test
  void readsPeople() {
    SourceSnapshot s =
        read(
            "<record><name>a</name></record>\n"
                + "<people>\n"
                + "  <person id=\"Jon_Postel\"><name>Jon Postel</name>"
                + "<uri>mailto:postel&amp;isi.edu</uri><updated>2003-11</updated></person>\n"
                + "  <person id=\"Two\"><org>Org</org><uri>mailto:a</uri><uri>mailto:b</uri></person>\n"
                + "</people>\n");

    assertThat(s.people())
        .containsExactly(
            new Person(
                "Jon_Postel",
                "Jon Postel",
                "",
                "mailto:postel&isi.edu",
                Optional.of(new CsvDate(2003, 11, 0)),
                7),
            new Person("Two", "", "Org", "mailto:a mailto:b", Optional.empty(), 8));
  }

  /** The error names the file and the place just past the offending tag (the parser's place). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<record><name>a</name><port>1</port></record>|<port>|unknown element <port> in a <record>",
        "<record><name>a</name><name>b</name></record>|</name><name>|a second <name> in one record",
        "<record flag='x'><name>a</name></record>|<record flag='x'>|unknown attribute flag=\"x\" on <record>",
        "<record><name>a</name><xref type='iana' data='x'/></record>|<xref type='iana' data='x'/>|unknown xref type \"iana\"",
        "<record><name>a</name><xref type='rfc' bad='1' data='x'/></record>|<xref type='rfc' bad='1' data='x'/>|unknown attribute bad=\"1\" on <xref>",
        "<record><name>a</name><xref type='rfc'/></record>|<xref type='rfc'/>|with neither data nor text",
        "<record><name>a</name><xref data='x'/></record>|<xref data='x'/>|an <xref> without a type",
        "<record><assignee><xref type='rfc' data='rfc1'/></assignee></record>|<xref type='rfc' data='rfc1'/>|an <assignee> holds person xrefs",
        "<record><name>a</name><number>1-x</number></record>|<number>|port \"1-x\" is not a number",
        "<record><name>a</name><number>70000</number></record>|<number>|port \"70000\" is outside 0-65535",
        "<record><name>a</name><number>9-1</number></record>|<number>|port range \"9-1\" is reversed",
        "<record><name>a</name><protocol>tcpx</protocol></record>|<protocol>|unknown transport protocol \"tcpx\"",
        "<record date='2005-13-01'><name>a</name></record>|<record date='2005-13-01'>|bad record date \"2005-13-01\"",
        "<record updated='1969-12-31'><name>a</name></record>|<record updated='1969-12-31'>|record updated \"1969-12-31\" is outside 1970-2097",
        "<record><description>x</description></record>|<record>|record has neither a <name> nor a <number>",
        "<record><name>caf\u00e9</name></record>|<record><name>|service name \"caf\u00e9\" has character U+00E9",
        "<record><name>a<b/></name></record>|<b/>|unknown element <b> in <name>",
        "<bogus/>|<bogus/>|unknown element <bogus> in the registry",
        "stray text<record><name>a</name></record>|stray text<|unexpected text \"stray text\"",
        "<people><person><name>x</name></person></people>|<person>|a <person> without an id",
        "<people><person id='a'><phone>1</phone></person></people>|<phone>|unknown element <phone> in a <person>",
        "<people><person id='a'><org>1</org><org>|<org>1</org><org>|a second <org> in one <person>",
        "<record><name>a</name></record><updated>2026-01-01</updated>|</record><updated>|a second <updated>",
        "<record><name>a</name></record><people/><people>|<people/><people>|a second <people>",
      })
  void failsAtAnythingItCannotReadExactly(String body, String upTo, String reason) {
    String open = OPEN.replace("\n", " ");
    String xml = open + body + CLOSE;
    assertThatThrownBy(
            () -> new XmlRegistryReader().read("test.xml", xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            RegistryCsvException.class,
            e -> {
              assertThat(e.file()).isEqualTo("test.xml");
              assertThat(e.reason()).contains(reason);
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column())
                  .isEqualTo(open.length() + body.indexOf(upTo) + upTo.length() + 1);
            });
  }

  @Test
  void rejectsADocumentTypeAndNeverReadsAnExternalEntity(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
    String xml =
        "<?xml version='1.0'?>\n"
            + "<!DOCTYPE registry [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<registry xmlns=\"http://www.iana.org/assignments\">"
            + "<record><name>&x;</name></record></registry>";

    assertThatThrownBy(
            () -> new XmlRegistryReader().read("evil.xml", xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageStartingWith("evil.xml:")
        .hasMessageNotContaining("secret\"");
  }

  @Test
  void reportsMalformedXmlWithTheParsersLocation() {
    String xml = OPEN + "  <record><name>a</name>\n  </registry>\n";
    assertThatThrownBy(
            () -> new XmlRegistryReader().read("bad.xml", xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            RegistryCsvException.class,
            e -> {
              assertThat(e.line()).isEqualTo(6);
              assertThat(e.reason()).startsWith("malformed XML: ").contains("record");
            });
  }

  @Test
  void rejectsAnotherNamespaceAndAnEmptyRegistry() {
    assertThatThrownBy(
            () ->
                new XmlRegistryReader()
                    .read(
                        "ns.xml",
                        "<registry><record/></registry>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("expected the <registry> element of namespace");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(RegistryCsvException.class)
        .hasMessageContaining("no <record> in the registry");
  }

  /**
   * Seeded mutations of a real excerpt (the first 60 records and the first people of 2026-08-17):
   * each either reads or fails with a {@link RegistryCsvException} at a real line and column, never
   * with anything else.
   */
  @Test
  void mutatedRealXmlReadsOrFailsWithALocation() throws IOException {
    String text = Files.readString(HISTORY.resolve("2026-08-17.xml"));
    int records = text.indexOf("<record");
    for (int i = 0; i < 60; i++) {
      records = text.indexOf("</record>", records) + "</record>".length();
    }
    int people = text.indexOf("<people>");
    int fifthPerson = people;
    for (int i = 0; i < 5; i++) {
      fifthPerson = text.indexOf("</person>", fifthPerson) + "</person>".length();
    }
    String seed =
        text.substring(0, records)
            + "\n"
            + text.substring(people, fifthPerson)
            + "</people></registry>";
    assertThat(
            new XmlRegistryReader()
                .read("seed.xml", seed.getBytes(StandardCharsets.UTF_8))
                .records())
        .hasSize(60);
    String[] pieces = {
      "<",
      ">",
      "/",
      "\"",
      "&",
      "&amp;",
      "<br/>",
      "<record>",
      "</record>",
      "<xref type=\"rfc\"/>",
      "<!DOCTYPE x>",
      "\u0000",
      "\u00e9",
      "-",
      "99999",
      " "
    };
    java.util.Random random = new java.util.Random(9);
    int read = 0;
    for (int n = 0; n < 2_000; n++) {
      StringBuilder mutated = new StringBuilder(seed);
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        int at = random.nextInt(mutated.length());
        if (random.nextBoolean()) {
          mutated.insert(at, pieces[random.nextInt(pieces.length)]);
        } else {
          mutated.delete(at, Math.min(mutated.length(), at + 1 + random.nextInt(8)));
        }
      }
      byte[] bytes = mutated.toString().getBytes(StandardCharsets.UTF_8);
      try {
        new XmlRegistryReader().read("fuzz.xml", bytes);
        read++;
      } catch (RegistryCsvException e) {
        assertThat(e.line()).as(e.getMessage()).isPositive();
        assertThat(e.column()).as(e.getMessage()).isPositive();
        assertThat(e.getMessage()).startsWith("fuzz.xml:");
      }
    }
    assertThat(read).as("mutations that still read").isBetween(1, 1_999);
  }

  @Test
  void isTheReaderOfTheXmlForm() {
    assertThat(RegistryForms.reader(RegistryForm.XML)).isInstanceOf(XmlRegistryReader.class);
  }
}
