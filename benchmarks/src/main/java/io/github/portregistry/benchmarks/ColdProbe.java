package io.github.portregistry.benchmarks;

import io.github.portregistry.PortRegistry;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One first call in a fresh JVM, timed from {@code main}: what {@link ColdStart} runs in every
 * sample, with only the core jar (and this class, and for {@code parse-csv} {@link UserCsv}) on the
 * class path. Prints the microseconds from the start of {@code main} to the answer, and nothing
 * else, so that the JVM's own start-up (the same for every program) is not counted, while
 * everything the first call loads is.
 *
 * <pre>
 * java -cp port-registry.jar:probe-dir io.github.portregistry.benchmarks.ColdProbe describe
 * </pre>
 *
 * <p>No string concatenation, lambdas or formatting before the clock stops: their bootstrap would
 * be measured as the library's.
 */
public final class ColdProbe {
  private ColdProbe() {}

  /**
   * Runs one first call and prints its time.
   *
   * @param args the call: {@code nothing}, {@code status}, {@code lookup}, {@code describe}, {@code
   *     name} or {@code parse-csv CSV}
   * @throws IOException when the CSV of {@code parse-csv} cannot be read
   */
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    Object answer;
    switch (args[0]) {
      case "nothing":
        answer = "";
        break;
      case "status":
        answer = PortRegistry.status(252);
        break;
      case "lookup":
        answer = PortRegistry.lookup(252).status();
        break;
      case "describe":
        answer = PortRegistry.lookup(252).describe();
        break;
      case "name":
        answer = PortRegistry.byServiceName("ssh");
        break;
      case "parse-csv":
        answer = UserCsv.byPort(UserCsv.read(Path.of(args[1])));
        break;
      default:
        throw new IllegalArgumentException(args[0]);
    }
    long micros = (System.nanoTime() - start) / 1000;
    if (answer == null) {
      throw new AssertionError(args[0]);
    }
    System.out.println(micros);
  }
}
