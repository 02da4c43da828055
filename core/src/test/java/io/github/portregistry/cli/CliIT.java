package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, run as the README says: {@code java -jar port-registry-VERSION.jar ARGS}. */
class CliIT {
  private static final Path JAR = Path.of(System.getProperty("cli.jar", "missing: set -Dcli.jar"));

  private record Run(int code, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("LC_ALL", "C"); // output must not depend on the locale
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    File out = File.createTempFile("cli", ".out");
    File err = File.createTempFile("cli", ".err");
    try {
      Process p = pb.redirectOutput(out).redirectError(err).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
      return new Run(
          p.exitValue(),
          Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      out.delete();
      err.delete();
    }
  }

  @Test
  void theReadmeCommandPrintsPort252() throws Exception {
    assertThat(JAR).isRegularFile();
    Run r = java("252");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(PortRegistry.lookup(252).describe());
  }

  @Test
  void nonAsciiTextIsUtf8WhateverTheLocale() throws Exception {
    Run r = java("4413");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(PortRegistry.lookup(4413).describe()).contains("FORT\u00c9");
  }

  @Test
  void versionNamesTheJarVersionAndTheData() throws Exception {
    Run r = java("--version");
    assertThat(r.code()).isZero();
    String first = r.out().lines().findFirst().orElseThrow();
    assertThat(first).startsWith("port-registry ").doesNotContain("development");
    String version = first.substring("port-registry ".length());
    assertThat(JAR.getFileName().toString()).isEqualTo("port-registry-" + version + ".jar");
    assertThat(r.out()).contains(PortRegistry.version().sourceSha256());
  }

  @Test
  void aUsageErrorIsOneLineAndExitCodeTwo() throws Exception {
    Run r = java("70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "port-registry: invalid port \"70000\" (expected 0-65535 or a range A-B); see --help\n");
  }

  @Test
  void nothingFoundIsExitCodeOne() throws Exception {
    Run r = java("name", "no-such-service-xyz");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(1);
  }
}
