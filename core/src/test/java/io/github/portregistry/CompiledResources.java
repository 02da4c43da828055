package io.github.portregistry;

import io.github.portregistry.data.HistoryCompiler;
import io.github.portregistry.data.HistoryTableWriter;
import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.TableWriter;
import java.util.Map;

/** The class path resources a compiled registry is served as, for tests that load their own. */
final class CompiledResources {
  private CompiledResources() {}

  static Map<String, byte[]> of(TableWriter.Tables tables) {
    return Map.of(
        "io/github/portregistry/internal/registry.bin", tables.records(),
        "io/github/portregistry/internal/status.bin", tables.status());
  }

  /**
   * The tables and a history of {@code registry} alone: what a test needs that calls {@code
   * describe()} or {@code formerly()}, which read the history table too.
   */
  static Map<String, byte[]> withHistory(TableWriter.Tables tables, NormalizedRegistry registry) {
    return Map.of(
        "io/github/portregistry/internal/registry.bin", tables.records(),
        "io/github/portregistry/internal/status.bin", tables.status(),
        "io/github/portregistry/internal/history.bin",
            HistoryTableWriter.write(
                new HistoryCompiler().add(registry).finish(), registry, tables.buildId()));
  }
}
