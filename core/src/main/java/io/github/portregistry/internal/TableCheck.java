package io.github.portregistry.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reading and the checks the table files share, with error messages that name the table.
 *
 * <h2>Reading a table resource</h2>
 *
 * {@link #read(String)} reads from this library's own jar where it can. Why not simply {@link
 * Class#getResourceAsStream}: on the class path that goes through a {@code jar:} URL, a {@code
 * JarURLConnection} and a second {@code JarFile} of the same jar, about fifteen JDK classes that a
 * fresh JVM loads and links on the first lookup (7-10 ms of a first {@code status}, measured; see
 * the README's Performance section). Opening the jar this class came from as a {@link ZipFile}
 * shares the class loader's already open archive (the JDK caches it by file) and costs about 1 ms.
 * Where the code source is not a plain jar file (a directory of classes, a nested jar, a custom
 * class loader, or a security manager that hides it), the class loader's way is used.
 *
 * <p>Reading and checking are one class because the first {@code status} needs both, and in a fresh
 * JVM every class it loads from the jar costs a few hundred microseconds (issue 12). For the same
 * reason this class catches no exception type that is not loaded already (the verifier loads each
 * caught type: {@link SecurityException} is told apart with {@code instanceof}, which loads it only
 * when something is thrown), and turns the jar's URL into a file without parsing it as a {@link
 * java.net.URI}.
 */
final class TableCheck {
  /**
   * 1: the first tables; 2: the source's form; 3: build ids, typed references, people; 4 and 5:
   * smaller strings; 6: d16 columns in blocks of 64, read in place.
   */
  static final int FORMAT_VERSION = 6;

  private final String name;

  TableCheck(String name) {
    this.name = name;
  }

  IllegalStateException failed(String check, String detail) {
    return new IllegalStateException(
        "port-registry table " + name + " is damaged: " + check + " check failed (" + detail + ")");
  }

  void magic(byte[] data, int expected) {
    if (u32(data, 0) != expected) {
      throw failed(
          "magic",
          "starts with 0x"
              + Integer.toHexString(u32(data, 0))
              + ", expected 0x"
              + Integer.toHexString(expected));
    }
  }

