package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked facts of history, from the vendored files. Most are stated against real dates ("the
 * last snapshot before 2017-05-18"), so that they hold for a build from another registry file too;
 * those that name the 1992 snapshot assume the history starts there, as the default build's does.
 */
class HistoryKnownFactsTest {
  private static final List<RegistrySnapshot> SNAPSHOTS = PortRegistry.snapshots();

  /** The newest snapshot dated before {@code date}. */
  private static RegistrySnapshot lastBefore(String date) {
    RegistryDate d = RegistryDate.parse(date);
    RegistrySnapshot found = null;
    for (RegistrySnapshot s : SNAPSHOTS) {
      if (s.date().compareTo(d) < 0) {
        found = s;
      }
    }
    return found;
  }

  /** The oldest snapshot dated on or after {@code date}. */
  private static RegistrySnapshot firstFrom(String date) {
    RegistryDate d = RegistryDate.parse(date);
    for (RegistrySnapshot s : SNAPSHOTS) {
      if (s.date().compareTo(d) >= 0) {
        return s;
      }
    }
    throw new AssertionError("no snapshot from " + date);
  }

  private static RegistrySnapshot current() {
    return SNAPSHOTS.get(SNAPSHOTS.size() - 1);
  }

  private static HistoryPeriod period(
      Protocol protocol,
      Status status,
      List<String> names,
      String description,
      RegistrySnapshot first,
      RegistrySnapshot last) {
    return new HistoryPeriod(protocol, status, names, description, first, last);
  }

  private static void assumeFrom1992() {
    assumeTrue(
        SNAPSHOTS.get(0).date().equals(RegistryDate.of(1992, 7)),
        "this build's registry file predates or replaces the 1992 snapshot");
  }

  /** The default build: all 28 vendored files, two dates of them in two forms, one a date. */
  @Test
  void theDefaultBuildsHistoryIsEveryVendoredDateFrom1992() {
    VendoredSnapshot.assume();
    assertThat(SNAPSHOTS).hasSize(26);
    assertThat(SNAPSHOTS.get(0).date()).isEqualTo(RegistryDate.of(1992, 7));
    assertThat(SNAPSHOTS.get(0).form()).isEqualTo("rfc");
    assertThat(SNAPSHOTS.get(1).date()).isEqualTo(RegistryDate.of(1994, 10));
    assertThat(SNAPSHOTS)
        .filteredOn(s -> s.date().toString().equals("2015-10-08"))
        .singleElement()
        .satisfies(s -> assertThat(s.form()).isEqualTo("xml"));
    assertThat(SNAPSHOTS)
        .extracting(RegistrySnapshot::form)
        .containsSubsequence("rfc", "port-numbers", "xml", "csv", "xml");
  }

  @Test
  void snapshotsAreOldestFirstOneADateAndEndWithTheCurrentRegistry() {
    assertThat(SNAPSHOTS).isNotEmpty();
    for (int i = 1; i < SNAPSHOTS.size(); i++) {
      assertThat(SNAPSHOTS.get(i).date()).isGreaterThan(SNAPSHOTS.get(i - 1).date());
    }
    RegistryVersion version = PortRegistry.version();
    assertThat(current().is(version)).isTrue();
    assertThat(current().date()).isEqualTo(version.dataDate());
    assertThat(current().recordCount()).isEqualTo(version.recordCount());
    assertThat(current().sourceSha256()).isEqualTo(version.sourceSha256());
    assertThat(SNAPSHOTS)
        .extracting(RegistrySnapshot::form)
        .isSubsetOf("rfc", "port-numbers", "xml", "csv");
  }

  @Test
  void port47CarriedNiFtpUntil2017AndIsReservedSince() {
    for (Protocol p : List.of(Protocol.TCP, Protocol.UDP)) {
      assertThat(PortRegistry.lookup(47).history(p))
          .containsExactly(
              period(
                  p,
                  Status.ASSIGNED,
                  List.of("ni-ftp"),
                  "NI FTP",
                  SNAPSHOTS.get(0),
                  lastBefore("2017-05-18")),
              period(
                  p, Status.RESERVED, List.of(), "Reserved", firstFrom("2017-05-18"), current()));
    }
    assertThat(PortRegistry.lookup(47).formerly()).contains("ni-ftp");
  }

  @Test
  void port47WasNiFtpIn1992AndTheChangeCameOn2017May18() {
    assumeFrom1992();
    HistoryPeriod niFtp = PortRegistry.lookup(47).history(Protocol.TCP).get(0);
    assertThat(niFtp.firstSeen().date()).isEqualTo(RegistryDate.of(1992, 7));
    assertThat(niFtp.firstSeen().form()).isEqualTo("rfc");
    assertThat(niFtp.lastSeen().date()).isEqualTo(RegistryDate.parse("2017-05-17"));
    assertThat(PortRegistry.lookup(47).describe().lines().limit(5))
        .containsExactly(
            "Port 47",
            "Status: Reserved (removed from assignment May 18, 2017)",
            "Range: System Ports (0-1023)",
            "Protocols: TCP and UDP",
            "Service Name: None");
    assertThat(PortRegistry.lookup(47).describe())
        .contains(
            "  TCP and UDP: ni-ftp (NI FTP), July 1992 to May 17, 2017; Reserved since May 18,"
                + " 2017\n");
  }

  @Test
  void port61CarriedNiMail() {
    HistoryPeriod first = PortRegistry.lookup(61).history(Protocol.TCP).get(0);
    assertThat(first.status()).isEqualTo(Status.ASSIGNED);
    assertThat(first.serviceNames()).containsExactly("ni-mail");
    assertThat(first.firstSeen()).isEqualTo(SNAPSHOTS.get(0));
    assertThat(PortRegistry.lookup(61).formerly()).contains("ni-mail");
  }

  @Test
  void port252HasBeenReservedThroughoutAndNeverCarriedAService() {
    PortInfo info = PortRegistry.lookup(252);
    for (Protocol p : List.of(Protocol.TCP, Protocol.UDP)) {
      assertThat(info.history(p))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo(Status.RESERVED);
                assertThat(r.firstSeen()).isEqualTo(SNAPSHOTS.get(0));
                assertThat(r.isCurrent()).isTrue();
              });
    }
    assertThat(info.history())
        .allSatisfy(
            r -> {
              assertThat(r.status()).isNotEqualTo(Status.ASSIGNED);
              assertThat(r.serviceNames()).isEmpty();
            });
    assertThat(info.formerly()).isEmpty();
  }

  @Test
  void port2WasCompressnetUntilTheLastSnapshotOf2024ThenReserved() {
    PortInfo info = PortRegistry.lookup(2);
    for (Protocol p : List.of(Protocol.TCP, Protocol.UDP)) {
      List<HistoryPeriod> h = info.history(p);
      assertThat(h).hasSize(2);
      assertThat(h.get(0).serviceNames()).containsExactly("compressnet");
      assertThat(h.get(0).description()).isEqualTo("Management Utility");
      assertThat(h.get(0).firstSeen()).isEqualTo(SNAPSHOTS.get(0));
      assertThat(h.get(0).lastSeen().date()).isEqualTo(RegistryDate.parse("2024-12-20"));
      assertThat(h.get(1).status()).isEqualTo(Status.RESERVED);
      assertThat(h.get(1).isCurrent()).isTrue();
      // The note dates the removal between the two snapshots that bound the change.
      RegistryDate removed = info.removalDate().orElseThrow();
      assertThat(removed).isEqualTo(RegistryDate.parse("2025-02-13"));
      assertThat(removed).isGreaterThan(h.get(0).lastSeen().date());
      assertThat(removed).isLessThanOrEqualTo(h.get(1).firstSeen().date());
    }
  }

  @Test
  void port80sAliasesAreOneState() {
    HistoryPeriod now =
        PortRegistry.lookup(80).history(Protocol.TCP).stream()
            .filter(HistoryPeriod::isCurrent)
            .findFirst()
            .orElseThrow();
    assertThat(now.serviceNames()).containsExactly("http", "www", "www-http");
    assertThat(now.description()).isEqualTo("World Wide Web HTTP");
    assertThat(PortRegistry.lookup(80).formerly()).isEmpty();
  }

  @Test
  void port3283WasNamedWithSpacesAndCapitalsUntil2024() {
    PortInfo info = PortRegistry.lookup(3283);
    assertThat(info.formerly()).contains("Apple Remote Desktop (Net Assistant)");
    assertThat(info.history(Protocol.TCP))
        .filteredOn(p -> p.serviceNames().equals(List.of("Apple Remote Desktop (Net Assistant)")))
        .singleElement()
        .satisfies(
            p -> assertThat(p.lastSeen().date()).isEqualTo(RegistryDate.parse("2024-12-20")));
    assertThat(info.history(Protocol.TCP).get(info.history(Protocol.TCP).size() - 1).serviceNames())
        .containsExactly("net-assistant");
  }

  /** Ceph's port: registered 2015-06-29, never assigned by any earlier snapshot. */
  @Test
  void port3300WasFirstAssignedAfter2013() {
    List<HistoryPeriod> h = PortRegistry.lookup(3300).history(Protocol.TCP);
    assertThat(h).hasSize(2);
    assertThat(h.get(0).status()).isEqualTo(Status.UNASSIGNED);
    assertThat(h.get(0).firstSeen()).isEqualTo(SNAPSHOTS.get(0));
    assertThat(h.get(0).serviceNames()).isEmpty();
    assertThat(h.get(1).serviceNames()).containsExactly("ceph");
    assertThat(h.get(1).firstSeen()).isEqualTo(firstFrom("2015-06-29"));
    assertThat(h.get(1).isCurrent()).isTrue();
  }

  /** RFC 6335's clean-up renamed 6068/tcp from gsmp to gsmp-ancp (GSMP/ANCP, RFC 6320). */
  @Test
  void port6068WasRenamedInTheRfc6335CleanUp() {
    assumeFrom1992();
    List<HistoryPeriod> h = PortRegistry.lookup(6068).history(Protocol.TCP);
    HistoryPeriod gsmp =
        h.stream().filter(p -> p.serviceNames().equals(List.of("gsmp"))).findFirst().orElseThrow();
    HistoryPeriod ancp = h.get(h.indexOf(gsmp) + 1);
    assertThat(gsmp.lastSeen().date()).isEqualTo(RegistryDate.parse("2009-10-07"));
    assertThat(ancp.serviceNames()).containsExactly("gsmp-ancp");
    assertThat(ancp.firstSeen().date()).isEqualTo(RegistryDate.parse("2013-02-18"));
    assertThat(PortRegistry.lookup(6068).formerly()).contains("gsmp");
  }

  @Test
  void aPortNoSnapshotCoversHasOneUnassignedPeriodAProtocol() {
    assertThat(PortRegistry.lookup(65000).history())
        .hasSize(4)
        .allSatisfy(
            p -> {
              assertThat(p.status()).isEqualTo(Status.UNASSIGNED);
              assertThat(p.firstSeen()).isEqualTo(SNAPSHOTS.get(0));
              assertThat(p.isCurrent()).isTrue();
            })
        .extracting(HistoryPeriod::protocol)
        .containsExactly(Protocol.values());
  }

  @Test
  void historyIsBuiltOnceAPort() {
    assertThat(PortRegistry.lookup(47).history()).isSameAs(PortRegistry.lookup(47).history());
  }
}
