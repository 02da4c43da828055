package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole {@link PortInfo#describe()} pages, read and checked by a person against the CSV rows of
 * each port: one port for each kind of line the page can have.
 */
class DescribePageTest {
  /**
   * The page up to its History section, which grows with every snapshot vendored and is checked on
   * its own ({@link #everyPageEndsWithAHistoryOfAllFourProtocols}, {@code HistoryKnownFactsTest}).
   */
  private static String beforeHistory(String page) {
    int history = page.indexOf("History:\n");
    assertThat(history).as("History section").isPositive();
    return page.substring(0, history);
  }

  @Test
  void everyPageEndsWithAHistoryOfAllFourProtocols() {
    for (int port : new int[] {9, 47, 63, 79, 143, 1407, 3980, 49152}) {
      PortInfo info = PortRegistry.lookup(port);
      String history = info.describe().substring(info.describe().indexOf("History:\n"));
      String[] lines = history.split("\n");
      StringBuilder protocols = new StringBuilder();
      for (int i = 1; i < lines.length; i++) {
        assertThat(lines[i]).startsWith("  ").contains(": ");
        protocols.append(lines[i], 2, lines[i].indexOf(": ")).append(' ');
      }
      for (Protocol p : Protocol.values()) {
        assertThat(protocols.toString()).as("port %d", port).containsOnlyOnce(p.name());
      }
      String last =
          info.history().get(info.history().size() - 1).firstSeen().date().toDisplayString();
      assertThat(history).as("port %d", port).contains("since " + last);
    }
  }

  @BeforeAll
  static void onlyForTheVendoredSnapshot() {
    VendoredSnapshot.assume();
  }

  /** Port 143: assigned on TCP only, reserved on UDP; plural and single references. */
  @Test
  void port143() {
    assertThat(beforeHistory(PortRegistry.lookup(143).describe()))
        .isEqualTo(
            """
        Port 143
        Status: Assigned
        Range: System Ports (0-1023)
        Protocol: TCP
        Service Name: imap
        Formerly: imap2
        References: RFC3501, RFC9051
        Last modified: February 22, 2021
        Records:
          - imap, 143/tcp: Internet Message Access Protocol
            Assignee: [IESG]
            Contact: IETF Chair
            Modified: February 22, 2021
            References: RFC3501, RFC9051
          - 143/udp: Reserved
            Modified: February 22, 2021
            Reference: RFC9051
        """);
  }

  /**
   * Port 3980: reserved after removal, with the former service and a month-precision registration.
   */
  @Test
  void port3980() {
    assertThat(beforeHistory(PortRegistry.lookup(3980).describe()))
        .isEqualTo(
            """
        Port 3980
        Status: Reserved (removed from assignment December 29, 2020)
        Range: User Ports (1024-49151)
        Protocols: TCP and UDP
        Service Name: None
        Formerly: acms
        Last modified: December 29, 2020
        Records:
          - 3980/tcp: Reserved
            Registered: June 2006
            Modified: December 29, 2020
            Notes: Historic usage was acms. De-Assigned on 2020-12-29
          - 3980/udp: Reserved
        """);
  }

  /** Port 1407: assigned, with a removal on another protocol. */
  @Test
  void port1407() {
    assertThat(beforeHistory(PortRegistry.lookup(1407).describe()))
        .isEqualTo(
            """
        Port 1407
        Status: Assigned
        Range: User Ports (1024-49151)
        Protocol: TCP
        Service Name: tibet-server
        Removed from assignment on some records: June 16, 2015
        Formerly: dbsa-lm
        Records:
          - tibet-server, 1407/tcp: TIBET Data Server
            Assignee: [Technical_Pursuit_Inc]
            Contact: Scott Shattuck
            Registered: June 16, 2015
            Notes: This port has been retasked on 2015-06-16.
          - 1407/udp: Reserved
            Notes: This port has been removed on 2015-06-16.
        """);
  }

  /** Port 9: four protocols, a service code. */
  @Test
  void port9() {
    assertThat(beforeHistory(PortRegistry.lookup(9).describe()))
        .isEqualTo(
            """
        Port 9
        Status: Assigned
        Range: System Ports (0-1023)
        Protocols: TCP, UDP, SCTP and DCCP
        Service Name: discard
        References: RFC9260, RFC4340
        Last modified: February 7, 2022
        Records:
          - discard, 9/tcp: Discard
            Assignee: Jon Postel
            Contact: Jon Postel
          - discard, 9/udp: Discard
            Assignee: Jon Postel
            Contact: Jon Postel
          - discard, 9/sctp: Discard
            Assignee: Randall Stewart
            Contact: Randall Stewart
            Modified: February 7, 2022
            Reference: RFC9260
          - discard, 9/dccp: Discard
            Assignee: Eddie Kohler
            Contact: Eddie Kohler
            Reference: RFC4340
            Service code: 1145656131
        """);
  }

  /** Port 79: unauthorized use reported. */
  @Test
  void port79() {
    assertThat(beforeHistory(PortRegistry.lookup(79).describe()))
        .isEqualTo(
            """
        Port 79
        Status: Assigned
        Range: System Ports (0-1023)
        Protocols: TCP and UDP
        Service Name: finger
        Records:
          - finger, 79/tcp: Finger
            Assignee: David Zimmerman
            Contact: David Zimmerman
            Unauthorized use reported: Unauthorized use by some mail users (see [RFC4146] for details)
          - finger, 79/udp: Finger
            Assignee: David Zimmerman
            Contact: David Zimmerman
            Unauthorized use reported: Unauthorized use by some mail users (see [RFC4146] for details)
        """);
  }

  /** Port 63: two names, multi-line description and notes. */
  @Test
  void port63() {
    assertThat(beforeHistory(PortRegistry.lookup(63).describe()))
        .isEqualTo(
            """
        Port 63
        Status: Assigned
        Range: System Ports (0-1023)
        Protocols: TCP and UDP
        Service Names: whoispp, whois++
        Formerly: via-ftp
        Records:
          - whoispp, 63/tcp: whois++
              IANA assigned this well-formed service name as a replacement for "whois++".
            Assignee: Rickard Schoultz
            Contact: Rickard Schoultz
          - whois++, 63/tcp: whois++
            Assignee: Rickard Schoultz
            Contact: Rickard Schoultz
            Notes: This entry is an alias to "whoispp".
              This entry is now historic, not usable for use with many
              common service discovery mechanisms.
          - whoispp, 63/udp: whois++
              IANA assigned this well-formed service name as a replacement for "whois++".
            Assignee: Rickard Schoultz
            Contact: Rickard Schoultz
          - whois++, 63/udp: whois++
            Assignee: Rickard Schoultz
            Contact: Rickard Schoultz
            Notes: This entry is an alias to "whoispp".
              This entry is now historic, not usable for use with many
              common service discovery mechanisms.
        """);
  }

  /** Port 49152: no records at all. */
  @Test
  void port49152() {
    assertThat(beforeHistory(PortRegistry.lookup(49152).describe()))
        .isEqualTo(
            """
        Port 49152
        Status: Unassigned
        Range: Dynamic and/or Private Ports (49152-65535)
        Protocols: TCP, UDP, SCTP and DCCP
        Service Name: None
        """);
  }

  @Test
  void toStringIsAOneLineSummary() {
    assertThat(PortRegistry.lookup(80))
        .hasToString("PortInfo[80 Assigned TCP, UDP, SCTP: http, www, www-http]");
    assertThat(PortRegistry.lookup(47))
        .hasToString("PortInfo[47 Reserved TCP, UDP, removed 2017-05-18]");
    assertThat(PortRegistry.lookup(49152))
        .hasToString("PortInfo[49152 Unassigned TCP, UDP, SCTP, DCCP]");
  }

  /** Hash codes depend on the port and the content, so ports spread over hash buckets. */
  @Test
  void hashCodesTellPortsApart() {
    long distinct = PortRegistry.all().mapToInt(PortInfo::hashCode).distinct().count();
    assertThat(distinct).isGreaterThan(65_000);
  }
}
