package io.github.portregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime is one way, loader -> store -> public API (issue 12): the store's classes build
 * values the API reads, and never name the API's {@link PortInfo}. Checked in the compiled classes'
 * constant pools, where every class a class uses is named.
 */
class StoreIsOneWayTest {
  private static final List<Class<?>> STORE =
      List.of(Registry.class, PortDetails.class, PortHistory.class);

  @Test
  void theStoreNeverNamesPortInfo() throws IOException {
    for (Class<?> c : STORE) {
      for (Class<?> nested : withNested(c)) {
        String pool = constantPool(nested);
        assertThat(pool).as(nested.getName()).contains("io/github/portregistry/");
        assertThat(pool).as(nested.getName()).doesNotContain("io/github/portregistry/PortInfo");
      }
    }
  }

  private static List<Class<?>> withNested(Class<?> c) {
    List<Class<?>> all = new java.util.ArrayList<>(List.of(c));
    all.addAll(List.of(c.getDeclaredClasses()));
    return all;
  }

  /** The class file as Latin-1 text: its constant pool's names are readable in it. */
  private static String constantPool(Class<?> c) throws IOException {
    String file = "/" + c.getName().replace('.', '/') + ".class";
    try (InputStream in = c.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
