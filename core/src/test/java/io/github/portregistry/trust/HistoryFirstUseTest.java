package io.github.portregistry.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.data.HistoryCompiler;
import io.github.portregistry.data.HistoryTableWriter;
import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.TableWriter;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The history table's first use: loaded once under a race, never by status or lookup, and never
 * together with tables of another build.
 */
class HistoryFirstUseTest {
  private static final int THREADS = 32;
  private static final int TRIALS = 40;
  private static final String HISTORY = "io/github/portregistry/internal/history.bin";

  private static String answers(IsolatedRegistry registry) {
    Object info47 = registry.call("lookup", new Class<?>[] {int.class}, 47);
    Object info3283 = registry.call("lookup", new Class<?>[] {int.class}, 3283);
    return call(info47, "history")
        + " | "
        + call(info3283, "formerly")
        + " | "
        + registry.call("snapshots", new Class<?>[0]);
  }

  private static Object call(Object target, String method) {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void thirtyTwoThreadsSeeTheSameHistoryOnFirstUse() throws Exception {
    String expected =
        PortRegistry.lookup(47).history()
            + " | "
            + PortRegistry.lookup(3283).formerly()
            + " | "
            + PortRegistry.snapshots();
    FirstUseRace.everyThreadAgrees(
        THREADS, TRIALS, IsolatedRegistry::new, HistoryFirstUseTest::answers, expected);
  }

  @Test
  void statusAndLookupNeverReadTheHistoryTable() {
    // A history table that fails every check: status and lookup must still answer.
    IsolatedRegistry registry = new IsolatedRegistry(Map.of(HISTORY, new byte[] {1, 2, 3}));
    assertThat(registry.call("status", new Class<?>[] {int.class}, 47).toString())
        .isEqualTo("RESERVED");
    Object info = registry.call("lookup", new Class<?>[] {int.class}, 47);
    assertThat(call(info, "serviceNames").toString()).isEqualTo("[]");
    assertThat((List<?>) call(info, "records")).isNotEmpty();
    assertThatThrownBy(() -> call(info, "history"))
        .as("the damaged table is found when history is asked for")
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aHistoryTableOfAnotherBuildIsRejectedNamingTheCheck() throws IOException {
    Path other = Path.of(System.getProperty("registry.history.dir")).resolve("2024-12-20.csv");
    NormalizedRegistry registry =
        NormalizedRegistry.read(other.toString(), Files.readAllBytes(other));
    // A history table of another build: of another registry, carrying that build's id.
    byte[] foreign =
        HistoryTableWriter.write(
            new HistoryCompiler().add(registry).finish(),
            registry,
            TableWriter.compile(registry).buildId());
    IsolatedRegistry isolated = new IsolatedRegistry(Map.of(HISTORY, foreign));
    Object info = isolated.call("lookup", new Class<?>[] {int.class}, 47);
    assertThatThrownBy(() -> info.getClass().getMethod("history").invoke(info))
        .isInstanceOf(InvocationTargetException.class)
        .cause()
        .isInstanceOf(ExceptionInInitializerError.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("history.bin")
        .hasMessageContaining("come from different builds");
  }
}
