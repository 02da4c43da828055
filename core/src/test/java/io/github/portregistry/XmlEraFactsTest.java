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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Facts of the registry's XML era, each checked by hand in the vendored file named, answered by the
 * library compiled from that file alone.
 */
class XmlEraFactsTest {
  private static final Path HISTORY =
      Path.of(
          System.getProperty("registry.history.dir", "../registry-data/src/main/registry/history"));

  /** The library compiled from one vendored file, in a class loader of its own. */
  private static IsolatedRegistry compiled(String file) throws IOException {
    Path manifestPath = HISTORY.resolve(SnapshotManifest.FILE_NAME);
    SnapshotManifest manifest =
        SnapshotManifest.parse(manifestPath.toString(), Files.readAllBytes(manifestPath));
    NormalizedRegistry registry =
        NormalizedRegistry.read(file, Files.readAllBytes(HISTORY.resolve(file)), manifest);
    return new IsolatedRegistry(CompiledResources.of(TableWriter.compile(registry)));
  }

  private static Object lookup(IsolatedRegistry registry, int port) {
    return registry.call("lookup", new Class<?>[] {int.class}, port);
  }

  private static Object get(Object target, String method) {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(method, e);
    }
  }

  @Test
  void port47IsNiFtpOn20170517() throws IOException {
    Object info = lookup(compiled("2017-05-17.xml"), 47);

    assertThat(get(info, "status").toString()).isEqualTo("ASSIGNED");
    assertThat(get(info, "serviceNames")).isEqualTo(List.of("ni-ftp"));
    assertThat((List<?>) get(info, "records"))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.toString()).contains("description=NI FTP,"));
    assertThat(get(info, "removalDate").toString()).isEqualTo("Optional.empty");
  }

  @Test
  void port47IsReservedWithItsRemovalNoteOn20170518() throws IOException {
    Object info = lookup(compiled("2017-05-18.xml"), 47);

    assertThat(get(info, "status").toString()).isEqualTo("RESERVED");
    assertThat(get(info, "serviceNames")).isEqualTo(List.of());
    assertThat((List<?>) get(info, "records"))
        .hasSize(2)
        .allSatisfy(
            r ->
                assertThat(r.toString())
                    .contains("description=Reserved,")
                    .contains("assignmentNotes=This entry has been removed on 2017-05-18."));
    assertThat(get(info, "removalDate").toString()).isEqualTo("Optional[2017-05-18]");
  }

  @Test
  void port3283KeepsItsOldNameUntil20241220AndIsNetAssistantIn20260817() throws IOException {
    for (String file : List.of("2013-02-18.xml", "2024-12-20.xml")) {
      IsolatedRegistry registry = compiled(file);
      assertThat(get(lookup(registry, 3283), "serviceNames"))
          .as(file)
          .isEqualTo(List.of("Apple Remote Desktop (Net Assistant)"));
    }
    IsolatedRegistry newest = compiled("2026-08-17.xml");
    assertThat(get(lookup(newest, 3283), "serviceNames")).isEqualTo(List.of("net-assistant"));
    assertThat(newest.call("version", new Class<?>[0]).toString())
        .contains("dataDate=2026-08-17")
        .contains("recordCount=14533")
        .contains("form=xml");
  }
}
