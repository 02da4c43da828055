package io.github.portregistry.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a table resource of this library, from its own jar where it can.
 *
 * <p>Why not simply {@link Class#getResourceAsStream}: on the class path that goes through a {@code
 * jar:} URL, a {@code JarURLConnection} and a second {@code JarFile} of the same jar, about fifteen
 * JDK classes that a fresh JVM loads and links on the first lookup (7-10 ms of a first {@code
 * status}, measured; see the README's Performance section). Opening the jar this class came from as
 * a {@link ZipFile} shares the class loader's already open archive (the JDK caches it by file) and
 * costs about 1 ms. Where the code source is not a plain jar file (a directory of classes, a nested
 * jar, a custom class loader, or a security manager that hides it), the class loader's way is used.
 */
final class TableResource {
  private TableResource() {}

  /**
   * The whole resource.
   *
   * @throws IllegalStateException saying what happened when it is missing or cannot be read
   */
  static byte[] read(String resource) {
    return read(resource, Integer.MAX_VALUE);
  }

  /**
   * At most the first {@code limit} bytes of the resource: a table's header, without inflating the
   * rest.
   *
   * @throws IllegalStateException saying what happened when it is missing or cannot be read
   */
  static byte[] read(String resource, int limit) {
    try {
      byte[] fromJar = readFromOwnJar(resource, limit);
      return fromJar != null ? fromJar : readFromClassLoader(resource, limit);
    } catch (IOException e) {
      throw new IllegalStateException(
          "port-registry table " + resource + " could not be read: " + e, e);
    } catch (SecurityException e) {
      throw new IllegalStateException(
          "port-registry table " + resource + " could not be read: access denied (" + e + ")", e);
    }
  }

  /** The resource from the jar this class was loaded from, or null to ask the class loader. */
  private static byte[] readFromOwnJar(String resource, int limit) throws IOException {
    File jar = ownJar();
    if (jar == null) {
      return null;
    }
    try (ZipFile zip = new ZipFile(jar)) {
      ZipEntry entry = zip.getEntry(resource.substring(1));
      if (entry == null) {
        return null; // perhaps repackaged beside the classes: the class loader may find it
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return readFrom(in, limit, entry.getSize());
      }
    } catch (SecurityException e) {
      return null; // a security manager may let the class loader read what we may not
    }
  }

  private static File ownJar() {
    try {
      CodeSource source = TableResource.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null || !"file".equals(location.getProtocol())) {
        return null;
      }
      File file = new File(location.toURI());
      return file.isFile() ? file : null;
    } catch (SecurityException | URISyntaxException | IllegalArgumentException e) {
      return null; // the class loader's way still works, and says what fails
    }
  }

  private static byte[] readFromClassLoader(String resource, int limit) throws IOException {
    try (InputStream in = TableResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "port-registry table "
                + resource
                + " was not found by the class loader"
                + (securityManagerInstalled()
                    ? ": a security manager is installed and may deny access to it"
                    : ": the jar was built without running the generator, or repackaged without"
                        + " its resources"));
      }
      return readFrom(in, limit, -1);
    }
  }

  /**
   * At most {@code limit} bytes of {@code in}. When the archive gives the entry's {@code size}, the
   * bytes are inflated straight into an array of that size: {@link InputStream#readAllBytes} would
   * inflate the megabyte of the records table 8 KB at a time into buffers it then copies.
   */
  private static byte[] readFrom(InputStream in, int limit, long size) throws IOException {
    if (size < 0 || size > limit) {
      return limit == Integer.MAX_VALUE ? in.readAllBytes() : in.readNBytes(limit);
    }
    byte[] data = new byte[(int) size];
    int read = in.readNBytes(data, 0, data.length);
    byte[] rest = in.readNBytes(limit - read);
    if (read == data.length && rest.length == 0) {
      return data;
    }
    // The archive misstated the size: the bytes as read, which the table's checks then judge.
    byte[] all = Arrays.copyOf(data, read + rest.length);
    System.arraycopy(rest, 0, all, read, rest.length);
    return all;
  }

  @SuppressWarnings("removal") // still there on JDK 17 to 23, where it can hide resources
  private static boolean securityManagerInstalled() {
    return System.getSecurityManager() != null;
  }
}
