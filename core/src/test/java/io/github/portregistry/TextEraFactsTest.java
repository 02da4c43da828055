package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.SnapshotManifest;
import io.github.portregistry.data.TableWriter;
import io.github.portregistry.trust.IsolatedRegistry;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Facts of the registry before 2011, read by hand from the vendored RFC and port-numbers files and
 * checked through the public API of a library built from each file (compiled here with the real
 * generator, served to a fresh copy of the library in its own class loader). The line where each
 * fact stands is in its comment, so that a reader can check it in the file.
 */
class TextEraFactsTest {
  private static final Path HISTORY =
      Path.of(
          System.getProperty("registry.history.dir", "../registry-data/src/main/registry/history"));
  private static final Map<String, IsolatedRegistry> BUILT = new HashMap<>();

  /** The library as built from one vendored file, dated with the manifest as the build dates it. */
  private static synchronized IsolatedRegistry builtFrom(String file) throws IOException {
    IsolatedRegistry built = BUILT.get(file);
    if (built == null) {
      Path manifest = HISTORY.resolve(SnapshotManifest.FILE_NAME);
      NormalizedRegistry registry =
          NormalizedRegistry.read(
              file,
              Files.readAllBytes(HISTORY.resolve(file)),
              SnapshotManifest.parse(manifest.toString(), Files.readAllBytes(manifest)));
      built = new IsolatedRegistry(CompiledResources.of(TableWriter.compile(registry)));
      BUILT.put(file, built);
    }
    return built;
  }

  private static Object lookup(String file, int port) throws IOException {
    return builtFrom(file).call("lookup", new Class<?>[] {int.class}, port);
  }

  /** A method of an object from the isolated copy of the library. */
  private static Object invoke(IsolatedRegistry built, Object target, String method, String tcp) {
    try {
      if (tcp == null) {
        return target.getClass().getMethod(method).invoke(target);
      }
      Object protocol = built.constant("Protocol", tcp.toUpperCase(Locale.ROOT));
      return target.getClass().getMethod(method, protocol.getClass()).invoke(target, protocol);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(method, e);
    }
  }

  private static List<String> names(String file, int port, String protocol) throws IOException {
    List<?> names = (List<?>) invoke(builtFrom(file), lookup(file, port), "serviceNames", protocol);
    return names.stream().map(String.class::cast).toList();
  }

  private static String status(String file, int port, String protocol) throws IOException {
    return invoke(builtFrom(file), lookup(file, port), "status", protocol).toString();
  }

  private static List<String> records(String file, int port) throws IOException {
    List<?> records = (List<?>) invoke(builtFrom(file), lookup(file, port), "records", null);
    return records.stream().map(Object::toString).toList();
  }

  /** RFC 1340 line 95, RFC 1700 line 1082, and the same line in every port-numbers file. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1992-07-01.txt",
        "1994-10-01.txt",
        "2004-01-08.txt",
        "2005-08-18.txt",
        "2006-11-13.txt",
        "2007-12-18.txt",
        "2009-10-07.txt"
      })
  void port47IsNiFtpInEveryTextEdition(String file) throws IOException {
    assertThat(names(file, 47, "tcp")).containsExactly("ni-ftp");
    assertThat(status(file, 47, "tcp")).isEqualTo("ASSIGNED");
    assertThat(records(file, 47))
        .anySatisfy(r -> assertThat(r).contains("serviceName=ni-ftp,", "description=NI FTP,"));
  }

  /**
   * 252: {@code 247-255 Reserved} in RFC 1340 (line 458, no protocol) and RFC 1700 (line 1684, a
   * {@code #} line); {@code # 249-255 Reserved} in every port-numbers file (2009: line 756).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1992-07-01.txt",
        "1994-10-01.txt",
        "2004-01-08.txt",
        "2005-08-18.txt",
        "2006-11-13.txt",
        "2007-12-18.txt",
        "2009-10-07.txt"
      })
  void port252IsInAReservedRangeOnEveryProtocol(String file) throws IOException {
    String range = file.startsWith("199") ? "247-255" : "249-255";
    for (String protocol : List.of("tcp", "udp", "sctp", "dccp")) {
      assertThat(status(file, 252, protocol)).as(protocol).isEqualTo("RESERVED");
    }
    assertThat(records(file, 252))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .contains("serviceName=,", "description=Reserved,")
                    .contains("ports=Optional[" + range + "],"));
  }

  /** 2009-10-07 lines 304-311: three names on 80/tcp, http alone on 80/sctp. */
  @Test
  void port80HasThreeNamesIn2009() throws IOException {
    String file = "2009-10-07.txt";
    assertThat(names(file, 80, "tcp")).containsExactly("http", "www", "www-http");
    assertThat(names(file, 80, "sctp")).containsExactly("http");
    assertThat(names(file, 80, "dccp")).isEmpty();
    // RFC 1700 line 1191: the one name 80 had in 1994.
    assertThat(names("1994-10-01.txt", 80, "tcp")).containsExactly("www-http");
  }

