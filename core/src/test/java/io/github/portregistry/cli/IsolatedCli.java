package io.github.portregistry.cli;

import io.github.portregistry.trust.IsolatedRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The tool run in process on tables of the test's choosing (damaged, mixed, compiled from another
 * CSV): its {@code Main} and the whole library come from a fresh {@link IsolatedRegistry}.
 */
final class IsolatedCli {
  private IsolatedCli() {}

  /** Runs the tool with {@code resources} (resource name to bytes) replacing the build's tables. */
  static Cli run(Map<String, byte[]> resources, String... args) {
    IsolatedRegistry loader = new IsolatedRegistry(resources);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      Class<?> main = loader.loadClass("io.github.portregistry.cli.Main");
      Method run =
          main.getDeclaredMethod(
              "run", String[].class, PrintStream.class, PrintStream.class, Path.class);
      run.setAccessible(true);
      int code = (int) run.invoke(null, args, o, e, Path.of("/proc"));
      return new Cli(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } catch (InvocationTargetException e) {
      throw new AssertionError("the tool threw instead of returning an exit code", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
