package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.TableWriter;
import io.github.portregistry.trust.IsolatedRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost, for this registry and for others: every record of a registry CSV comes back
 * through the public API ({@link PortRegistry#records()}), field for field and in registry order.
 * The other versions are built from the vendored CSV the way IANA's files differ over time: an
 * older header name, a record added, a record removed. Their tables are compiled here and served to
 * a fresh copy of the library in its own class loader, so the real loading code reads them.
 */
class OtherRegistryVersionsTest {
  private static final String CRLF = "\r\n";

  static Stream<Arguments> versions() throws IOException {
    String vendored =
        Files.readString(
            Path.of(System.getProperty("registry.vendored.csv")), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(vendored.split(CRLF, -1)));
    lines.remove(lines.size() - 1); // the empty string after the final CRLF

    List<String> older = new ArrayList<>(lines);
    older.set(0, older.get(0).replace("Unauthorized Use Reported", "Known Unauthorized Uses"));
    older.subList(older.size() - 500, older.size()).clear();

    List<String> added = new ArrayList<>(lines);
    added.add(
        200,
        "new-svc,1028,tcp,\"A new service, with \"\"quotes\"\"\nand a line break\",[Someone],"
            + "[Someone],2026-11-01,,[RFC9999][RFC9998],,,");
    added.add("new-dnssd,,,A port-less DNS-SD name,[Someone],[Someone],2026-11,,,,,");

    List<String> removed = new ArrayList<>(lines);
    removed.removeIf(l -> l.startsWith("ssh,22,sctp,") || l.startsWith(",47,udp,"));

    return Stream.of(
        Arguments.of("vendored 2026-02-13", join(lines), lines.size() - 1),
        Arguments.of("older header, 500 fewer records", join(older), older.size() - 1),
        Arguments.of("two records added", join(added), lines.size() + 1),
        Arguments.of("two records removed", join(removed), lines.size() - 3));
  }

  private static String join(List<String> lines) {
    return String.join(CRLF, lines) + CRLF;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void everyRecordComesBackFieldForFieldInRegistryOrder(
      String version, String csv, int expectedRecords, @TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("registry.csv"), csv, StandardCharsets.UTF_8);
    byte[] bytes = Files.readAllBytes(file);
    TableWriter.Tables tables =
        TableWriter.compile(NormalizedRegistry.read(file.toString(), bytes));
    IsolatedRegistry registry =
        new IsolatedRegistry(
            Map.of(
                "io/github/portregistry/internal/registry.bin", tables.records(),
                "io/github/portregistry/internal/status.bin", tables.status()));

    List<?> records = (List<?>) registry.call("records", new Class<?>[0]);
    NaiveRegistry naive = new NaiveRegistry(file);

    assertThat(naive.rows).hasSize(expectedRecords);
    assertThat(records).as(version).hasSize(expectedRecords);
    for (int i = 0; i < expectedRecords; i++) {
      // Different class loaders: compare the records' full text, which names every component.
      assertThat(records.get(i).toString())
          .as("%s, record %d (%s)", version, i, naive.rows.get(i))
          .isEqualTo(naive.rows.get(i).expected().toString());
    }
    assertThat(registry.call("version", new Class<?>[0]).toString())
        .contains("recordCount=" + expectedRecords);
  }
}
