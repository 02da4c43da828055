package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Facts about the 2026-08-17 registry that a person can check by reading its XML, written out by
 * hand: if the table and the naive reading ever agree on something wrong, these still catch it.
 */
class KnownFactsTest {

  @BeforeAll
  static void onlyForTheVendoredSnapshot() {
    VendoredSnapshot.assume();
  }

  @Test
  void port22IsSshOnTcp() {
    PortInfo info = PortRegistry.lookup(22);
    assertThat(PortRegistry.status(22, Protocol.TCP)).isEqualTo(Status.ASSIGNED);
    assertThat(info.status(Protocol.TCP)).isEqualTo(Status.ASSIGNED);
    assertThat(info.serviceNames(Protocol.TCP)).containsExactly("ssh");
    assertThat(info.records())
        .filteredOn(r -> r.protocol().equals(Optional.of(Protocol.TCP)))
        .extracting(ServiceRecord::serviceName, ServiceRecord::kind, ServiceRecord::references)
        .containsExactly(tuple("ssh", Status.ASSIGNED, List.of("RFC4251")));
  }

  @Test
  void port53IsDomainOnUdp() {
    PortInfo info = PortRegistry.lookup(53);
    assertThat(PortRegistry.status(53, Protocol.UDP)).isEqualTo(Status.ASSIGNED);
    assertThat(info.serviceNames(Protocol.UDP)).containsExactly("domain");
    assertThat(info.records())
        .filteredOn(r -> r.appliesTo(Protocol.UDP))
        .extracting(ServiceRecord::serviceName, ServiceRecord::description)
        .containsExactly(tuple("domain", "Domain Name Server"));
  }

  @Test
  void port80HasThreeNamesInRegistryOrder() {
    PortInfo info = PortRegistry.lookup(80);
    assertThat(info.status()).isEqualTo(Status.ASSIGNED);
    assertThat(info.serviceNames()).containsExactly("http", "www", "www-http");
    assertThat(info.serviceNames(Protocol.TCP)).containsExactly("http", "www", "www-http");
    assertThat(info.serviceNames(Protocol.SCTP)).containsExactly("http");
    assertThat(info.serviceNames(Protocol.DCCP)).isEmpty();
    assertThat(info.protocols()).containsExactly(Protocol.TCP, Protocol.UDP, Protocol.SCTP);
  }

  /** New in the XML of 2026-08-17 (not in the CSV of 2026-02-13): lines 63758-63775 of the file. */
  @Test
  void port5319IsRoughtimeRegisteredIn2026() {
    PortInfo info = PortRegistry.lookup(5319);
    assertThat(info.status()).isEqualTo(Status.ASSIGNED);
    assertThat(info.protocols()).containsExactly(Protocol.TCP, Protocol.UDP);
    assertThat(info.records())
        .extracting(
            ServiceRecord::serviceName,
            ServiceRecord::description,
            ServiceRecord::assignee,
            ServiceRecord::contact,
            ServiceRecord::registrationDate,
            ServiceRecord::references)
        .containsOnly(
            tuple(
                "roughtime",
                "Roughtime time synchronization",
                "[IESG]",
                "[IETF_Chair]",
                Optional.of(RegistryDate.of(2026, 3, 27)),
                List.of("RFC-ietf-ntp-roughtime-19")));
  }

