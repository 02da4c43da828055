package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A failed write ends the command at once, with one line and exit code 5, whether the output throws
 * as {@link StandardOutput} makes it or only records the error as a plain {@link PrintStream} does.
 */
class WriteErrorTest {

  /** A device that takes {@code capacity} bytes, then fails every write, counting the attempts. */
  private static final class FullDevice extends OutputStream {
    private final int capacity;
    int written;
    int failedWrites;

    FullDevice(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > capacity) {
        failedWrites++;
        throw new IOException("No space left on device");
      }
      written += len;
    }
  }

  private static Cli run(PrintStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args, out, e, Path.of("/proc"));
    }
    return new Cli(code, "", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theFirstFailedWriteEndsTheCommand() {
    FullDevice device = new FullDevice(100_000);
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new StandardOutput(device), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    long start = System.nanoTime();
    Cli r = run(out, "0-65535");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err())
        .isEqualTo("port-registry: cannot write to standard output: No space left on device\n");
    assertThat(device.failedWrites).as("writes after the failure").isEqualTo(1);
    assertThat(millis).as("stopped at once, not after rendering 65,536 pages").isLessThan(2_000);
  }

  @Test
  void aFailureAtTheFinalFlushIsReportedToo() {
    FullDevice device = new FullDevice(10);
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new StandardOutput(device), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    Cli r = run(out, "80");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void aPrintStreamThatSwallowsTheErrorStillGivesExitCodeFive() {
    FullDevice device = new FullDevice(10);
    Cli r = run(new PrintStream(device, true, StandardCharsets.UTF_8), "name", "http");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).isEqualTo("port-registry: cannot write to standard output\n");
  }

  @Test
  void everyCommandChecksItsOutput() {
    for (String[] args :
        new String[][] {{"--help"}, {"--version"}, {"free"}, {"http", "--json"}, {"80/tcp"}}) {
      Cli r = run(new PrintStream(new FullDevice(0), true, StandardCharsets.UTF_8), args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(5);
    }
  }
}
