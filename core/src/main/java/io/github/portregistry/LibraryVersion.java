package io.github.portregistry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
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
    // The manifest of the jar that holds this class, found through this class's own resource:
    // ClassLoader.getResource("META-INF/MANIFEST.MF") would return the first jar's on the class
    // path, and Package.getImplementationVersion() is null for a named module. Classes in a
    // directory (tests, IDE) or a runtime image have no jar manifest: unknown.
    URL self = LibraryVersion.class.getResource("LibraryVersion.class");
    if (self == null || !"jar".equals(self.getProtocol())) {
      return UNKNOWN;
    }
    try {
      URLConnection connection = new URL(self, "/META-INF/MANIFEST.MF").openConnection();
      connection.setUseCaches(false); // closes the jar with the stream instead of keeping it open
      try (InputStream in = connection.getInputStream()) {
        return versionOf(new Manifest(in));
      }
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  /**
   * The {@code Implementation-Version} when the manifest is ours: a jar that shades this library
   * carries its own title and version, which are not this library's.
   */
  static String versionOf(Manifest manifest) {
    Attributes main = manifest.getMainAttributes();
    String version = main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
    if (!TITLE.equals(main.getValue(Attributes.Name.IMPLEMENTATION_TITLE))
        || version == null
        || version.isBlank()) {
      return UNKNOWN;
    }
    return version;
  }
}
