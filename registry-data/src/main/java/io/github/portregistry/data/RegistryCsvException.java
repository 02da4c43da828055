package io.github.portregistry.data;

/**
 * The registry CSV cannot be compiled: it names the file, the 1-based line and column where the
 * problem starts, the offending value and the reason.
 *
 * <p>This is the only exception the generator throws for bad input; anything else escaping from
 * {@link GenerateRegistryTable} is a bug in the generator. The message has the form {@code
 * file:line:column: reason}, which IDEs and terminals turn into a link, for example:
 *
 * <pre>
 * service-names-port-numbers.csv:1234:23: unknown transport protocol "tcpx" (expected tcp, udp, sctp, dccp or empty)
 * </pre>
 */
public final class RegistryCsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String reason;

  /**
   * @param file the file name as the user gave it
   * @param line 1-based line of the offending value (lines are counted by line breaks, including
   *     those inside quoted fields)
   * @param column 1-based column (in characters) within that line
   * @param reason what is wrong, naming the offending value in double quotes
   */
  public RegistryCsvException(String file, int line, int column, String reason) {
    super(file + ":" + line + ":" + column + ": " + reason);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** The file name as given to the generator. */
  public String file() {
    return file;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }

  /** The 1-based column number, in characters. */
  public int column() {
    return column;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }
}
