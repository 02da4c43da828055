package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.data.CsvDate;
import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.RegistryRecord;
import io.github.portregistry.data.TableWriter;
import io.github.portregistry.trust.IsolatedRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, run-time side: every reference keeps its kind through the table, and the people list
 * reaches {@link PortRegistry#person} and {@code describe()}.
 */
class PeopleAndReferencesTest {

  /**
   * The records table stores a reference's kind as the generator's {@code Reference.Kind} ordinal
   * and the runtime reads it as this library's {@link Reference.Kind} ordinal: the two enums must
   * list the same kinds in the same order, or every reference would read back as another kind.
   */
  @Test
  void theRuntimeReferenceKindsAreTheGeneratorsInTheSameOrder() {
    List<String> runtime =
        java.util.Arrays.stream(Reference.Kind.values()).map(Enum::name).toList();
    List<String> generator =
        java.util.Arrays.stream(io.github.portregistry.data.Reference.Kind.values())
            .map(Enum::name)
            .toList();
    assertThat(runtime).isEqualTo(generator).hasSize(6);
  }

  /** The kind the generator gave each reference is the kind the API returns, for every record. */
  @Test
  void everyReferenceKeepsItsKindThroughTheTable() throws IOException {
    Path path = Path.of(System.getProperty("registry.file"));
    NormalizedRegistry source = NormalizedRegistry.read(path.toString(), Files.readAllBytes(path));
    List<ServiceRecord> records = PortRegistry.records();
    assertThat(records).hasSameSizeAs(source.records());
    int typed = 0;
    for (int i = 0; i < records.size(); i++) {
      List<io.github.portregistry.data.Reference> expected = source.records().get(i).references();
      List<Reference> actual = records.get(i).typedReferences();
      assertThat(actual).as("record %d", i).hasSameSizeAs(expected);
      for (int r = 0; r < expected.size(); r++) {
        assertThat(actual.get(r).kind().name()).isEqualTo(expected.get(r).kind().name());
        assertThat(actual.get(r).text()).isEqualTo(expected.get(r).text());
        typed++;
      }
    }
    assertThat(typed).isPositive();
  }

  @Test
  void anRfcGivesItsNumberAndLinkWithoutParsing() {
    ServiceRecord ssh = PortRegistry.lookup(22).records().get(0);
    Reference rfc = ssh.typedReferences().get(0);
    assertThat(rfc.kind()).isEqualTo(Reference.Kind.RFC);
    assertThat(rfc.rfcNumber()).isEqualTo(OptionalInt.of(4251));
    assertThat(rfc.link()).contains(URI.create("https://www.rfc-editor.org/rfc/rfc4251"));
    Reference person = new Reference(Reference.Kind.PERSON, "Jon_Postel");
    assertThat(person.rfcNumber()).isEmpty();
    assertThat(person.link()).isEmpty();
    assertThat(new Reference(Reference.Kind.URI, "https://www.iana.org/").link())
        .contains(URI.create("https://www.iana.org/"));
  }

  /** The XML's people list reaches the API: Jon Postel as the 2026-08-17 XML lists him. */
  @Test
  void theXmlsPeopleAreFoundWithOrWithoutBrackets() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        PortRegistry.version().form().equals("xml"), "the build's registry is not an XML");
    Person postel = PortRegistry.person("[Jon_Postel]").orElseThrow();
    assertThat(postel.name()).isEqualTo("Jon Postel");
    assertThat(postel.uri()).contains(URI.create("mailto:postel&isi.edu"));
    assertThat(PortRegistry.person("Jon_Postel")).containsSame(postel);
    assertThat(PortRegistry.lookup(20).describe()).contains("    Assignee: Jon Postel\n");
    assertThat(PortRegistry.person("")).isEmpty();
    assertThat(PortRegistry.person("[]")).isEmpty();
    assertThat(PortRegistry.person("[No_Such_Person]")).isEmpty();
  }

  /** A CSV has no people list: no one is known, and describe() shows the ids as written. */
  @Test
  void aRegistryFromACsvKnowsNoOne() throws IOException {
    Path csv = Path.of(System.getProperty("registry.history.dir"), "2026-02-13.csv");
    NormalizedRegistry source = NormalizedRegistry.read(csv.toString(), Files.readAllBytes(csv));
    IsolatedRegistry registry =
        new IsolatedRegistry(CompiledResources.withHistory(TableWriter.compile(source), source));
    assertThat(registry.call("person", new Class<?>[] {String.class}, "[Jon_Postel]"))
        .hasToString("Optional.empty");
    assertThat(describe(registry.call("lookup", new Class<?>[] {int.class}, 20)))
        .contains("    Assignee: [Jon_Postel]\n");
  }

  /** A registry with a people list: found with or without brackets; describe() shows the name. */
  @Test
  void peopleAreFoundByIdAndNamedOnThePage() throws IOException {
    Path path = Path.of(System.getProperty("registry.file"));
    NormalizedRegistry source = NormalizedRegistry.read(path.toString(), Files.readAllBytes(path));
    List<io.github.portregistry.data.Person> people =
        List.of(
            new io.github.portregistry.data.Person(
                "Randall_Stewart",
                "Randall R. Stewart",
                "",
                "mailto:randall&lakerest.net",
                Optional.empty(),
                1),
            new io.github.portregistry.data.Person(
                "Jon_Postel",
                "Jon Postel",
                "ISI",
                "mailto:postel&isi.edu",
                Optional.of(new CsvDate(1998, 10, 0)),
                2));
    List<RegistryRecord> records = source.records();
    NormalizedRegistry withPeople =
        new NormalizedRegistry(
            source.fileName(), source.form(), source.dataDate(), source.sha256(), records, people);
    IsolatedRegistry registry =
        new IsolatedRegistry(
            CompiledResources.withHistory(TableWriter.compile(withPeople), withPeople));

    assertThat(registry.call("person", new Class<?>[] {String.class}, "[Jon_Postel]"))
        .hasToString(
            "Optional[Person[id=Jon_Postel, name=Jon Postel, organization=ISI,"
                + " uri=Optional[mailto:postel&isi.edu], updated=Optional[1998-10]]]");
    assertThat(registry.call("person", new Class<?>[] {String.class}, "Randall_Stewart"))
        .hasToString(
            "Optional[Person[id=Randall_Stewart, name=Randall R. Stewart, organization=,"
                + " uri=Optional[mailto:randall&lakerest.net], updated=Optional.empty]]");
    assertThat(registry.call("person", new Class<?>[] {String.class}, "jon_postel"))
        .hasToString("Optional.empty");
    assertThat(registry.call("person", new Class<?>[] {String.class}, "Nobody"))
        .hasToString("Optional.empty");

    Object ftpData = registry.call("lookup", new Class<?>[] {int.class}, 20);
    String page = describe(ftpData);
    assertThat(page)
        .contains("    Assignee: Jon Postel\n    Contact: Jon Postel\n")
        .contains("    Assignee: Randall R. Stewart\n")
        .doesNotContain("[Jon_Postel]");
  }

  private static String describe(Object portInfo) {
    try {
      return (String) portInfo.getClass().getMethod("describe").invoke(portInfo);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aPersonsUriIsTheFirstOfThoseWrittenAndQuotedWhereJavaNeedsIt() {
    assertThat(Person.uriOf("mailto:a&b.example https://b.example/"))
        .contains(URI.create("mailto:a&b.example"));
    assertThat(Person.uriOf("mailto:a|b@x.example").map(URI::toString))
        .contains("mailto:a%7Cb@x.example");
    assertThat(Person.uriOf("")).isEmpty();
    assertThat(Person.uriOf("no-scheme")).isEmpty();
  }
}
