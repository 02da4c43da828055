package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portregistry.internal.PortStatusTable;
import io.github.portregistry.trust.IsolatedRegistry;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the API promises whatever the data: argument checks, immutability, identity, equality. */
class ApiContractTest {

  // --- ports outside 0-65535 ---------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536, Integer.MIN_VALUE, Integer.MAX_VALUE, -65536, 131072})
  void everyPortTakingMethodRejectsPortsOutsideTheRangeNamingThePort(int port) {
    List<ThrowingCallable> calls =
        List.of(
            () -> PortRegistry.lookup(port),
            () -> PortRegistry.status(port),
            () -> PortRegistry.status(port, Protocol.TCP),
            () -> RangeClass.of(port),
            () -> BrowserPorts.isBlocked(port),
            () -> BrowserPorts.isAllowed(port),
            () -> new PortAndProtocol(port, Protocol.TCP));
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(Integer.toString(port));
    }
  }

  @Test
  void portRangeRejectsBadBoundsNamingThem() {
    assertThatThrownBy(() -> new PortRange(-1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> new PortRange(3, 65536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65536");
    assertThatThrownBy(() -> new PortRange(255, 249))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("255")
        .hasMessageContaining("249");
  }

  @Test
  void portsAtTheBoundsAreAccepted() {
    assertThat(PortRegistry.lookup(0).port()).isZero();
    assertThat(PortRegistry.lookup(65535).port()).isEqualTo(65535);
    assertThat(PortRegistry.status(0)).isNotNull();
    assertThat(PortRegistry.status(65535, Protocol.DCCP)).isEqualTo(Status.UNASSIGNED);
  }

  // --- small value types -------------------------------------------------------------------

  @Test
  void protocolNamesRoundTripIgnoringCase() {
    for (Protocol p : Protocol.values()) {
      assertThat(Protocol.fromRegistryName(p.registryName())).isSameAs(p);
      assertThat(Protocol.fromRegistryName(p.name())).isSameAs(p);
    }
    assertThat(Protocol.TCP.registryName()).isEqualTo("tcp");
    assertThatThrownBy(() -> Protocol.fromRegistryName("tcpx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tcpx");
  }

  @Test
  void portRangeContainsItsBoundsOnly() {
    PortRange r = new PortRange(249, 255);
    assertThat(r.contains(249)).isTrue();
    assertThat(r.contains(255)).isTrue();
    assertThat(r.contains(248)).isFalse();
    assertThat(r.contains(256)).isFalse();
    assertThat(r.size()).isEqualTo(7);
    assertThat(r).hasToString("249-255");
    assertThat(new PortRange(22, 22)).hasToString("22");
    assertThat(new PortRange(0, 65535).size()).isEqualTo(65536);
  }

  @Test
  void statusLabelsAndOrder() {
    assertThat(Status.values())
        .containsExactly(Status.ASSIGNED, Status.RESERVED, Status.UNASSIGNED)
        .extracting(Status::label)
        .containsExactly("Assigned", "Reserved", "Unassigned");
  }

  @Test
  void serviceRecordProtocols() {
    ServiceRecord tcpOnly = PortRegistry.lookup(22).records().get(0);
    assertThat(tcpOnly.protocols()).containsExactly(Protocol.TCP);
    assertThat(tcpOnly.appliesTo(Protocol.TCP)).isTrue();
    assertThat(tcpOnly.appliesTo(Protocol.UDP)).isFalse();
    ServiceRecord all = PortRegistry.lookup(252).records().get(0);
    assertThat(all.protocols()).containsExactlyInAnyOrder(Protocol.values());
    for (Protocol p : Protocol.values()) {
      assertThat(all.appliesTo(p)).isTrue();
    }
  }

  @Test
  void registryVersionRejectsNullsAndNegativeCounts() {
    RegistryDate d = RegistryDate.of(2026, 2, 13);
    assertThatThrownBy(() -> new RegistryVersion(null, 1, "00", "xml"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("dataDate");
    assertThatThrownBy(() -> new RegistryVersion(d, 1, null, "xml"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("sourceSha256");
    assertThatThrownBy(() -> new RegistryVersion(d, 1, "00", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("form");
    assertThatThrownBy(() -> new RegistryVersion(d, -1, "00", "xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> new RegistryVersion(d, 1, "00", "XML"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"XML\"");
    assertThat(new RegistryVersion(d, 1, "00", "port-numbers").form()).isEqualTo("port-numbers");
  }

  @Test
  void registryDateRejectsImpossibleValuesNamingThem() {
    assertThatThrownBy(() -> RegistryDate.of(2017, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("13");
    assertThatThrownBy(() -> RegistryDate.of(2017, 2, 29))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("29");
    assertThatThrownBy(() -> RegistryDate.of(2017, 5, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegistryDate.of(0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  // --- nulls -------------------------------------------------------------------------------

  static Stream<Arguments> nullArguments() {
    PortInfo info = PortRegistry.lookup(80);
    return Stream.of(
        Arguments.of(
            "byServiceName(null)", (ThrowingCallable) () -> PortRegistry.byServiceName(null)),
        Arguments.of("status(1, null)", (ThrowingCallable) () -> PortRegistry.status(1, null)),
        Arguments.of(
            "unassigned(null, TCP)",
            (ThrowingCallable) () -> PortRegistry.unassigned(null, Protocol.TCP)),
        Arguments.of(
            "unassigned(USER, null)",
            (ThrowingCallable) () -> PortRegistry.unassigned(RangeClass.USER, null)),
        Arguments.of(
            "PortInfo.serviceNames(null)", (ThrowingCallable) () -> info.serviceNames(null)),
        Arguments.of("PortInfo.status(null)", (ThrowingCallable) () -> info.status(null)),
        Arguments.of(
            "ServiceRecord.appliesTo(null)",
            (ThrowingCallable) () -> info.records().get(0).appliesTo(null)),
        Arguments.of("RegistryDate.parse(null)", (ThrowingCallable) () -> RegistryDate.parse(null)),
        Arguments.of(
            "Protocol.fromRegistryName(null)",
            (ThrowingCallable) () -> Protocol.fromRegistryName(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void nullArgumentsThrowNullPointerExceptionWithAMessage(String call, ThrowingCallable code) {
    assertThatThrownBy(code)
        .isInstanceOf(NullPointerException.class)
        .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
  }

  @Test
  void serviceRecordRejectsNullComponentsNamingThem() {
    ServiceRecord r = PortRegistry.lookup(80).records().get(0);
    assertThatThrownBy(() -> with(r, r.protocol(), null, r.references()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("description");
    assertThatThrownBy(() -> with(r, r.protocol(), r.description(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("references");
  }

  @Test
  void nothingReturnsNullForAnyPort() {
    PortRegistry.all()
        .forEach(
            info -> {
              assertThat(info.status()).isNotNull();
              assertThat(info.range()).isNotNull();
              assertThat(info.protocols()).isNotEmpty();
              assertThat(info.serviceNames()).isNotNull().doesNotContainNull();
              assertThat(info.records()).isNotNull().doesNotContainNull();
              assertThat(info.removalDate()).isNotNull();
              assertThat(info.formerly()).isNotNull();
              for (Protocol p : Protocol.values()) {
                assertThat(info.status(p)).isNotNull();
                assertThat(info.serviceNames(p)).isNotNull();
              }
            });
    for (ServiceRecord r : PortRegistry.records()) {
      assertThat(r.references()).doesNotContainNull().doesNotContain("");
    }
  }

  // --- unmodifiable collections ------------------------------------------------------------

  static Stream<Arguments> returnedLists() {
    PortInfo http = PortRegistry.lookup(80);
    PortInfo free = PortRegistry.lookup(50000);
    return Stream.of(
        Arguments.of("lookup(80).records()", http.records()),
        Arguments.of("lookup(50000).records()", free.records()),
        Arguments.of("lookup(80).serviceNames()", http.serviceNames()),
        Arguments.of("lookup(50000).serviceNames()", free.serviceNames()),
        Arguments.of("lookup(80).serviceNames(TCP)", http.serviceNames(Protocol.TCP)),
        Arguments.of("lookup(80).serviceNames(DCCP)", http.serviceNames(Protocol.DCCP)),
        Arguments.of(
            "lookup(143).records()[0].references()",
            PortRegistry.lookup(143).records().get(0).references()),
        Arguments.of(
            "lookup(1).records()[0].references()",
            PortRegistry.lookup(1).records().get(0).references()),
        Arguments.of("byServiceName(\"http\")", PortRegistry.byServiceName("http")),
        Arguments.of("byServiceName(\"argus\")", PortRegistry.byServiceName("argus")),
        Arguments.of("byServiceName(unknown)", PortRegistry.byServiceName("no-such-service")),
        Arguments.of("PortRegistry.records()", PortRegistry.records()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("returnedLists")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void returnedListsRejectEveryMutation(String what, List list) {
    List<Object> before = new ArrayList<>(list);
    Object element = list.isEmpty() ? "x" : list.get(0);
    List<ThrowingCallable> mutations = new ArrayList<>(mutationsOf((Collection) list, element));
    mutations.add(() -> list.add(0, element));
    mutations.add(() -> list.set(0, element));
    mutations.add(() -> list.remove(0));
    // Reverses by identity: cheap on 14,499 records, and a modifiable list would change.
    mutations.add(
        () ->
            list.sort(
                (x, y) -> Integer.compare(System.identityHashCode(y), System.identityHashCode(x))));
    mutations.add(() -> list.replaceAll(x -> x));
    if (!list.isEmpty()) {
      mutations.add(() -> list.listIterator().add(element));
      mutations.add(
          () -> {
            var it = list.listIterator();
            it.next();
            it.set(element);
          });
      mutations.add(() -> list.subList(0, 1).clear());
    }
    assertRejected(what, mutations);
    assertThat(list).as(what + " after the attempts").isEqualTo(before);
  }

  static Stream<Arguments> returnedSets() {
    return Stream.of(
        Arguments.of("lookup(47).protocols()", PortRegistry.lookup(47).protocols()),
        Arguments.of("lookup(143).protocols()", PortRegistry.lookup(143).protocols()),
        Arguments.of("lookup(50000).protocols()", PortRegistry.lookup(50000).protocols()),
        Arguments.of(
            "lookup(22).records()[0].protocols()",
            PortRegistry.lookup(22).records().get(0).protocols()),
        Arguments.of(
            "lookup(252).records()[0].protocols()",
            PortRegistry.lookup(252).records().get(0).protocols()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("returnedSets")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void returnedSetsRejectEveryMutation(String what, Set set) {
    Set<Object> before = Set.copyOf(set);
    Object member = set.iterator().next();
    List<ThrowingCallable> mutations = new ArrayList<>(mutationsOf((Collection) set, member));
    mutations.add(() -> set.add(Protocol.DCCP));
    assertRejected(what, mutations);
    assertThat(set).as(what + " after the attempts").isEqualTo(before);
  }

  /** The Collection mutations, each aimed so that a modifiable collection would change. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<ThrowingCallable> mutationsOf(Collection c, Object member) {
    List<ThrowingCallable> mutations = new ArrayList<>();
    mutations.add(() -> c.add(member));
    mutations.add(() -> c.addAll(List.of(member)));
    mutations.add(() -> c.remove(member));
    mutations.add(() -> c.removeAll(List.of(member)));
    mutations.add(() -> c.retainAll(List.of()));
    mutations.add(() -> c.removeIf(x -> true));
    mutations.add(c::clear);
    if (!c.isEmpty()) {
      mutations.add(
          () -> {
            Iterator<?> it = c.iterator();
            it.next();
            it.remove();
          });
    }
    return mutations;
  }

  private static void assertRejected(String what, List<ThrowingCallable> mutations) {
    for (int i = 0; i < mutations.size(); i++) {
      assertThatThrownBy(mutations.get(i))
          .as("%s, mutation #%d", what, i)
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void serviceRecordCopiesItsReferences() {
    ServiceRecord r = PortRegistry.lookup(143).records().get(0);
    List<String> refs = new ArrayList<>(List.of("RFC1"));
    ServiceRecord copy = with(r, r.protocol(), r.description(), refs);
    refs.add("RFC2");
    assertThat(copy.references()).containsExactly("RFC1");
  }

  // --- identity and equality ---------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {0, 22, 80, 252, 1024, 29500, 49151, 49152, 65535})
  void lookupReturnsEqualValuesSharingTheSameLists(int port) {
    PortInfo first = PortRegistry.lookup(port);
    PortInfo again = PortRegistry.lookup(port);
    assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(again.records()).isSameAs(first.records());
    assertThat(again.serviceNames()).isSameAs(first.serviceNames());
    assertThat(PortRegistry.all().skip(port).findFirst()).contains(first);
  }

  /**
   * The records of a port are built once and shared by every {@link PortInfo} of it, and the class
   * promises thread safety: two threads that ask for a port's records for the first time at the
   * same moment must get the one list. This test loads fresh copies of the library, each in its own
   * class loader so that nothing has been built yet, and lets 8 threads ask for the records of
   * every port at once. Before the caches' miss path took a lock, every round on a 2-CPU machine
   * found dozens to hundreds of ports where a thread got another instance.
   */
  @Test
  void recordsAreTheSameInstanceEvenWhenThreadsRaceOnFirstUse() throws Exception {
    for (int round = 0; round < 3; round++) {
      assertThat(portsWithDifferentInstancesUnderRace())
          .as("round %d: ports whose racing first lookups returned different instances", round)
          .isEmpty();
    }
  }

  private static List<String> portsWithDifferentInstancesUnderRace() throws Exception {
    int threads = 8;
    // Child first: a URLClassLoader would hand back the initialized classes on the module path.
    IsolatedRegistry fresh = new IsolatedRegistry();
    Method lookupMethod =
        Class.forName(PortRegistry.class.getName(), true, fresh).getMethod("lookup", int.class);
    Method records = Class.forName(PortInfo.class.getName(), true, fresh).getMethod("records");
    records.invoke(lookupMethod.invoke(null, 0)); // loads the tables: the threads race on caches
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Object[]>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  Object[] seen = new Object[65536];
                  start.await();
                  for (int port = 1; port < 65536; port++) {
                    seen[port] = records.invoke(lookupMethod.invoke(null, port));
                  }
                  return seen;
                }));
      }
      List<Object[]> seen = new ArrayList<>();
      for (Future<Object[]> f : results) {
        seen.add(f.get(60, TimeUnit.SECONDS));
      }
      List<String> differing = new ArrayList<>();
      for (int port = 1; port < 65536; port++) {
        Object cached = records.invoke(lookupMethod.invoke(null, port));
        for (Object[] s : seen) {
          assertThat(s[port]).isEqualTo(cached);
          if (s[port] != cached) {
            differing.add("port " + port);
            break;
          }
        }
      }
      return differing;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void portInfoEqualityIsByContent() {
    PortInfo http = PortRegistry.lookup(80);
    PortInfo copy = new PortInfo(80, PortStatusTable.embeddedStatus()[80]);
    assertThat(copy).isNotSameAs(http).isEqualTo(http).hasSameHashCodeAs(http);
    assertThat(http).isEqualTo(copy);
    assertThat(http.toString()).isEqualTo(copy.toString());
    assertThat(http.describe()).isEqualTo(copy.describe());

    assertThat(http).isNotEqualTo(PortRegistry.lookup(81)).isNotEqualTo(null).isNotEqualTo("80");
    PortInfo otherStatus = new PortInfo(80, (byte) 0);
    assertThat(http).isNotEqualTo(otherStatus);
  }

  @Test
  void equalsAndHashCodeAgreeOnEveryPort() {
    // Unassigned dynamic ports have the same (empty) content but different port numbers.
    assertThat(PortRegistry.lookup(50000)).isNotEqualTo(PortRegistry.lookup(50001));
    PortRegistry.all()
        .forEach(
            info -> {
              PortInfo copy =
                  new PortInfo(info.port(), PortStatusTable.embeddedStatus()[info.port()]);
              assertThat(copy).as("port %d", info.port()).isEqualTo(info);
              assertThat(info).as("port %d", info.port()).isEqualTo(copy);
              assertThat(copy.hashCode()).as("port %d", info.port()).isEqualTo(info.hashCode());
            });
  }

  @Test
  void serviceRecordEqualityIsByEveryComponent() {
    ServiceRecord r = PortRegistry.lookup(143).records().get(0);
    ServiceRecord copy = with(r, r.protocol(), r.description(), new ArrayList<>(r.references()));
    assertThat(copy).isNotSameAs(r).isEqualTo(r).hasSameHashCodeAs(r);
    ServiceRecord otherProtocol =
        with(r, Optional.of(Protocol.UDP), r.description(), r.references());
    assertThat(otherProtocol).isNotEqualTo(r);
    assertThat(PortRegistry.lookup(143).records().get(1)).isNotEqualTo(r);
  }

  @Test
  void recordsReachedDifferentWaysAreEqual() {
    ServiceRecord viaPort = PortRegistry.lookup(80).records().get(0);
    ServiceRecord viaName = PortRegistry.byServiceName("http").get(0);
    assertThat(viaName).isEqualTo(viaPort).hasSameHashCodeAs(viaPort);
    assertThat(PortRegistry.records()).contains(viaPort);
  }

  // --- all() and records() -----------------------------------------------------------------

  @Test
  void allYieldsEveryPortInOrder() {
    List<PortInfo> all = PortRegistry.all().collect(Collectors.toList());
    assertThat(all).hasSize(65536);
    assertThat(all.stream().mapToInt(PortInfo::port).toArray())
        .isEqualTo(IntStream.rangeClosed(0, 65535).toArray());
    for (int port = 0; port < 65536; port += 257) {
      assertThat(all.get(port)).isEqualTo(PortRegistry.lookup(port));
    }
    assertThat(PortRegistry.all().count()).isEqualTo(65536);
  }

  @Test
  void allRecordsListBehavesAsAList() {
    List<ServiceRecord> records = PortRegistry.records();
    assertThat(records).hasSize(PortRegistry.version().recordCount());
    assertThat(records.get(0)).isSameAs(records.get(0));
    assertThat(List.copyOf(records)).isEqualTo(records).hasSameHashCodeAs(records);
    assertThatThrownBy(() -> records.get(records.size()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> records.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void versionIsStable() {
    assertThat(PortRegistry.version()).isSameAs(PortRegistry.version());
    assertThat(PortRegistry.version().sourceSha256()).matches("[0-9a-f]{64}");
  }

  /** {@code r} with these components, the others its own. */
  private static ServiceRecord with(
      ServiceRecord r, Optional<Protocol> protocol, String description, List<String> references) {
    return new ServiceRecord(
        r.serviceName(),
        r.ports(),
        protocol,
        r.kind(),
        description,
        r.assignee(),
        r.contact(),
        r.registrationDate(),
        r.modificationDate(),
        references,
        r.serviceCode(),
        r.unauthorizedUseReported(),
        r.assignmentNotes());
  }
}
