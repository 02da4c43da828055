package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.portregistry.data.HistoryCompiler;
import io.github.portregistry.data.HistoryTableWriter;
import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.TableWriter;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from outside the program never reaches the terminal raw: process names, arguments echoed in
 * errors, and registry fields (a registry whose http record says ESC[2J, SOH, CSI and RLO; NUL in a
 * field fails the build, see the generator's HostileInputTest).
 */
class TerminalEscapeTest {
  /**
   * ESC[2J clears the screen, SOH is a control character, CSI (U+009B) is ESC[ on some terminals,
   * U+202E reverses text.
   */
  private static final String HOSTILE = "World\u001b[2J Wide\u0001Web\u009b8m\u202eHTTP\u007f";

  private static final String SHOWN = "World\\e[2J Wide\\x01Web\\x9b8m\\u202eHTTP\\x7f";

  private static Map<String, byte[]> hostileTables;

  @BeforeAll
  static void compileARegistryWithControlCharacters() throws IOException {
    Path vendored = Path.of(System.getProperty("registry.vendored.csv"));
    String csv = Files.readString(vendored, StandardCharsets.UTF_8);
    String original = "http,80,tcp,World Wide Web HTTP,";
    assertThat(csv).contains(original);
    String hostile = csv.replaceFirst(original, "http,80,tcp," + HOSTILE + ",");
    byte[] bytes = hostile.getBytes(StandardCharsets.UTF_8);
    NormalizedRegistry registry = NormalizedRegistry.read("hostile.csv", bytes);
    TableWriter.Tables tables = TableWriter.compile(registry);
    hostileTables =
        Map.of(
            "io/github/portregistry/internal/registry.bin",
            tables.records(),
            "io/github/portregistry/internal/status.bin",
            tables.status(),
            // The page's History section shows the description too: a history of this registry.
            "io/github/portregistry/internal/history.bin",
            HistoryTableWriter.write(
                new HistoryCompiler().add(registry).finish(), registry, tables.buildId()));
  }

  private static void assertNoControlCharacters(String text) {
    assertThat(text.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f))))
        .as("control characters in %s", text)
        .isEmpty();
    assertThat(text).doesNotContain("\u202e");
  }

  @Test
  void thePortPageShowsRegistryControlCharactersEscaped() {
    Cli r = IsolatedCli.run(hostileTables, "80");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("  - http, 80/tcp: " + SHOWN + "\n");
    assertNoControlCharacters(r.out());
  }

  @Test
  void nameTablesShowRegistryControlCharactersEscaped() {
    Cli r = IsolatedCli.run(hostileTables, "name", "http");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("http     80    tcp       " + SHOWN + "  RFC9110\n");
    assertNoControlCharacters(r.out());
    assertThat(IsolatedCli.run(hostileTables, "80/tcp").out()).contains(SHOWN);
  }

  @Test
  void jsonKeepsTheTextExactlyWithItsOwnEscapes() {
    Cli r = IsolatedCli.run(hostileTables, "name", "http", "--json");
    Map<?, ?> first = (Map<?, ?>) ((java.util.List<?>) StrictJson.parse(r.out())).get(0);
    assertThat(first.get("description")).isEqualTo(HOSTILE);
  }

  @Test
  void usageErrorsShowArgumentsEscapedOnOneLine() {
    Cli r = Cli.run("80\nInjected: line");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "port-registry: invalid port \"80\\nInjected: line\" (expected 0-65535, a range A-B,"
                + " PORT/PROTOCOL or PORT,PORT); see --help\n");
    Cli option = Cli.run("80", "--\u001b]0;title\u0007");
    assertThat(option.err())
        .isEqualTo("port-registry: unknown option \"--\\e]0;title\\x07\"; see --help\n");
    Cli free = Cli.run("free", "--protocol", "\u009b2J\u0000");
    assertThat(free.err()).contains("invalid --protocol \"\\x9b2J\\0\"");
  }

  @Test
  void anUnknownNameIsShownEscaped() {
    Cli r = Cli.run("\u001b[2Jhttp");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "port-registry: no service named \"\\e[2Jhttp\" in the registry; search names and"
                + " descriptions with: port-registry search \\e[2Jhttp\n");
  }

  @Test
  void processNamesAreShownEscaped(@TempDir Path proc) throws IOException {
    assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "samples are little-endian");
    Files.createDirectories(proc.resolve("net"));
    String header = ProcNetParserTest.TCP.lines().findFirst().get() + "\n";
    Files.writeString(
        proc.resolve("net/tcp"),
        header
            + "   0: 00000000:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000 "
            + "       0 102 1 0000000000000000 100 0 0 10 0\n");
    Path fd = Files.createDirectories(proc.resolve("4242/fd"));
    // ESC[2J would clear the screen, ESC[8m hide the FLAG column that follows
    Files.writeString(proc.resolve("4242/comm"), "\u001b[2Jevil\u001b[8m\n");
    Files.createSymbolicLink(fd.resolve("3"), Path.of("socket:[102]"));
    Cli r = Cli.run(proc, "listening");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\\e[2Jevil\\e[8m (4242)  OTHER SERVICE\n");
    assertNoControlCharacters(r.out());
    Cli json = Cli.run(proc, "listening", "--json-lines");
    assertThat(json.out()).contains("\"process\":\"\\u001b[2Jevil\\u001b[8m\"");
  }
}