  /**
   * The RFC 6335 clean-up (2011) replaced underscores and retired names: 10003 is {@code
   * documentum_s} in 2009 (line 14934) and {@code documentum-s}, with the old name kept as an
   * alias, in the CSV of 2014-07-09; 497 is {@code dantz} in 2004 and 2009 and {@code retrospect}
   * in 2014.
   */
  @Test
  void namesTheRfc6335CleanUpReplaced() throws IOException {
    assertThat(names("2009-10-07.txt", 10003, "tcp")).containsExactly("documentum_s");
    assertThat(names("2014-07-09.csv", 10003, "tcp"))
        .containsExactly("documentum-s", "documentum_s");
    assertThat(names("2004-01-08.txt", 497, "tcp")).containsExactly("dantz");
    assertThat(names("2009-10-07.txt", 497, "tcp")).containsExactly("dantz");
    assertThat(names("2014-07-09.csv", 497, "tcp")).containsExactly("retrospect");
  }

  /** What the old forms wrote that later ones do not: a name with a space, wrapped prose. */
  @Test
  void oldFormsKeepTheirOwnWriting() throws IOException {
    // RFC 1700 line 2307: a service name with a space.
    assertThat(names("1994-10-01.txt", 1355, "tcp")).containsExactly("intuitive edge");
    // RFC 1340 lines 474-476: one description wrapped over three lines.
    assertThat(records("1992-07-01.txt", 512))
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains(
                        "serviceName=exec,",
                        "description=remote process execution; authentication performed using"
                            + " passwords and UNIX loppgin names,"));
    // 2005-08-18 line 12695, Windows-1252: the byte 0x96 is an en dash.
    assertThat(records("2005-08-18.txt", 12007))
        .anySatisfy(
            r -> assertThat(r).contains("description=Accuracer Database System \u2013 Server,"));
    // 2009-10-07 lines 94-101: Jon Postel's comment line is the contact of discard on tcp and udp.
    assertThat(records("2009-10-07.txt", 9))
        .filteredOn(r -> r.contains("protocol=Optional[TCP]"))
        .singleElement()
        .satisfies(r -> assertThat(r).contains("contact=Jon Postel <postel&isi.edu>,"));
  }

  /** The data date: RFC month from the page headers, the extract's from the manifest. */
  @Test
  void eachEditionIsDatedAsItSaysOrAsTheManifestSays() throws IOException {
    assertThat(builtFrom("1992-07-01.txt").call("version", new Class<?>[0]).toString())
        .contains("dataDate=1992-07,");
    assertThat(builtFrom("1994-10-01.txt").call("version", new Class<?>[0]).toString())
        .contains("dataDate=1994-10,");
    assertThat(builtFrom("2005-08-18.txt").call("version", new Class<?>[0]).toString())
        .contains("dataDate=2005-08-18,");
  }
}
