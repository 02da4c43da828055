package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.RecordKind;
import io.github.portregistry.data.RegistryRecord;
import io.github.portregistry.data.TableWriter;
import io.github.portregistry.trust.IsolatedRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A jar never answers from tables of two builds, and a table it cannot read fails the first call
 * that needs it with a message saying what happened (issue 11, "The tables (run time)").
 *
 * <p>Build A is the vendored registry; build B is the same registry with one more record, 60000/tcp
 * assigned to "mixed-test": the status table of B says 60000 is assigned, the records of A say no
 * record covers it. Before build ids, a jar with B's status.bin and A's registry.bin answered
 * {@code status(60000)} ASSIGNED and reported B's version.
 */
class MixedTablesTest {
  private static final String STATUS = "io/github/portregistry/internal/status.bin";
  private static final String RECORDS = "io/github/portregistry/internal/registry.bin";
  private static final Class<?>[] INT = {int.class};

  private static TableWriter.Tables buildA;
  private static TableWriter.Tables buildB;

  @BeforeAll
  static void compileTwoBuilds() throws IOException {
    Path path = Path.of(System.getProperty("registry.file"));
    NormalizedRegistry a = NormalizedRegistry.read(path.toString(), Files.readAllBytes(path));
    List<RegistryRecord> records = new ArrayList<>(a.records());
    records.add(
        new RegistryRecord(
            records.get(records.size() - 1).line() + 1,
            "mixed-test",
            60000,
            60000,
            "tcp",
            RecordKind.ASSIGNED,
            "a record only build B has",
            "",
            "",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            "",
            "",
            "",
            Optional.empty(),
            ""));
    NormalizedRegistry b =
        new NormalizedRegistry(
            a.fileName(), a.form(), a.dataDate(), a.sha256(), records, a.people());
    buildA = TableWriter.compile(a);
    buildB = TableWriter.compile(b);
  }

  @Test
  void eachBuildAloneAnswersFromItsOwnTables() {
    assertThat(buildA.buildId()).isNotEqualTo(buildB.buildId());
    IsolatedRegistry b = isolated(buildB.status(), buildB.records());
    assertThat(b.call("status", INT, 60000)).hasToString("ASSIGNED");
    IsolatedRegistry a = isolated(buildA.status(), buildA.records());
    assertThat(a.call("status", INT, 60000)).hasToString("UNASSIGNED");
  }

  @Test
  void statusOfOneBuildWithRecordsOfAnotherAnswersNothing() {
    IsolatedRegistry mixed = isolated(buildB.status(), buildA.records());
    assertThatThrownBy(() -> mixed.call("status", INT, 60000))
        .isInstanceOf(ExceptionInInitializerError.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("status.bin and /io/github/portregistry/internal/registry.bin")
        .hasMessageContaining("come from different builds")
        .hasMessageContaining(hex(buildB.buildId()))
        .hasMessageContaining(hex(buildA.buildId()));
    // Every later call fails too, the version included: none answers from either table.
    assertThatThrownBy(() -> mixed.call("version", new Class<?>[0]))
        .isInstanceOf(NoClassDefFoundError.class);
    assertThatThrownBy(() -> mixed.call("lookup", INT, 252))
        .isInstanceOf(NoClassDefFoundError.class);
  }

  @Test
  void recordsOfOneBuildWithStatusOfAnotherAnswerNothing() {
    IsolatedRegistry mixed = isolated(buildA.status(), buildB.records());
    assertThatThrownBy(() -> mixed.call("byServiceName", new Class<?>[] {String.class}, "ssh"))
        .isInstanceOf(ExceptionInInitializerError.class)
        .cause()
        .hasMessageContaining("come from different builds");
  }

  /**
   * A records table with the right header but a damaged body: the status path does not read the
   * records, so status answers (from a table proven to be of this build), and the first call that
   * needs the records fails on their CRC32.
   */
  @Test
  void aDamagedRecordsBodyFailsTheFirstCallThatNeedsIt() {
    byte[] damaged = buildA.records().clone();
    damaged[damaged.length / 2] ^= 1;
    IsolatedRegistry registry = isolated(buildA.status(), damaged);
    assertThat(registry.call("status", INT, 22)).hasToString("ASSIGNED");
    assertThatThrownBy(() -> registry.call("byServiceName", new Class<?>[] {String.class}, "ssh"))
        .isInstanceOf(ExceptionInInitializerError.class)
        .cause()
        .hasMessageStartingWith(
            "port-registry table /io/github/portregistry/internal/registry.bin is damaged: CRC32"
                + " check failed");
  }

  @Test
  void aMissingRecordsTableFailsEvenTheStatusPath() {
    IsolatedRegistry registry = withoutOrFailing(RECORDS, null);
    assertThatThrownBy(() -> registry.call("status", INT, 22))
        .isInstanceOf(ExceptionInInitializerError.class)
        .cause()
        .hasMessage(
            "port-registry table /io/github/portregistry/internal/registry.bin was not found by"
                + " the class loader: the jar was built without running the generator, or"
                + " repackaged without its resources");
  }

  @Test
  void aFailedReadSaysWhatFailedNotThatTheTableIsMissing() {
    IsolatedRegistry registry = withoutOrFailing(STATUS, new IOException("Input/output error"));
    assertThatThrownBy(() -> registry.call("status", INT, 22))
        .isInstanceOf(ExceptionInInitializerError.class)
        .cause()
        .hasMessage(
            "port-registry table /io/github/portregistry/internal/status.bin could not be read:"
                + " java.io.IOException: Input/output error")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void aDeniedReadSaysAccessWasDenied() {
    IsolatedRegistry registry =
        new IsolatedRegistry(Map.of()) {
          @Override
          public InputStream getResourceAsStream(String name) {
            if (name.equals(STATUS)) {
              throw new SecurityException(
                  "access denied (\"java.io.FilePermission\" \"x\" \"read\")");
            }
            return super.getResourceAsStream(name);
          }
        };
    assertThatThrownBy(() -> registry.call("status", INT, 22))
        .isInstanceOf(ExceptionInInitializerError.class)
        .cause()
        .hasMessageStartingWith(
            "port-registry table /io/github/portregistry/internal/status.bin could not be read:"
                + " access denied (java.lang.SecurityException");
  }

  private static IsolatedRegistry isolated(byte[] status, byte[] records) {
    return new IsolatedRegistry(Map.of(STATUS, status, RECORDS, records));
  }

  /** A registry whose resource {@code name} is missing (failure null) or fails when read. */
  private static IsolatedRegistry withoutOrFailing(String name, IOException failure) {
    Map<String, byte[]> tables = new HashMap<>(Map.of(STATUS, buildA.status()));
    tables.put(RECORDS, buildA.records());
    return new IsolatedRegistry(tables) {
      @Override
      public InputStream getResourceAsStream(String resource) {
        if (!resource.equals(name)) {
          return super.getResourceAsStream(resource);
        }
        if (failure == null) {
          return null;
        }
        return new InputStream() {
          @Override
          public int read() throws IOException {
            throw failure;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw failure;
          }
        };
      }
    };
  }

  private static String hex(byte[] id) {
    return java.util.HexFormat.of().formatHex(id);
  }
}
