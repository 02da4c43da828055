package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link PortRegistry#candidatePorts} and {@link BrowserPorts}: the data side of choosing a port.
 */
class PortAdvisorTest {

  @Test
  void candidatesAreUnassignedOnEveryProtocolAskedForInEveryRangeAndSubset() {
    Protocol[] all = Protocol.values();
    for (int subset = 1; subset < 16; subset++) {
      Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
      for (Protocol p : all) {
        if ((subset & 1 << p.ordinal()) != 0) {
          protocols.add(p);
        }
      }
      for (RangeClass range : RangeClass.values()) {
        int[] expected =
            IntStream.rangeClosed(range.first(), range.last())
                .filter(port -> port != 0)
                .filter(
                    port ->
                        protocols.stream()
                            .allMatch(p -> PortRegistry.status(port, p) == Status.UNASSIGNED))
                .toArray();
        assertThat(PortRegistry.candidatePorts(range, protocols).toArray())
            .as("%s %s", range, protocols)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void portZeroIsNeverACandidateThoughTheRegistryLeavesItUnassignedOnSctp() {
    assertThat(PortRegistry.status(0, Protocol.SCTP)).isEqualTo(Status.UNASSIGNED);
    assertThat(PortRegistry.unassigned(RangeClass.SYSTEM, Protocol.SCTP).findFirst()).hasValue(0);
    assertThat(
            PortRegistry.candidatePorts(RangeClass.SYSTEM, EnumSet.allOf(Protocol.class))
                .findFirst()
                .orElseThrow())
        .isPositive();
    assertThat(PortRegistry.candidatePorts(RangeClass.SYSTEM, EnumSet.of(Protocol.SCTP)))
        .doesNotContain(0);
  }

  @Test
  void tcpAndUdpTogetherIsTheIntersection() {
    Set<Integer> both =
        PortRegistry.candidatePorts(RangeClass.USER, EnumSet.of(Protocol.TCP, Protocol.UDP))
            .boxed()
            .collect(java.util.stream.Collectors.toSet());
    assertThat(both)
        .isNotEmpty()
        .allSatisfy(
            port -> {
              assertThat(PortRegistry.status(port, Protocol.TCP)).isEqualTo(Status.UNASSIGNED);
              assertThat(PortRegistry.status(port, Protocol.UDP)).isEqualTo(Status.UNASSIGNED);
            });
    assertThat(both.size())
        .isLessThanOrEqualTo(
            (int) PortRegistry.candidatePorts(RangeClass.USER, EnumSet.of(Protocol.TCP)).count());
  }

  @Test
  void candidatesRejectAnEmptyOrNullProtocolSet() {
    assertThatThrownBy(
            () -> PortRegistry.candidatePorts(RangeClass.USER, EnumSet.noneOf(Protocol.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("protocols is empty");
    assertThatThrownBy(() -> PortRegistry.candidatePorts(null, Set.of(Protocol.TCP)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PortRegistry.candidatePorts(RangeClass.USER, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theFetchStandardsBadPorts() {
    assertThat(BrowserPorts.blocked()).hasSize(83).isSorted().doesNotHaveDuplicates();
    assertThat(BrowserPorts.blocked()).startsWith(0, 1, 7).endsWith(6697, 10080);
    assertThat(BrowserPorts.blocked()).contains(22, 25, 587, 2049, 4190, 6000, 6665, 6669, 6679);
    assertThat(IntStream.rangeClosed(0, 65535).filter(BrowserPorts::isBlocked).boxed())
        .containsExactlyElementsOf(BrowserPorts.blocked());
    assertThat(BrowserPorts.isAllowed(80)).isTrue();
    assertThat(BrowserPorts.isAllowed(8080)).isTrue();
    assertThat(BrowserPorts.isAllowed(6666)).isFalse();
    assertThatThrownBy(() -> BrowserPorts.isBlocked(65536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65536");
    assertThatThrownBy(() -> BrowserPorts.blocked().add(1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mostBadPortsAreTheRegistrysOwnAssignmentsOfTheProtocolsTheyProtect() {
    // The Standard names each port by the protocol it protects; the registry agrees on these.
    assertThat(PortRegistry.lookup(6000).serviceNames()).contains("x11");
    assertThat(PortRegistry.lookup(25).serviceNames()).contains("smtp");
    assertThat(PortRegistry.lookup(4190).serviceNames()).contains("sieve");
    assertThat(PortRegistry.lookup(10080).serviceNames()).contains("amanda");
  }
}
