package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.RegistryForm;
import io.github.portregistry.data.RegistryRecord;
import io.github.portregistry.data.SnapshotManifest;
import io.github.portregistry.data.TableWriter;
import io.github.portregistry.trust.IsolatedRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * One registry state published in two forms compiles to the same thing. IANA published the state of
 * 2015-10-08 and of 2024-12-20 both as the XML and as the CSV generated from it; each pair must
 * give the same status table, byte for byte but for what names the source (its SHA-256 and form),
 * and the same records.
 *
 * <p>Two differences are IANA's, not ours, and are checked to be exactly what they are: the CSV
 * copy of 2015-10-08 was made after IANA replaced a draft by RFC 7585 in two records, the same day;
 * and the CSVs of 2020-2024 write the XML's {@code <br/>} and some wrapped lines with a space where
 * the XML (and the CSVs of 2011-2018 and since 2025) have a line break.
 */
class CrossFormIdentityTest {
  private static final Path HISTORY =
      Path.of(
          System.getProperty("registry.history.dir", "../registry-data/src/main/registry/history"));

  /** Status table layout (PortStatusTable): magic to record count, SHA-256, form, status, CRC. */
  private static final int SHA256_AT = 10;

  private static final int FORM_AT = 58;
  private static final int STATUS_AT = 59;

  @Test
  void xmlAndCsvOf20151008CompileToTheSameTablesAndRecords() throws IOException {
    Pair pair = Pair.of("2015-10-08");

    assertSameStatusTable(pair);
    List<RegistryRecord> xml = pair.xml.records();
    List<RegistryRecord> csv = pair.csv.records();
    assertThat(xml).hasSameSizeAs(csv).hasSize(13_730);
    int differences = 0;
    for (int i = 0; i < xml.size(); i++) {
      RegistryRecord x = xml.get(i);
      RegistryRecord c = csv.get(i);
      if (!x.referenceTexts().equals(c.referenceTexts())) {
        differences++;
        assertThat(x.serviceName()).isIn("radiusdtls", "radiustls");
        assertThat(x.referenceTexts()).containsExactly("RFC-ietf-radext-dynamic-discovery-15");
        assertThat(c.referenceTexts()).containsExactly("RFC7585");
        continue;
      }
      assertThat(fields(x, false)).as("record %d", i).isEqualTo(fields(c, false));
    }
    assertThat(differences).isEqualTo(2); // radiusdtls/udp and radiustls/tcp
    assertSameRuntimeRecords(pair, false);
  }

  @Test
  void xmlAndCsvOf20241220CompileToTheSameTablesAndRecordsUpToLineBreaks() throws IOException {
    Pair pair = Pair.of("2024-12-20");

    assertSameStatusTable(pair);
    List<RegistryRecord> xml = pair.xml.records();
    List<RegistryRecord> csv = pair.csv.records();
    assertThat(xml).hasSameSizeAs(csv).hasSize(14_465);
    int exact = 0;
    for (int i = 0; i < xml.size(); i++) {
      List<Object> x = fields(xml.get(i), false);
      List<Object> c = fields(csv.get(i), false);
      if (x.equals(c)) {
        exact++;
      }
      assertThat(fields(xml.get(i), true)).as("record %d", i).isEqualTo(fields(csv.get(i), true));
    }
    assertThat(exact).isEqualTo(14_465 - 208);
    assertSameRuntimeRecords(pair, true);
  }

  private static void assertSameStatusTable(Pair pair) {
    byte[] xml = TableWriter.compile(pair.xml).status();
    byte[] csv = TableWriter.compile(pair.csv).status();
    assertThat(xml).hasSameSizeAs(csv);
    assertThat(Arrays.copyOfRange(xml, 0, SHA256_AT))
        .as("magic, version, data date, record count")
        .isEqualTo(Arrays.copyOfRange(csv, 0, SHA256_AT));
    assertThat(Arrays.copyOfRange(xml, STATUS_AT, xml.length - 4))
        .as("the status of every port")
        .isEqualTo(Arrays.copyOfRange(csv, STATUS_AT, csv.length - 4));
    assertThat(xml[FORM_AT]).isEqualTo((byte) RegistryForm.XML.ordinal());
    assertThat(csv[FORM_AT]).isEqualTo((byte) RegistryForm.CSV.ordinal());
  }

  /** The records the library serves from each, compared as the user sees them. */
  private static void assertSameRuntimeRecords(Pair pair, boolean upToWhiteSpace) {
    List<?> xml = records(pair.xml);
    List<?> csv = records(pair.csv);
    assertThat(xml).hasSameSizeAs(csv);
    int differences = 0;
    for (int i = 0; i < xml.size(); i++) {
      String x = xml.get(i).toString();
      String c = csv.get(i).toString();
      if (!x.equals(c)) {
        differences++;
        if (upToWhiteSpace) {
          assertThat(x.replaceAll("\\s+", " ")).isEqualTo(c.replaceAll("\\s+", " "));
        } else {
          assertThat(x).contains("RFC-ietf-radext-dynamic-discovery-15");
          assertThat(c).contains("RFC7585");
        }
      }
    }
    assertThat(differences).isEqualTo(upToWhiteSpace ? 208 : 2);
  }

  private static List<?> records(NormalizedRegistry registry) {
    IsolatedRegistry isolated =
        new IsolatedRegistry(CompiledResources.of(TableWriter.compile(registry)));
    return (List<?>) isolated.call("records", new Class<?>[0]);
  }

  /**
   * A record's fields without what only says where it came from (its line, its references' kinds,
   * which the CSV can only infer), with white space runs made one space when {@code spaced}.
   */
  private static List<Object> fields(RegistryRecord r, boolean spaced) {
    UnaryOperator<String> text = spaced ? s -> s.replaceAll("\\s+", " ") : s -> s;
    return List.of(
        r.serviceName(),
        r.firstPort(),
        r.lastPort(),
        r.protocol(),
        r.kind(),
        text.apply(r.description()),
        r.assignee(),
        r.contact(),
        r.registrationDate(),
        r.modificationDate(),
        r.referenceTexts().stream().map(text).toList(),
        r.serviceCode(),
        text.apply(r.unauthorizedUseReported()),
        text.apply(r.assignmentNotes()),
        r.removalDate(),
        text.apply(r.formerly()));
  }

  /** The XML and the CSV of one day, each read and normalized as the build does. */
  private record Pair(NormalizedRegistry xml, NormalizedRegistry csv) {
    static Pair of(String date) throws IOException {
      Path manifestPath = HISTORY.resolve(SnapshotManifest.FILE_NAME);
      SnapshotManifest manifest =
          SnapshotManifest.parse(manifestPath.toString(), Files.readAllBytes(manifestPath));
      return new Pair(read(date + ".xml", manifest), read(date + ".csv", manifest));
    }

    private static NormalizedRegistry read(String file, SnapshotManifest manifest)
        throws IOException {
      Path path = HISTORY.resolve(file);
      return NormalizedRegistry.read(file, Files.readAllBytes(path), manifest);
    }
  }
}
