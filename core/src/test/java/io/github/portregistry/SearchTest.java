package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PortRegistry#search} against a plain reading of every record with regular expressions, and
 * {@link PortRegistry#similarServiceNames} against the registry's names.
 */
class SearchTest {

  @Test
  void postgresFindsPostgresqlOn5432First() {
    List<ServiceRecord> hits = PortRegistry.search("postgres");
    assertThat(hits.subList(0, 2))
        .extracting(ServiceRecord::serviceName, r -> r.ports().orElseThrow().first())
        .containsOnly(org.assertj.core.groups.Tuple.tuple("postgresql", 5432));
  }

  @Test
  void dhcpFindsTheDhcpv6PortsAsNamePrefixesBeforeAnyWordOrSubstringMatch() {
    List<ServiceRecord> hits = PortRegistry.search("DHCP");
    List<Integer> ports =
        hits.stream()
            .map(r -> r.ports().map(PortRange::first).orElse(-1))
            .collect(Collectors.toList());
    assertThat(ports).contains(546, 547);
    int lastPrefix = Math.max(ports.lastIndexOf(546), ports.lastIndexOf(547));
    assertThat(hits.subList(0, lastPrefix + 1))
        .allSatisfy(r -> assertThat(r.serviceName()).startsWithIgnoringCase("dhcp"));
  }

  static Stream<String> queries() {
    List<String> queries =
        new ArrayList<>(
            List.of(
                "postgres",
                "dhcp",
                "HTTP",
                "ssh",
                "domain",
                "secure shell",
                "x11",
                "kerberos",
                "reserved",
                "tcp",
                "a",
                "-",
                "[",
                "ntp",
                "  Sip  ",
                "zz-no-such-text-qq",
                "Domain Name Server",
                "(",
                ".",
                "ssh\u0000",
                "\u0000",
                "e",
                "http-alt"));
    // and the name of every 997th record: names people copy from a listing
    List<ServiceRecord> all = PortRegistry.records();
    for (int i = 0; i < all.size(); i += 997) {
      if (!all.get(i).serviceName().isEmpty()) {
        queries.add(all.get(i).serviceName());
      }
    }
    return queries.stream();
  }

  @ParameterizedTest
  @MethodSource("queries")
  void agreesWithAPlainReadingOfEveryRecord(String query) {
    assertThat(PortRegistry.search(query)).isEqualTo(naiveSearch(query));
  }

  /** Rank by regular expressions, then a stable sort: registry order within a rank. */
  private static List<ServiceRecord> naiveSearch(String query) {
    String q = query.strip();
    Pattern word =
        Pattern.compile(
            "(?<![\\p{L}\\p{Nd}])" + Pattern.quote(q) + "(?![\\p{L}\\p{Nd}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Pattern anywhere =
        Pattern.compile(Pattern.quote(q), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<ServiceRecord> all = PortRegistry.records();
    List<int[]> ranked = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ServiceRecord r = all.get(i);
      String name = r.serviceName();
      int rank;
      if (!name.isEmpty() && name.equalsIgnoreCase(q)) {
        rank = 0;
      } else if (!name.isEmpty() && name.regionMatches(true, 0, q, 0, q.length())) {
        rank = 1;
      } else if (word.matcher(name).find() || word.matcher(r.description()).find()) {
        rank = 2;
      } else if (anywhere.matcher(name).find() || anywhere.matcher(r.description()).find()) {
        rank = 3;
      } else {
        continue;
      }
      ranked.add(new int[] {rank, i});
    }
    ranked.sort(Comparator.comparingInt(a -> a[0]));
    return ranked.stream().map(a -> all.get(a[1])).collect(Collectors.toList());
  }

  @Test
  void everyRecordIsFoundByItsOwnNameAsAnExactMatch() {
    List<ServiceRecord> all = PortRegistry.records();
    IntStream.range(0, all.size())
        .filter(i -> i % 50 == 0 && !all.get(i).serviceName().isEmpty())
        .forEach(
            i -> {
              ServiceRecord r = all.get(i);
              List<ServiceRecord> hits =
                  PortRegistry.search(r.serviceName().toUpperCase(Locale.ROOT));
              assertThat(hits.subList(0, PortRegistry.byServiceName(r.serviceName()).size()))
                  .isEqualTo(PortRegistry.byServiceName(r.serviceName()));
            });
  }

  @Test
  void resultsAreUnmodifiableAndTheSameOnEveryCall() {
    List<ServiceRecord> hits = PortRegistry.search("echo");
    assertThat(PortRegistry.search("echo")).isEqualTo(hits);
    assertThatThrownBy(() -> hits.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> hits.get(hits.size())).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(PortRegistry.search("zz-no-such-text-qq")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void aBlankQueryIsRejectedByName(String blank) {
    assertThatThrownBy(() -> PortRegistry.search(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("search text \"" + blank + "\" is blank");
    assertThatThrownBy(() -> PortRegistry.search(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void similarNamesPutTheNameThatExtendsTheQueryFirst() {
    assertThat(PortRegistry.similarServiceNames("postgres", 3)).startsWith("postgresql");
    assertThat(PortRegistry.similarServiceNames("shh", 5)).contains("ssh");
    assertThat(PortRegistry.similarServiceNames("dhcp", 5))
        .contains("dhcpv6-client", "dhcpv6-server");
    assertThat(PortRegistry.similarServiceNames("DHCP", 5))
        .isEqualTo(PortRegistry.similarServiceNames("dhcp", 5));
  }

  @Test
  void similarNamesAreRegisteredNeverTheQueryAndAtMostTheLimit() {
    for (String q : List.of("http", "ssh", "dns", "imap", "kerberos", "x", "ftps", "sunrpc")) {
      List<String> similar = PortRegistry.similarServiceNames(q, 4);
      assertThat(similar).hasSizeLessThanOrEqualTo(4).doesNotHaveDuplicates();
      for (String name : similar) {
        assertThat(name).isNotEqualToIgnoringCase(q);
        assertThat(PortRegistry.byServiceName(name)).isNotEmpty();
        assertThat(
                name.toLowerCase(Locale.ROOT).startsWith(q)
                    || q.startsWith(name.toLowerCase(Locale.ROOT))
                    || Search.distance(q, name.toLowerCase(Locale.ROOT), 2) <= 2)
            .as(name)
            .isTrue();
      }
    }
    assertThat(PortRegistry.similarServiceNames("http", 0)).isEmpty();
    assertThat(PortRegistry.similarServiceNames("q".repeat(100_000), 5)).isEmpty();
    assertThat(PortRegistry.similarServiceNames("http" + "x".repeat(100_000), 1))
        .containsExactly("http");
    assertThatThrownBy(() -> PortRegistry.similarServiceNames("http", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void editDistanceIsLevenshteinCutAtTheLimit() {
    assertThat(Search.distance("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(Search.distance("kitten", "sitting", 2)).isEqualTo(3);
    assertThat(Search.distance("ssh", "shh", 2)).isEqualTo(1);
    assertThat(Search.distance("", "abc", 3)).isEqualTo(3);
    assertThat(Search.distance("abc", "abc", 0)).isZero();
    assertThat(Search.distance("a", "abcdef", 2)).isEqualTo(3);
  }
}
