package io.github.portregistry.benchmarks;

import io.github.portregistry.PortRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * java -cp port-registry.jar:probe-dir io.github.portregistry.benchmarks.ColdProbe describe cpu
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
   *     name} (ssh, and its first record), {@code history} (of port 47) or {@code parse-csv CSV};
   *     then {@code cpu} to print the main thread's CPU time in microseconds before the wall time
   * @throws IOException when the CSV of {@code parse-csv} cannot be read
   */
  public static void main(String[] args) throws IOException {
    // "cpu" after the call: also the main thread's CPU time, which a loaded machine inflates far
    // less than the wall time. ThreadMXBean is read before the clock starts, so the JDK classes it
    // loads are not counted, but they are then loaded for the call too (see the README).
    ThreadMXBean cpu =
        args.length > 1 && args[args.length - 1].equals("cpu")
            ? ManagementFactory.getThreadMXBean()
            : null;
    long cpuStart = cpu == null ? 0 : cpu.getCurrentThreadCpuTime();
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
        // The list builds its records when read: the first one is part of the answer.
        answer = PortRegistry.byServiceName("ssh").get(0);
        break;
      case "history":
        answer = PortRegistry.lookup(47).history();
        break;
      case "parse-csv":
        answer = UserCsv.byPort(UserCsv.read(Path.of(args[1])));
        break;
      default:
        throw new IllegalArgumentException(args[0]);
    }
    long micros = (System.nanoTime() - start) / 1000;
    long cpuMicros = cpu == null ? 0 : (cpu.getCurrentThreadCpuTime() - cpuStart) / 1000;
    if (answer == null) {
      throw new AssertionError(args[0]);
    }
    if (cpu != null) {
      System.out.print(cpuMicros);
      System.out.print(' ');
    }
    System.out.println(micros);
  }
}
