package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.portregistry.PortRegistry;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as the README says: {@code java -jar port-registry-VERSION.jar ARGS}. */
class CliIT {
  private static final Path JAR = Path.of(System.getProperty("cli.jar", "missing: set -Dcli.jar"));

  private static Cli java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    return launch(command);
  }

  private static Cli launch(List<String> javaArgs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaArgs);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("LC_ALL", "C"); // output must not depend on the locale
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    File out = File.createTempFile("cli", ".out");
    File err = File.createTempFile("cli", ".err");
    try {
      Process p = pb.redirectOutput(out).redirectError(err).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
      return new Cli(
          p.exitValue(),
          Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      out.delete();
      err.delete();
    }
  }

  /**
   * The tables are read from the jar itself, not through the class loader's {@code jar:} URLs
   * (which load about fifteen more JDK classes on the first call), also when the jar's path has
   * characters its URL escapes (issue 12).
   */
  @Test
  void theTablesAreReadFromTheJarFileWhateverItsPath(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("a dir with space, 100%").resolve("port-registry.jar");
    Files.createDirectories(jar.getParent());
    Files.copy(JAR, jar);
    Path log = dir.resolve("class-load.log");
    Cli r =
        launch(
            List.of(
                "-Xlog:class+load:file=" + log,
                "-cp",
                jar.toString(),
                "io.github.portregistry.cli.Main",
                "252"));
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(PortRegistry.lookup(252).describe());
    assertThat(Files.readString(log))
        .contains("io.github.portregistry.PortRegistry source: file:")
        .doesNotContain("JarURLConnection");
  }

  @Test
  void theReadmeCommandPrintsPort252() throws Exception {
    assertThat(JAR).isRegularFile();
    Cli r = java("252");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(PortRegistry.lookup(252).describe());
  }

  /**
   * The jar as a named module on the module path (no class path at all): module-info exports only
   * the API, reads nothing but java.base, and the tables load as resources of a named module.
   */
  @Test
  void theJarRunsAsANamedModuleOnTheModulePath() throws Exception {
    Cli r =
        launch(
            List.of(
                "--module-path",
                JAR.toString(),
                "--module",
                "io.github.portregistry/io.github.portregistry.cli.Main",
                "252"));
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(PortRegistry.lookup(252).describe());
    Cli descriptor =
        launch(
            List.of(
                "--module-path", JAR.toString(), "--describe-module", "io.github.portregistry"));
    assertThat(descriptor.out())
        .contains("exports io.github.portregistry")
        .contains("requires java.base")
        .doesNotContain("exports io.github.portregistry.internal")
        .doesNotContain("exports io.github.portregistry.cli");
    assertThat(descriptor.out().lines().filter(l -> l.startsWith("requires"))).hasSize(1);
  }

  @Test
  void nonAsciiTextIsUtf8WhateverTheLocale() throws Exception {
    Cli r = java("4413");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(PortRegistry.lookup(4413).describe()).contains("FORT\u00c9");
  }

  @Test
  void versionNamesTheJarVersionAndTheData() throws Exception {
    Cli r = java("--version");
    assertThat(r.code()).isZero();
    String first = r.out().lines().findFirst().orElseThrow();
    assertThat(first).startsWith("port-registry ").doesNotContain("development");
    String version = first.substring("port-registry ".length());
    assertThat(JAR.getFileName().toString()).isEqualTo("port-registry-" + version + ".jar");
    assertThat(r.out()).contains(PortRegistry.version().sourceSha256());
  }

  @Test
  void aUsageErrorIsOneLineAndExitCodeTwo() throws Exception {
    Cli r = java("70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "port-registry: invalid port \"70000\" (expected 0-65535, a range A-B, PORT/PROTOCOL"
                + " or PORT,PORT); see --help\n");
  }

  @Test
  void nothingFoundIsExitCodeOne() throws Exception {
    Cli r = java("name", "no-such-service-xyz");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(1);
  }

  private static List<String> javaCommand(Path jar, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void aFullDiskIsExitCodeFiveWithOneLine() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "needs /dev/full");
    Process p =
        new ProcessBuilder(javaCommand(JAR, "80"))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(full))
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(5);
    assertThat(err)
        .isEqualTo("port-registry: cannot write to standard output: No space left on device\n");
  }

  @Test
  void aClosedStandardOutputIsExitCodeFive() throws Exception {
    List<String> command = javaCommand(JAR, "80");
    StringBuilder shell = new StringBuilder("exec");
    for (String word : command) {
      shell.append(" '").append(word).append('\'');
    }
    shell.append(" >&-");
    Process p =
        new ProcessBuilder("sh", "-c", shell.toString())
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(5);
    assertThat(err).startsWith("port-registry: cannot write to standard output").hasLineCount(1);
  }

  /**
   * {@code port-registry 0-65535 | head -1}: once the reader has gone, the tool must end within a
   * fraction of a second (it rendered all 65,536 pages into the closed pipe, 5-17 s, before).
   */
  @Test
  void aPipeClosedEarlyEndsTheProcessAtOnce() throws Exception {
    Process p =
        new ProcessBuilder(javaCommand(JAR, "0-65535"))
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    InputStream out = p.getInputStream();
    byte[] first = new byte[7];
    assertThat(out.readNBytes(first, 0, first.length)).isEqualTo(first.length);
    assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("Port 0\n");
    long closed = System.nanoTime();
    out.close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    long millis = (System.nanoTime() - closed) / 1_000_000;
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).isEqualTo(5);
    assertThat(err).isEqualTo("port-registry: cannot write to standard output: Broken pipe\n");
    assertThat(millis).as("ms from closing the pipe to the end of the process").isLessThan(2_000);
  }

  /** The real jar with one bit of its records table flipped: one line, exit code 4. */
  @Test
  void aJarWithADamagedTableSaysSoInOneLine(@TempDir Path dir) throws Exception {
    Path damaged = dir.resolve("damaged.jar");
    Files.copy(JAR, damaged);
    try (FileSystem zip = FileSystems.newFileSystem(damaged)) {
      Path table = zip.getPath("/io/github/portregistry/internal/registry.bin");
      byte[] bytes = Files.readAllBytes(table);
      bytes[bytes.length / 2] ^= 0x01;
      Files.write(table, bytes);
    }
    for (String[] args : new String[][] {{"name", "ssh"}, {"80"}, {"http", "--json"}}) {
      Process p =
          new ProcessBuilder(javaCommand(damaged, args))
              .redirectError(ProcessBuilder.Redirect.PIPE)
              .start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(err).isEqualTo(4);
      assertThat(err)
          .startsWith(
              "port-registry: table /io/github/portregistry/internal/registry.bin is damaged:"
                  + " CRC32 check failed (computed ")
          .hasLineCount(1);
    }
  }
}