  /** New in 2026-08-17: one port, a service name on each protocol (agtp, agtp-quic). */
  @Test
  void port4480IsAgtpOnTcpAndAgtpQuicOnUdp() {
    PortInfo info = PortRegistry.lookup(4480);
    assertThat(info.serviceNames(Protocol.TCP)).containsExactly("agtp");
    assertThat(info.serviceNames(Protocol.UDP)).containsExactly("agtp-quic");
    assertThat(PortRegistry.byServiceName("agtp"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.assignee()).isEqualTo("[Chris_Hood]");
              assertThat(r.contact()).isEqualTo("[Chris_Hood]");
              assertThat(r.registrationDate()).contains(RegistryDate.of(2026, 4, 30));
            });
  }

  @Test
  void port143IsAssignedOnTcpAndReservedOnUdp() {
    PortInfo info = PortRegistry.lookup(143);
    assertThat(info.status(Protocol.TCP)).isEqualTo(Status.ASSIGNED);
    assertThat(info.status(Protocol.UDP)).isEqualTo(Status.RESERVED);
    assertThat(PortRegistry.status(143, Protocol.TCP)).isEqualTo(Status.ASSIGNED);
    assertThat(PortRegistry.status(143, Protocol.UDP)).isEqualTo(Status.RESERVED);
    assertThat(info.status()).isEqualTo(Status.ASSIGNED);
    assertThat(info.protocols()).containsExactly(Protocol.TCP);
    assertThat(info.serviceNames()).containsExactly("imap");
    assertThat(info.serviceNames(Protocol.UDP)).isEmpty();
    assertThat(info.records().get(0).references()).containsExactly("RFC3501", "RFC9051");
  }

  @Test
  void port24IsAnAssignmentWithoutServiceName() {
    PortInfo info = PortRegistry.lookup(24);
    assertThat(info.status()).isEqualTo(Status.ASSIGNED);
    assertThat(info.status(Protocol.TCP)).isEqualTo(Status.ASSIGNED);
    assertThat(info.status(Protocol.UDP)).isEqualTo(Status.ASSIGNED);
    assertThat(info.serviceNames()).isEmpty();
    assertThat(info.records())
        .extracting(ServiceRecord::serviceName, ServiceRecord::kind, ServiceRecord::description)
        .containsOnly(tuple("", Status.ASSIGNED, "any private mail system"));
    assertThat(info.describe()).contains("Service Name: None");
  }

  @ParameterizedTest
  @ValueSource(ints = {24, 35, 57, 59, 75, 77, 87})
  void anyPrivatePortsAreAssigned(int port) {
    assertThat(PortRegistry.status(port)).isEqualTo(Status.ASSIGNED);
    assertThat(PortRegistry.lookup(port).serviceNames()).isEmpty();
  }

  @Test
  void port47IsReservedSinceItsRemoval() {
    PortInfo info = PortRegistry.lookup(47);
    assertThat(info.status()).isEqualTo(Status.RESERVED);
    assertThat(info.protocols()).containsExactly(Protocol.TCP, Protocol.UDP);
    assertThat(info.status(Protocol.SCTP)).isEqualTo(Status.UNASSIGNED);
    assertThat(info.removalDate()).contains(RegistryDate.of(2017, 5, 18));
    assertThat(firstLines(info.describe(), 5))
        .isEqualTo(
            "Port 47\n"
                + "Status: Reserved (removed from assignment May 18, 2017)\n"
                + "Range: System Ports (0-1023)\n"
                + "Protocols: TCP and UDP\n"
                + "Service Name: None");
  }

  @Test
  void port252IsReservedOnAllFourByTheRange249To255() {
    PortInfo info = PortRegistry.lookup(252);
    assertThat(info.status()).isEqualTo(Status.RESERVED);
    assertThat(info.protocols())
        .containsExactly(Protocol.TCP, Protocol.UDP, Protocol.SCTP, Protocol.DCCP);
    assertThat(info.records())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ports()).contains(new PortRange(249, 255));
              assertThat(r.protocol()).isEmpty();
              assertThat(r.references()).containsExactly("RFC1060");
            });
    List<String> lines = info.describe().lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo("Port 252");
    assertThat(lines)
        .contains(
            "Status: Reserved",
            "Range: System Ports (0-1023)",
            "Protocols: TCP, UDP, SCTP and DCCP",
            "Service Name: None");
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("RFC1060"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("December 20, 2024"));
  }

  @ParameterizedTest
  @ValueSource(ints = {49152, 50000, 65535})
  void dynamicPortsAreUnassignedWithoutRecords(int port) {
    PortInfo info = PortRegistry.lookup(port);
    assertThat(info.status()).isEqualTo(Status.UNASSIGNED);
    assertThat(PortRegistry.status(port)).isEqualTo(Status.UNASSIGNED);
    assertThat(info.range()).isEqualTo(RangeClass.DYNAMIC);
    assertThat(info.records()).isEmpty();
    assertThat(info.serviceNames()).isEmpty();
    assertThat(info.removalDate()).isEmpty();
    assertThat(info.formerly()).isEmpty();
    assertThat(info.protocols()).containsExactly(Protocol.values());
    for (Protocol p : Protocol.values()) {
      assertThat(info.status(p)).isEqualTo(Status.UNASSIGNED);
    }
  }

  @ParameterizedTest(name = "port {0} removed {1}")
  @CsvSource({
    "47, 2017-05-18",
    "2, 2025-02-13",
    "51, 2013-05-24",
    "831, 2025-09-29",
    "1783, 2000-04-14",
    "114, 2004-06",
  })
  void removalDates(int port, String date) {
    assertThat(PortRegistry.lookup(port).removalDate()).contains(RegistryDate.parse(date));
  }

  @Test
  void removalDateKeepsMonthPrecision() {
    PortInfo info = PortRegistry.lookup(114);
    RegistryDate removed = info.removalDate().orElseThrow();
    assertThat(removed.toString()).isEqualTo("2004-06");
    assertThat(removed.day()).isEmpty();
    assertThat(info.describe()).contains("June 2004").doesNotContain("June 1, 2004");
  }

  @ParameterizedTest
  @ValueSource(ints = {252, 80, 143})
  void portsNeverRemovedHaveNoRemovalDate(int port) {
    assertThat(PortRegistry.lookup(port).removalDate()).isEmpty();
  }

  @ParameterizedTest(name = "port {0} was {1}")
  @CsvSource({
    "2, compressnet",
    "3, compressnet",
    "3980, acms",
    "15, netstat",
    "831, NETCONF over BEEP",
  })
  void formerly(int port, String former) {
    assertThat(PortRegistry.lookup(port).formerly()).contains(former);
  }

  @ParameterizedTest
  @ValueSource(ints = {22, 80, 252, 49152})
  void formerlyIsEmptyWhereTheRegistrySaysNothing(int port) {
    assertThat(PortRegistry.lookup(port).formerly()).isEmpty();
  }

  /**
   * Every port with a removal date, checked by hand against the CSV rows whose Description or
   * Assignment Notes say removed, de-assigned, de-registered, deprecated, decommissioned or
   * released. Rows that say so without any date and without a Modification Date (2905/udp,
   * 7626/udp, 9006) give none.
   */
  private static final Map<Integer, String> REMOVAL_DATES =
      Map.ofEntries(
          Map.entry(2, "2025-02-13"),
          Map.entry(3, "2025-02-13"),
          Map.entry(47, "2017-05-18"),
          Map.entry(51, "2013-05-24"),
          Map.entry(61, "2017-05-18"),
          Map.entry(114, "2004-06"),
          Map.entry(359, "2023-11-16"),
          Map.entry(585, "2006-04-25"),
          Map.entry(659, "2001-06-06"),
          Map.entry(831, "2025-09-29"),
          Map.entry(832, "2025-09-29"),
          Map.entry(833, "2025-09-29"),
          Map.entry(1028, "2004-02"),
          Map.entry(1030, "2013-05-24"),
          Map.entry(1031, "2013-05-24"),
          Map.entry(1032, "2013-05-24"),
          Map.entry(1276, "2014-05-23"),
          Map.entry(1301, "2019-10-30"),
          Map.entry(1302, "2019-10-30"),
          Map.entry(1407, "2015-06-16"),
          Map.entry(1783, "2000-04-14"),
          Map.entry(2200, "2019-07-05"),
          Map.entry(2408, "2012-03-09"),
          Map.entry(2682, "2002-04-30"),
          Map.entry(2693, "2004-02-06"),
          Map.entry(2925, "2000-12-07"),
          Map.entry(3001, "2006-05-25"),
          Map.entry(3121, "2003-09-17"),
          Map.entry(3403, "2006-10-27"),
          Map.entry(3404, "2002-05-01"),
          Map.entry(3693, "2007-04-05"),
          Map.entry(3864, "2006-06-23"),
          Map.entry(3980, "2020-12-29"),
          Map.entry(4324, "2015-05-12"),
          Map.entry(4501, "2001-06-08"),
          Map.entry(5030, "2022-01-10"),
          Map.entry(5153, "2018-04-19"),
          Map.entry(6567, "2011-08-26"),
          Map.entry(8077, "2024-01-05"),
          Map.entry(8699, "2013-05-24"),
          Map.entry(10321, "2023-12-05"),
          Map.entry(26264, "2006-04-06"));

  @Test
  void removalDatesAreExactlyTheHandCheckedOnes() {
    Map<Integer, String> actual = new TreeMap<>();
    PortRegistry.all()
        .forEach(info -> info.removalDate().ifPresent(d -> actual.put(info.port(), d.toString())));
    assertThat(actual).isEqualTo(new TreeMap<>(REMOVAL_DATES));
  }

  @Test
  void removalDatesComeFromRecordsThatAreNotAssignments() {
    PortRegistry.all()
        .filter(info -> info.removalDate().isPresent())
        .forEach(
            info ->
                assertThat(info.records())
                    .as("port %d", info.port())
                    .anyMatch(r -> r.kind() != Status.ASSIGNED));
  }

  @Test
  void statusLineNamesTheRemovalOfPortsThatAreNotAssigned() {
    assertThat(PortRegistry.lookup(114).describe().lines().skip(1).findFirst())
        .contains("Status: Unassigned (removed from assignment June 2004)");
    assertThat(PortRegistry.lookup(1783).describe().lines().skip(1).findFirst())
        .contains("Status: Unassigned (removed from assignment April 14, 2000)");
    // 1407 is assigned on TCP and removed on UDP: the status line must not say "removed".
    assertThat(PortRegistry.lookup(1407).describe().lines().skip(1).findFirst())
        .contains("Status: Assigned");
  }

  /** Every port with a former service, checked by hand against the CSV (non-assignments only). */
  private static final Map<Integer, String> FORMERLY =
      Map.ofEntries(
          Map.entry(2, "compressnet"),
          Map.entry(3, "compressnet"),
          Map.entry(15, "netstat"),
          Map.entry(831, "NETCONF over BEEP"),
          Map.entry(832, "NETCONF over SOAP"),
          Map.entry(833, "NETCONF over SOAP"),
          Map.entry(3980, "acms"),
          Map.entry(5030, "surfpass"),
          Map.entry(5153, "toruxserver"));

  /**
   * The hand-checked ports have what their notes say; every other port what its history says, by
   * the rule of {@link PortInfo#formerly()} applied here to {@link PortInfo#history()}.
   */
  @Test
  void formerlyIsTheNotesOfTheHandCheckedPortsAndTheHistoryElsewhere() {
    PortRegistry.all()
        .forEach(
            info -> {
              String noted = FORMERLY.get(info.port());
              assertThat(info.formerly())
                  .as("port %d", info.port())
                  .isEqualTo(noted != null ? Optional.of(noted) : formerlyByHistory(info));
            });
    assertThat(PortRegistry.lookup(2).describe()).contains("compressnet");
  }

  /** The latest assigned period with a name no longer listed on the port: those names. */
  private static Optional<String> formerlyByHistory(PortInfo info) {
    List<HistoryPeriod> history = new ArrayList<>(info.history());
    Collections.reverse(history);
    for (HistoryPeriod p : history) {
      List<String> gone =
          p.serviceNames().stream()
              .filter(n -> info.serviceNames().stream().noneMatch(n::equalsIgnoreCase))
              .toList();
      if (p.status() == Status.ASSIGNED && !gone.isEmpty()) {
        return Optional.of(String.join(", ", gone));
      }
    }
    return Optional.empty();
  }

  @Test
  void byServiceNameIgnoresCase() {
    List<ServiceRecord> http = PortRegistry.byServiceName("http");
    assertThat(PortRegistry.byServiceName("HTTP")).isEqualTo(http);
    assertThat(PortRegistry.byServiceName("Http")).isEqualTo(http);
    assertThat(http)
        .extracting(ServiceRecord::serviceName, ServiceRecord::ports, ServiceRecord::protocol)
        .containsExactly(
            tuple("http", Optional.of(new PortRange(80, 80)), Optional.of(Protocol.TCP)),
            tuple("http", Optional.of(new PortRange(80, 80)), Optional.of(Protocol.UDP)),
            tuple("http", Optional.of(new PortRange(80, 80)), Optional.of(Protocol.SCTP)));
  }

  @Test
  void portLessServiceNameIsFoundByName() {
    // CSV: argus,,,ARGUS Protocol,,,,,,,,
    assertThat(PortRegistry.byServiceName("argus"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.serviceName()).isEqualTo("argus");
              assertThat(r.ports()).isEmpty();
              assertThat(r.protocol()).isEmpty();
              assertThat(r.description()).isEqualTo("ARGUS Protocol");
              assertThat(r.kind()).isEqualTo(Status.ASSIGNED);
            });
    assertThat(PortRegistry.byServiceName("ARGUS")).isEqualTo(PortRegistry.byServiceName("argus"));
  }

  @Test
  void sshHasAPortLessRecordAfterItsPortedOnes() {
    assertThat(PortRegistry.byServiceName("ssh"))
        .extracting(ServiceRecord::ports)
        .containsExactly(
            Optional.of(new PortRange(22, 22)),
            Optional.of(new PortRange(22, 22)),
            Optional.of(new PortRange(22, 22)),
            Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-service-xyz", "", " ", "http ", "htt", "ssh\u0000"})
  void unknownServiceNameGivesEmptyList(String name) {
    assertThat(PortRegistry.byServiceName(name)).isEmpty();
  }

  /** String.equalsIgnoreCase would match each pair; service names and their folding are ASCII. */
  @ParameterizedTest
  @CsvSource({"kerberos, \u212Aerberos", "https, http\u017F", "imap, \u0131map"})
  void nonAsciiLookalikesOfRegisteredNamesAreNotFound(String registered, String lookalike) {
    assertThat(PortRegistry.byServiceName(registered)).isNotEmpty();
    assertThat(lookalike.equalsIgnoreCase(registered)).as("equalsIgnoreCase accepts it").isTrue();
    assertThat(PortRegistry.byServiceName(lookalike)).isEmpty();
  }

  @Test
  void unassignedUserTcpPortsAreExactlyThoseUnassignedOnTcp() {
    int[] ports = PortRegistry.unassigned(RangeClass.USER, Protocol.TCP).toArray();
    int[] expected =
        IntStream.rangeClosed(1024, 49151)
            .filter(p -> PortRegistry.status(p, Protocol.TCP) == Status.UNASSIGNED)
            .toArray();
    assertThat(ports).isEqualTo(expected).isSorted().isNotEmpty();
    assertThat(ports).contains(29500); // inside ",29170-29998,,Unassigned"
    assertThat(ports).doesNotContain(1024, 1025); // reserved; blackjack
    for (int p : ports) {
      assertThat(PortRegistry.status(p, Protocol.TCP))
          .as("port %d/tcp", p)
          .isEqualTo(Status.UNASSIGNED);
      assertThat(RangeClass.of(p)).isEqualTo(RangeClass.USER);
    }
  }

  @Test
  void unassignedDynamicIsTheWholeRange() {
    assertThat(PortRegistry.unassigned(RangeClass.DYNAMIC, Protocol.DCCP).toArray())
        .isEqualTo(IntStream.rangeClosed(49152, 65535).toArray());
  }

  @Test
  void unassignedSystemPortsExcludeReservedAndAssigned() {
    int[] ports = PortRegistry.unassigned(RangeClass.SYSTEM, Protocol.UDP).toArray();
    assertThat(ports).contains(4).doesNotContain(0, 47, 53, 143, 252);
  }

  @ParameterizedTest(name = "RangeClass.of({0}) = {1}")
  @CsvSource({
    "0, SYSTEM",
    "1023, SYSTEM",
    "1024, USER",
    "49151, USER",
    "49152, DYNAMIC",
    "65535, DYNAMIC",
  })
  void rangeClassBounds(int port, RangeClass expected) {
    assertThat(RangeClass.of(port)).isEqualTo(expected);
    assertThat(PortRegistry.lookup(port).range()).isEqualTo(expected);
    assertThat(expected.contains(port)).isTrue();
  }

  @Test
  void rangeClassLabelsAndBounds() {
    assertThat(RangeClass.SYSTEM.label()).isEqualTo("System Ports (0-1023)");
    assertThat(RangeClass.USER.label()).isEqualTo("User Ports (1024-49151)");
    assertThat(RangeClass.DYNAMIC.label()).isEqualTo("Dynamic and/or Private Ports (49152-65535)");
    assertThat(RangeClass.values())
        .extracting(RangeClass::first, RangeClass::last)
        .containsExactly(tuple(0, 1023), tuple(1024, 49151), tuple(49152, 65535));
  }

  @Test
  void registryDateAtDayPrecision() {
    RegistryDate d = RegistryDate.parse("2017-05-18");
    assertThat(d.year()).isEqualTo(2017);
    assertThat(d.month()).isEqualTo(5);
    assertThat(d.day()).isEqualTo(OptionalInt.of(18));
    assertThat(d.toLocalDate()).contains(LocalDate.of(2017, 5, 18));
    assertThat(d.toString()).isEqualTo("2017-05-18");
    assertThat(d.toDisplayString()).isEqualTo("May 18, 2017");
    assertThat(d)
        .isEqualTo(RegistryDate.of(2017, 5, 18))
        .hasSameHashCodeAs(RegistryDate.of(2017, 5, 18));
  }

  @Test
  void registryDateAtMonthPrecision() {
    RegistryDate d = RegistryDate.parse("2004-02");
    assertThat(d.year()).isEqualTo(2004);
    assertThat(d.month()).isEqualTo(2);
    assertThat(d.day()).isEmpty();
    assertThat(d.toLocalDate()).isEmpty();
    assertThat(d.toString()).isEqualTo("2004-02");
    assertThat(d.toDisplayString()).isEqualTo("February 2004");
    assertThat(d).isEqualTo(RegistryDate.of(2004, 2)).isNotEqualTo(RegistryDate.of(2004, 2, 1));
  }

  @Test
  void registryDatesOrderByYearMonthThenDayWithMonthPrecisionFirst() {
    List<RegistryDate> sorted =
        List.of("2017-05-18", "2004-02-29", "2017-05", "2004-02", "2017-06-01", "2017-04-30")
            .stream()
            .map(RegistryDate::parse)
            .sorted()
            .collect(Collectors.toList());
    assertThat(sorted)
        .extracting(RegistryDate::toString)
        .containsExactly(
            "2004-02", "2004-02-29", "2017-04-30", "2017-05", "2017-05-18", "2017-06-01");
    assertThat(RegistryDate.parse("2017-05").compareTo(RegistryDate.parse("2017-05-01")))
        .isNegative();
    assertThat(RegistryDate.parse("2017-05-18").compareTo(RegistryDate.of(2017, 5, 18))).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2017-13-01",
        "2017-02-30",
        "2017-00",
        "2017-5-18",
        "17-05-18",
        "2017/05/18",
        "",
        "2017-05-18 ",
        "2023-02-29"
      })
  void registryDateRejectsBadText(String text) {
    assertThatThrownBy(() -> RegistryDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }

  @Test
  void registryDateAcceptsLeapDay() {
    assertThat(RegistryDate.parse("2024-02-29").toLocalDate()).contains(LocalDate.of(2024, 2, 29));
  }

  private static String firstLines(String text, int count) {
    return text.lines().limit(count).collect(Collectors.joining("\n"));
  }
}