  /** CRC32 of everything but the last four bytes, which hold it: catches any single-byte error. */
  void crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data, 0, data.length - 4);
    long stored = u32(data, data.length - 4) & 0xFFFFFFFFL;
    if (crc.getValue() != stored) {
      throw failed(
          "CRC32",
          "computed " + Long.toHexString(crc.getValue()) + ", stored " + Long.toHexString(stored));
    }
  }

  void version(byte[] data) {
    if (u16(data, 4) != FORMAT_VERSION) {
      throw failed(
          "format version",
          "version " + u16(data, 4) + ", this library reads version " + FORMAT_VERSION);
    }
  }

  /**
   * The registry forms by their code in the status table's header, as {@code RegistryVersion#form}
   * names them.
   */
  private static final String[] FORMS = {"rfc", "port-numbers", "xml", "csv"};

  /** The form named by the u8 code at {@code at}, or a failed check for an unknown code. */
  String form(byte[] data, int at) {
    int code = data[at] & 0xFF;
    if (code >= FORMS.length) {
      throw failed("form", "code " + code + ", known codes are 0-" + (FORMS.length - 1));
    }
    return FORMS[code];
  }

  static int u16(byte[] data, int at) {
    return (data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF);
  }

  static int u32(byte[] data, int at) {
    return (data[at] & 0xFF) << 24
        | (data[at + 1] & 0xFF) << 16
        | (data[at + 2] & 0xFF) << 8
        | (data[at + 3] & 0xFF);
  }

  static String hex(byte[] data, int from, int length) {
    return HexFormat.of().formatHex(data, from, from + length);
  }

  // Reading a table resource: see the class comment.

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
    return read(new String[] {resource}, new int[] {limit})[0];
  }

  /**
   * At most the first {@code limits[i]} bytes of each {@code resources[i]}, from one opening of the
   * jar: the status table and the records table's header, which the first {@code status} needs both
   * of.
   *
   * @throws IllegalStateException naming the resource when one is missing or cannot be read
   */
  static byte[][] read(String[] resources, int[] limits) {
    return read(ownJar(), resources, limits);
  }

  /**
   * As {@link #read(String[], int[])}, from {@code jar} (null: from the class loader only).
   *
   * @throws IllegalStateException naming the resource when one is missing or cannot be read
   */
  static byte[][] read(File jar, String[] resources, int[] limits) {
    byte[][] read = new byte[resources.length][];
    int current = 0; // which resource a failure is about
    try {
      if (jar != null) {
        readFromJar(jar, resources, limits, read);
      }
      for (; current < resources.length; current++) {
        if (read[current] == null) {
          read[current] = readFromClassLoader(resources[current], limits[current]);
        }
      }
      return read;
    } catch (IOException e) {
      throw new IllegalStateException(
          "port-registry table " + resources[current] + " could not be read: " + e, e);
    } catch (RuntimeException e) {
      if (!(e instanceof SecurityException)) {
        throw e;
      }
      throw new IllegalStateException(
          "port-registry table "
              + resources[current]
              + " could not be read: access denied ("
              + e
              + ")",
          e);
    }
  }

  /**
   * Reads into {@code read} each resource the jar holds; leaves null those it does not (perhaps
   * repackaged beside the classes: the class loader may find them) and all of them when a security
   * manager forbids opening the jar (it may let the class loader read what we may not).
   */
  private static void readFromJar(File jar, String[] resources, int[] limits, byte[][] read)
      throws IOException {
    try (ZipFile zip = new ZipFile(jar)) {
      for (int i = 0; i < resources.length; i++) {
        ZipEntry entry = zip.getEntry(resources[i].substring(1));
        if (entry != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            read[i] = readFrom(in, limits[i], entry.getSize());
          } catch (IOException e) { // a damaged entry: name it, not the first one asked for
            throw new IllegalStateException(
                "port-registry table " + resources[i] + " could not be read: " + e, e);
          }
        }
      }
    } catch (RuntimeException e) {
      if (!(e instanceof SecurityException)) {
        throw e;
      }
      Arrays.fill(read, null);
    }
  }

  /** The jar this class was loaded from, or null when it was not loaded from a jar file. */
  private static File ownJar() {
    try {
      CodeSource source = TableCheck.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      File file = location == null ? null : fileOf(location);
      return file != null && file.isFile() ? file : null;
    } catch (RuntimeException e) {
      if (!(e instanceof SecurityException)) {
        throw e;
      }
      return null; // the class loader's way still works, and says what fails
    }
  }

  /**
   * The local file of a {@code file:} URL, as {@code new File(url.toURI())} gives it, or null when
   * the URL names no local file. The class path's URLs are percent-encoded ({@code %20} for a
   * space, UTF-8 bytes for other characters); their path is decoded here, where a {@link
   * java.net.URI} would parse the whole URL again in interpreted code on the first call.
   */
  static File fileOf(URL url) {
    String host = url.getHost();
    if (!"file".equals(url.getProtocol())
        || (host != null && !host.isEmpty())
        || url.getQuery() != null
        || url.getRef() != null) {
      return null; // another scheme, or a UNC path, which File(URI) rejects too
    }
    String path = decodePercent(url.getPath());
    if (path == null || !path.startsWith("/")) {
      return null; // malformed, or "file:x.jar", which File(URI) rejects as not hierarchical
    }
    if (File.separatorChar == '\\' && path.length() > 2 && path.charAt(2) == ':') {
      path = path.substring(1); // "/C:/dir/x.jar": the drive letter starts a Windows path
    }
    return new File(path);
  }

  /**
   * {@code s} with each run of {@code %XX} escapes decoded as UTF-8, or null when an escape is
   * malformed. Other characters are kept: a URL may carry non-ASCII characters unescaped.
   */
  static String decodePercent(String s) {
    if (s.indexOf('%') < 0) {
      return s; // the usual case: no escape, nothing to decode
    }
    StringBuilder out = new StringBuilder(s.length());
    byte[] run = new byte[s.length() / 3];
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) != '%') {
        out.append(s.charAt(i++));
        continue;
      }
      int n = 0;
      while (i < s.length() && s.charAt(i) == '%') {
        int high = i + 2 < s.length() ? hexDigit(s.charAt(i + 1)) : -1;
        int low = high < 0 ? -1 : hexDigit(s.charAt(i + 2));
        if (low < 0) {
          return null;
        }
        run[n++] = (byte) (high << 4 | low);
        i += 3;
      }
      out.append(new String(run, 0, n, StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  /** The value of an ASCII hex digit, or -1: URI escapes allow no other digits. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }

  private static byte[] readFromClassLoader(String resource, int limit) throws IOException {
    try (InputStream in = TableCheck.class.getResourceAsStream(resource)) {
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
