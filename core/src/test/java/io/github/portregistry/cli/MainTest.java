package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import io.github.portregistry.RangeClass;
import io.github.portregistry.RegistryVersion;
import io.github.portregistry.ServiceRecord;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command and every error path, in process: stdout, stderr and the exit code. */
class MainTest {

  @Test
  void describesOnePort() {
    Cli r = Cli.run("252");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(PortRegistry.lookup(252).describe()).startsWith("Port 252\n");
  }

  @Test
  void describesPortsAndRangesInOrderWithABlankLineBetween() {
    Cli r = Cli.run("22", "80-81", "7-7", "022");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            String.join(
                "\n",
                PortRegistry.lookup(22).describe(),
                PortRegistry.lookup(80).describe(),
                PortRegistry.lookup(81).describe(),
                PortRegistry.lookup(7).describe(),
                PortRegistry.lookup(22).describe()));
  }

  @Test
  void describesTheEdgePorts() {
    Cli r = Cli.run("0", "65535");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Port 0\n").contains("\n\nPort 65535\n");
  }

  @Test
  void portsAsJsonLinesOneObjectALine() {
    Cli r = Cli.run("--json-lines", "80", "252-253");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(3);
    Map<?, ?> first = (Map<?, ?>) StrictJson.parse(lines.get(0));
    assertThat(first.get("port")).hasToString("80");
    assertThat(first.get("status")).isEqualTo("ASSIGNED");
    assertThat(first.get("serviceNames")).isEqualTo(List.of("http", "www", "www-http"));
    assertThat(((Map<?, ?>) first.get("statusByProtocol")).get("DCCP")).isEqualTo("UNASSIGNED");
    Map<?, ?> reserved = (Map<?, ?>) StrictJson.parse(lines.get(1));
    assertThat(reserved.get("port")).hasToString("252");
    assertThat(reserved.get("status")).isEqualTo("RESERVED");
    assertThat(reserved.get("range")).isEqualTo("SYSTEM");
    Map<?, ?> record = (Map<?, ?>) ((List<?>) reserved.get("records")).get(0);
    assertThat(record.get("ports"))
        .isEqualTo(
            Map.of("first", new java.math.BigDecimal(249), "last", new java.math.BigDecimal(255)));
    assertThat(record.get("protocol")).isNull();
    assertThat(record.get("modificationDate")).isEqualTo("2024-12-20");
    assertThat(Cli.run("80", "--json").out()).isEqualTo(lines.get(0) + "\n");
  }

  @Test
  void jsonKeepsMonthPrecisionDatesAndRemovalHistory() {
    Map<?, ?> p47 = (Map<?, ?>) StrictJson.parse(Cli.run("47", "--json").out());
    assertThat(p47.get("removalDate")).isEqualTo("2017-05-18");
    assertThat(p47.get("protocols")).isEqualTo(List.of("TCP", "UDP"));
    Map<?, ?> p2 = (Map<?, ?>) StrictJson.parse(Cli.run("2", "--json").out());
    assertThat(p2.get("formerly")).isEqualTo("compressnet");
  }

  @Test
  void nameListsEveryRecordAsAnAlignedTable() {
    Cli r = Cli.run("name", "HTTP");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            "SERVICE  PORT  PROTOCOL  DESCRIPTION          REFERENCE\n"
                + "http     80    tcp       World Wide Web HTTP  RFC9110\n"
                + "http     80    udp       World Wide Web HTTP  RFC9110\n"
                + "http     80    sctp      HTTP                 RFC9260\n");
  }

  @Test
  void nameShowsRecordsWithoutAPort() {
    Cli r = Cli.run("name", "argus");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).element(1).asString().startsWith("argus    -     all ");
  }

  @Test
  void nameAsJsonLinesGivesEveryRecordWithEveryField() {
    List<ServiceRecord> records = PortRegistry.byServiceName("ssh");
    Cli r = Cli.run("name", "--json-lines", "ssh");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(records.size());
    for (int i = 0; i < lines.size(); i++) {
      Map<?, ?> json = (Map<?, ?>) StrictJson.parse(lines.get(i));
      JsonCheck.assertRecord(json, records.get(i));
    }
  }

  @Test
  void everyServiceNameGivesOneTableLinePerRecord() {
    List<String> names =
        PortRegistry.records().stream()
            .map(ServiceRecord::serviceName)
            .filter(n -> !n.isEmpty())
            .distinct()
            .collect(Collectors.toList());
    assertThat(names).hasSizeGreaterThan(5000);
    for (String name : names) {
      Cli r = Cli.run("name", name);
      assertThat(r.code()).as(name).isZero();
      List<String> lines = r.out().lines().collect(Collectors.toList());
      assertThat(lines).as(name).hasSize(PortRegistry.byServiceName(name).size() + 1);
      int column = lines.get(0).indexOf("PORT");
      for (String line : lines) {
        assertThat(line).as(name).doesNotEndWith(" ");
        assertThat(line.charAt(column - 1)).as("aligned: %s", line).isEqualTo(' ');
        assertThat(line.charAt(column - 2)).as("aligned: %s", line).isEqualTo(' ');
      }
    }
  }

  @Test
  void unknownNameIsExitCodeOneWithOneLine() {
    Cli r = Cli.run("name", "no-such-service-xyz");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "port-registry: no service named \"no-such-service-xyz\" in the registry; search names"
                + " and descriptions with: port-registry search no-such-service-xyz\n");
    assertThat(Cli.run("name", "--json", "no-such-service-xyz").code()).isEqualTo(1);
  }

  @Test
  void freeDefaultsToTenUserPortsOnTcp() {
    Cli r = Cli.run("free");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(expectedFree(RangeClass.USER, Protocol.TCP, 10));
    assertThat(r.out().lines()).hasSize(10);
  }

  @Test
  void freeHonoursRangeProtocolAndCount() {
    Cli r = Cli.run("free", "--range", "system", "--protocol=UDP", "--count", "3");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(expectedFree(RangeClass.SYSTEM, Protocol.UDP, 3));
    assertThat(Cli.run("--count=2", "--range=dynamic", "free", "--protocol", "dccp").out())
        .isEqualTo("49152\n49153\n");
  }

  @Test
  void freeStopsAtTheEndOfTheRange() {
    long available =
        PortRegistry.candidatePorts(RangeClass.SYSTEM, EnumSet.of(Protocol.SCTP)).count();
    Cli r = Cli.run("free", "--range", "system", "--protocol", "sctp", "--count", "65536");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize((int) available);
  }

  private static String expectedFree(RangeClass range, Protocol protocol, int count) {
    return PortRegistry.candidatePorts(range, EnumSet.of(protocol))
        .limit(count)
        .mapToObj(p -> p + "\n")
        .collect(Collectors.joining());
  }

  @Test
  void versionNamesTheRegistrySnapshot() {
    RegistryVersion v = PortRegistry.version();
    Cli r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            // Tests load the classes from target/classes, not from the jar: no manifest of ours.
            "port-registry unknown\n"
                + "Registry data: "
                + v.dataDate()
                + " ("
                + v.recordCount()
                + " records, "
                + v.form()
                + ")\n"
                + "Source SHA-256: "
                + v.sourceSha256()
                + "\n");
    assertThat(Cli.run("80", "--version").out()).isEqualTo(r.out());
  }

  @Test
  void helpHasAnExampleForEveryCommand() {
    Cli r = Cli.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("Usage: java -jar port-registry.jar")
        .contains("port-registry 252\n")
        .contains("port-registry name ssh\n")
        .contains("port-registry search postgres\n")
        .contains("port-registry free --protocol tcp,udp --available --browser-safe\n")
        .contains("port-registry services --protocol tcp,udp")
        .contains("port-registry listening")
        .contains("--version", "--json", "Exit codes");
    assertThat(Cli.run("name", "-h").out()).isEqualTo(r.out());
    assertThat(Cli.run("70000", "--help").code()).isZero();
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(new String[] {"70000"}, "invalid port \"70000\""),
        Arguments.of(new String[] {"65536"}, "invalid port \"65536\""),
        Arguments.of(new String[] {"-1"}, "invalid port \"-1\""),
        Arguments.of(new String[] {"80", "abc"}, "invalid port \"abc\""),
        Arguments.of(new String[] {"30-20"}, "reversed port range \"30-20\""),
        Arguments.of(new String[] {"1-2-3"}, "invalid port \"1-2-3\""),
        Arguments.of(new String[] {"80-"}, "invalid port \"80-\""),
        Arguments.of(new String[] {"80x"}, "invalid port \"80x\""),
        Arguments.of(new String[] {"1e3"}, "invalid port \"1e3\""),
        Arguments.of(new String[] {"9999999999"}, "invalid port \"9999999999\""),
        Arguments.of(new String[] {""}, "invalid port \"\""),
        Arguments.of(new String[] {"-"}, "invalid port \"-\""),
        Arguments.of(new String[] {"\u0661"}, "invalid port \"\u0661\""),
        Arguments.of(new String[] {"80", "\u0661"}, "invalid port \"\u0661\""),
        Arguments.of(new String[] {"--bogus"}, "unknown option \"--bogus\""),
        Arguments.of(new String[] {"80", "-x"}, "unknown option \"-x\""),
        Arguments.of(new String[] {"--json=yes", "80"}, "unknown option \"--json=yes\""),
        Arguments.of(new String[] {}, "missing a port"),
        Arguments.of(new String[] {"--json"}, "missing a port"),
        Arguments.of(new String[] {"name"}, "name needs a SERVICE"),
        Arguments.of(new String[] {"name", "a", "b"}, "unexpected argument \"b\""),
        Arguments.of(new String[] {"listening", "80"}, "unexpected argument \"80\""),
        Arguments.of(new String[] {"free", "10"}, "unexpected argument \"10\""),
        Arguments.of(new String[] {"free", "--range", "huge"}, "invalid --range \"huge\""),
        Arguments.of(new String[] {"free", "--protocol", "icmp"}, "invalid --protocol \"icmp\""),
        Arguments.of(new String[] {"free", "--count", "0"}, "invalid --count \"0\""),
        Arguments.of(new String[] {"free", "--count", "-3"}, "invalid --count \"-3\""),
        Arguments.of(new String[] {"free", "--count", "65537"}, "invalid --count \"65537\""),
        Arguments.of(new String[] {"free", "--count", "ten"}, "invalid --count \"ten\""),
        Arguments.of(new String[] {"free", "--count"}, "option --count needs a value"),
        Arguments.of(
            new String[] {"services", "--json"}, "option --json does not apply to services"),
        Arguments.of(
            new String[] {"free", "--protocol", "tcp,icmp"}, "invalid --protocol \"tcp,icmp\""),
        Arguments.of(new String[] {"free", "--protocol", "tcp,"}, "invalid --protocol \"tcp,\""),
        Arguments.of(new String[] {"services", "--protocol="}, "invalid --protocol \"\""),
        Arguments.of(new String[] {"services", "x"}, "unexpected argument \"x\""),
        Arguments.of(new String[] {"search"}, "search needs a TEXT"),
        Arguments.of(new String[] {"search", " "}, "search needs a TEXT"),
        Arguments.of(new String[] {"name", "x", "--available"}, "option --available only applies"),
        Arguments.of(new String[] {"80", "--browser-safe"}, "option --browser-safe only applies"),
        Arguments.of(new String[] {"search", "x", "--protocol=tcp"}, "option --protocol only"),
        Arguments.of(
            new String[] {"free", "--available=yes"}, "unknown option \"--available=yes\""),
        Arguments.of(new String[] {"80", "--range", "user"}, "option --range only applies"),
        Arguments.of(new String[] {"name", "x", "--count=1"}, "option --count only applies"),
        Arguments.of(
            new String[] {"free", "--count", "1", "--count", "3"},
            "option --count given twice (\"1\" and \"3\")"),
        Arguments.of(
            new String[] {"free", "--range=user", "--range", "user"},
            "option --range given twice (\"user\" and \"user\")"),
        Arguments.of(
            new String[] {"--protocol", "udp", "free", "--protocol", "tcp"},
            "option --protocol given twice (\"udp\" and \"tcp\")"),
        Arguments.of(new String[] {"80", "--json", "--json"}, "option --json given twice"),
        Arguments.of(
            new String[] {"80", "--json", "--json-lines"},
            "options --json and --json-lines do not go together"),
        Arguments.of(
            new String[] {"listening", "--check", "--check"}, "option --check given twice"),
        Arguments.of(new String[] {"80", "--check"}, "option --check only applies to listening"),
        Arguments.of(
            new String[] {"services", "--json-lines"},
            "option --json-lines does not apply to services"),
        Arguments.of(
            new String[] {"free", "--available", "--available"}, "option --available given"),
        Arguments.of(new String[] {"80/icmp"}, "invalid protocol \"icmp\" in \"80/icmp\""),
        Arguments.of(new String[] {"80/"}, "invalid protocol \"\" in \"80/\""),
        Arguments.of(new String[] {"80,"}, "invalid port \"\" in \"80,\""),
        Arguments.of(new String[] {"80,,443"}, "invalid port \"\" in \"80,,443\""),
        Arguments.of(new String[] {"80,70000/udp"}, "invalid port \"70000/udp\" in"),
        Arguments.of(new String[] {"30-20/tcp"}, "reversed port range \"30-20/tcp\""),
        Arguments.of(new String[] {"--", "--json"}, "invalid port \"--json\""),
        Arguments.of(new String[] {"--"}, "missing a port"),
        Arguments.of(new String[] {"http", "ssh"}, "unexpected argument \"ssh\""));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void usageErrorsAreOneLineNamingTheValueAndPointingToHelp(String[] args, String message) {
    Cli r = Cli.run(args);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("port-registry: " + message)
        .endsWith("; see --help\n")
        .doesNotContain("Exception", "\tat ");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void listeningWithoutProcNetIsExitCodeThree(@TempDir Path notProc) {
    Cli r = Cli.run(notProc, "listening");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("net").contains("Linux").doesNotContain("Exception");
  }
}
