package io.github.portregistry;

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
}
