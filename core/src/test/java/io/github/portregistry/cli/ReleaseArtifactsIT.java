package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user who vets the dependency finds in the built artifacts: the manifest's version and OSGi
 * headers, the license in every jar, and a release archive whose launcher runs.
 */
class ReleaseArtifactsIT {
  private static final Path JAR = Path.of(System.getProperty("cli.jar", "missing: set -Dcli.jar"));
  private static final Path ARCHIVE =
      Path.of(System.getProperty("bin.archive", "missing: set -Dbin.archive"));
  private static final String VERSION = System.getProperty("project.version", "missing");
  private static final Path LICENSE = Path.of("..", "LICENSE");

  private static Attributes mainAttributes() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Manifest manifest = jar.getManifest();
      assertThat(manifest).as("manifest of %s", JAR).isNotNull();
      return manifest.getMainAttributes();
    }
  }

  private static Path sibling(String classifier) {
    String name = JAR.getFileName().toString();
    return JAR.resolveSibling(name.replace(".jar", "-" + classifier + ".jar"));
  }

  @Test
  void theManifestNamesTheLibraryAndItsVersion() throws IOException {
    Attributes main = mainAttributes();
    assertThat(main.getValue("Implementation-Title")).isEqualTo("port-registry");
    assertThat(main.getValue("Implementation-Version")).isEqualTo(VERSION);
    assertThat(main.getValue("Main-Class")).isEqualTo("io.github.portregistry.cli.Main");
  }

  @Test
  void osgiHeadersExportTheApiPackageOnly() throws IOException {
    Attributes main = mainAttributes();
    assertThat(main.getValue("Bundle-ManifestVersion")).isEqualTo("2");
    assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("io.github.portregistry");
    assertThat(main.getValue("Bundle-Version")).startsWith(VERSION.replace("-", "."));
    // One clause: the API package, with its version; never internal or cli.
    String exports = main.getValue("Export-Package");
    assertThat(exports).startsWith("io.github.portregistry;").doesNotContain(",");
    assertThat(exports).doesNotContain(".internal").doesNotContain(".cli");
    // java.base only, so nothing to import: java.* come from the boot loader (OSGi R7), and the
    // manifest stays short because the JVM parses it before the first class (issue 12).
    assertThat(main.getValue("Import-Package")).isNull();
    assertThat(main.getValue("Require-Capability")).contains("(osgi.ee=JavaSE)(version=17)");
    // Nothing a framework does not need: every header costs the first call (see core/pom.xml).
    assertThat(main.keySet())
        .map(Object::toString)
        .containsExactlyInAnyOrder(
            "Manifest-Version",
            "Main-Class",
            "Created-By",
            "Implementation-Title",
            "Implementation-Version",
            "Bundle-ManifestVersion",
            "Bundle-SymbolicName",
            "Bundle-Version",
            "Export-Package",
            "Require-Capability");
    // No build time or builder in the manifest: two builds must give the same bytes.
    assertThat(main.getValue("Bnd-LastModified")).isNull();
    assertThat(main.getValue("Built-By")).isNull();
  }

  @Test
  void theJarIsStillAModule() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getEntry("module-info.class")).isNotNull();
    }
  }

  @Test
  void everyJarCarriesTheLicense() throws IOException {
    byte[] license = Files.readAllBytes(LICENSE);
    assertThat(new String(license, StandardCharsets.UTF_8))
        .contains("Apache License")
        .contains("Version 2.0, January 2004")
        .contains("END OF TERMS AND CONDITIONS");
    for (Path path : List.of(JAR, sibling("sources"), sibling("javadoc"))) {
      try (JarFile jar = new JarFile(path.toFile())) {
        var entry = jar.getJarEntry("META-INF/LICENSE");
        assertThat(entry).as("META-INF/LICENSE in %s", path).isNotNull();
        assertThat(jar.getInputStream(entry).readAllBytes()).as("%s", path).isEqualTo(license);
      }
    }
  }

  @Test
  void javadocStatesTheLicenseNotAllRightsReserved() throws IOException {
    try (JarFile jar = new JarFile(sibling("javadoc").toFile())) {
      String page =
          new String(
              jar.getInputStream(
                      jar.getJarEntry(
                          "io.github.portregistry/io/github/portregistry/PortRegistry.html"))
                  .readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(page).contains("Apache License, Version").doesNotContain("All rights reserved");
    }
  }

  @Test
  void theVersionIsReadFromTheJarOnTheClassPathAndTheModulePath() throws Exception {
    Cli classPath = run(List.of(java(), "-jar", JAR.toString(), "--version"), Map.of());
    assertThat(classPath.out()).startsWith("port-registry " + VERSION + "\n");
    Cli modulePath =
        run(
            List.of(
                java(),
                "--module-path",
                JAR.toString(),
                "--module",
                "io.github.portregistry/io.github.portregistry.cli.Main",
                "--version"),
            Map.of());
    assertThat(modulePath.out()).isEqualTo(classPath.out());
  }

  /**
   * The release archive as a user would use it: unpacked anywhere, the launcher run from another
   * directory and through a symbolic link on the PATH, with the JDK from JAVA_HOME.
   */
  @Test
  void theArchivesLauncherRunsFromAnywhereAndThroughALink(@TempDir Path dir) throws Exception {
    Cli untar = run(List.of("tar", "-xzf", ARCHIVE.toString(), "-C", dir.toString()), Map.of());
    assertThat(untar.code()).as(untar.err()).isZero();
    Path home = dir.resolve("port-registry-" + VERSION);
    Path launcher = home.resolve("bin/port-registry");
    assertThat(home.resolve("lib/port-registry.jar")).hasSameBinaryContentAs(JAR);
    assertThat(home.resolve("LICENSE")).hasSameBinaryContentAs(LICENSE);
    assertThat(Files.getPosixFilePermissions(launcher))
        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

    Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
    Cli direct = run(List.of(launcher.toString(), "252"), env);
    assertThat(direct.err()).isEmpty();
    assertThat(direct.code()).isZero();
    assertThat(direct.out()).isEqualTo(PortRegistry.lookup(252).describe());

    Path bin = Files.createDirectories(dir.resolve("elsewhere/bin"));
    Files.createSymbolicLink(bin.resolve("port-registry"), launcher);
    Cli linked = run(List.of(bin.resolve("port-registry").toString(), "--version"), env);
    assertThat(linked.code()).as(linked.err()).isZero();
    assertThat(linked.out()).startsWith("port-registry " + VERSION + "\n");

    Cli usage = run(List.of(launcher.toString(), "70000"), env);
    assertThat(usage.code()).as("the tool's exit code passes through").isEqualTo(2);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs a command in a fresh temporary directory, so that nothing depends on the build's. */
  private static Cli run(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    Path cwd = Files.createTempDirectory("release-it");
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(cwd.toFile());
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().putAll(env);
    File out = cwd.resolve("out").toFile();
    File err = cwd.resolve("err").toFile();
    Process p = pb.redirectOutput(out).redirectError(err).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
    Cli result =
        new Cli(
            p.exitValue(),
            Files.readString(out.toPath(), StandardCharsets.UTF_8),
            Files.readString(err.toPath(), StandardCharsets.UTF_8));
    Files.delete(out.toPath());
    Files.delete(err.toPath());
    Files.delete(cwd);
    return result;
  }
}
