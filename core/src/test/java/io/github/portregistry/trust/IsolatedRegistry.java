package io.github.portregistry.trust;

import io.github.portregistry.PortRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fresh copy of the library's classes in a class loader of its own: its {@code PortRegistry} has
 * never been initialized, and its table resources can be replaced. Used to test first use (class
 * initialization races) and to run the real API over tables compiled from other CSVs.
 */
public class IsolatedRegistry extends ClassLoader {
  private static final Path CLASSES = classesDirectory();

  private final Map<String, byte[]> resources;

  /**
   * @param resources resource name (without leading slash) to content, served instead of the files
   *     of the build; others come from the build's classes directory
   */
  public IsolatedRegistry(Map<String, byte[]> resources) {
    super("isolated-port-registry", ClassLoader.getPlatformClassLoader());
    this.resources = Map.copyOf(resources);
  }

  public IsolatedRegistry() {
    this(Map.of());
  }

  private static Path classesDirectory() {
    try {
      return Path.of(
          PortRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Child first for the library's classes: the platform loader would otherwise hand back the
   * already initialized classes whenever the tests run on the module path (the built-in loaders
   * share one package-to-module map).
   */
  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null && name.startsWith("io.github.portregistry.")) {
        c = findClass(name);
      }
      if (c == null) {
        return super.loadClass(name, resolve);
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    Path file = CLASSES.resolve(name.replace('.', '/') + ".class");
    if (!name.startsWith("io.github.portregistry.") || !Files.isRegularFile(file)) {
      throw new ClassNotFoundException(name);
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    byte[] replaced = resources.get(name);
    if (replaced != null) {
      return new ByteArrayInputStream(replaced);
    }
    Path file = CLASSES.resolve(name);
    try {
      return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Calls a public static method of this loader's {@code PortRegistry}. */
  public Object call(String method, Class<?>[] types, Object... args) {
    try {
      Method m = loadClass("io.github.portregistry.PortRegistry").getMethod(method, types);
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An enum constant of this loader's copy of the API, such as {@code Protocol.TCP}. */
  public Object constant(String enumClass, String name) {
    try {
      Class<?> type = loadClass("io.github.portregistry." + enumClass);
      return type.getMethod("valueOf", String.class).invoke(null, name);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
