package io.github.portregistry.cli;

import java.io.PrintStream;

/**
 * The results of one command as JSON: with {@code --json} one document, the result itself when the
 * question has exactly one answer (one port) and otherwise an array, one element a line, so that
 * {@code | python3 -m json.tool} and {@code | jq} read it whole; with {@code --json-lines} one
 * object a line, for streaming. The shape depends on the question, never on how many results the
 * data happens to hold: {@code name ssh} is an array even when one record has the name.
 */
final class JsonOutput {
  private final PrintStream out;
  private final boolean array;
  private int count;

  /**
   * @param format {@link Arguments#JSON} or {@link Arguments#JSON_LINES}
   * @param single the question has exactly one answer (one port): print it without an array
   */
  JsonOutput(PrintStream out, int format, boolean single) {
    this.out = out;
    this.array = format == Arguments.JSON && !single;
  }

  void add(JsonWriter value) {
    if (array) {
      out.print(count == 0 ? "[\n" : ",\n");
      out.print(value);
    } else {
      out.println(value);
    }
    count++;
  }

  /** Ends the document: closes the array, or prints {@code []} when there was nothing. */
  void end() {
    if (array) {
      out.print(count == 0 ? "[]\n" : "\n]\n");
    }
  }
}
