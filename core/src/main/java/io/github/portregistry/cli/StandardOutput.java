package io.github.portregistry.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that stops the program at the first failed write. {@link PrintStream} swallows
 * write errors, so {@code port-registry 0-65535 | head -1} would otherwise render all 65,536 pages
 * into a closed pipe and {@code > /dev/full} would exit 0. This stream sits below the print
 * stream's buffer and turns the {@link IOException} of the file descriptor into a {@link
 * WriteFailed}, which the print stream does not catch: the command ends at the next buffer flush
 * (every 64 KB), and {@link Main} reports it in one line.
 */
final class StandardOutput extends OutputStream {
  private final OutputStream target;

  /**
   * Writing to {@code target} failed: the message is the system's reason, such as "Broken pipe".
   */
  static final class WriteFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailed(IOException cause) {
      super(
          cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause, false, false);
    }
  }

  StandardOutput(OutputStream target) {
    this.target = target;
  }

  /** The process's standard output, UTF-8, buffered 64 KB, failing at the first write error. */
  static PrintStream open() {
    OutputStream fd = new StandardOutput(new FileOutputStream(FileDescriptor.out));
    return new PrintStream(new BufferedOutputStream(fd, 1 << 16), false, StandardCharsets.UTF_8);
  }

  @Override
  public void write(int b) {
    try {
      target.write(b);
    } catch (IOException e) {
      throw new WriteFailed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    try {
      target.write(b, off, len);
    } catch (IOException e) {
      throw new WriteFailed(e);
    }
  }

  @Override
  public void flush() {
    try {
      target.flush();
    } catch (IOException e) {
      throw new WriteFailed(e);
    }
  }
}
