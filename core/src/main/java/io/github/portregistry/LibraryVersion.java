package io.github.portregistry;

import java.io.IOException;
import java.io.InputStream;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Reads this library's version from its own jar's manifest, once, the first time it is asked for:
 * never on the lookup path, so the first lookup does not pay for it.
 */
final class LibraryVersion {
  /** What {@link PortRegistry#libraryVersion()} answers when there is no manifest of ours. */
  static final String UNKNOWN = "unknown";

  /** The {@code Implementation-Title} the build writes; any other is another jar's manifest. */
  static final String TITLE = "port-registry";

  static final String VERSION = read();

  private LibraryVersion() {}

  private static String read() {
    Module module = LibraryVersion.class.getModule();
    if (!module.isNamed()) {
      // Class path: the JVM read the jar's manifest when it defined the package; nothing to open.
      Package p = LibraryVersion.class.getPackage();
      return versionOf(p.getImplementationTitle(), p.getImplementationVersion());
    }
    // Module path: Package has no manifest data for a named module, but the module's own reader
    // (the jar, already open) has the manifest. A runtime image or a directory of classes has none
    // of ours.
    try (InputStream in = module.getResourceAsStream("META-INF/MANIFEST.MF")) {
      if (in == null) {
        return UNKNOWN;
      }
      Attributes main = new Manifest(in).getMainAttributes();
      return versionOf(
          main.getValue(Attributes.Name.IMPLEMENTATION_TITLE),
          main.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  /**
   * The version when the title is ours: a jar that shades this library carries its own title and
   * version, which are not this library's.
   */
  static String versionOf(String title, String version) {
    if (!TITLE.equals(title) || version == null || version.isBlank()) {
      return UNKNOWN;
    }
    return version;
  }
}
