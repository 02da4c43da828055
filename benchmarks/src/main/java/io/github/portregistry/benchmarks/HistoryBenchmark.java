package io.github.portregistry.benchmarks;

import io.github.portregistry.HistoryPeriod;
import io.github.portregistry.PortRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code lookup(port).history()} after first use, beside {@code describe()} in the same run (the
 * budget: history within 10x of describe, and allocation-light).
 *
 * <ul>
 *   <li>{@link #history}: the port's periods, every protocol; built once a port, then the same list
 *       is returned: the call is a lookup and an array read.
 *   <li>{@link #historyOneProtocol}: {@code history(Protocol.TCP)}, filtered for the call.
 *   <li>{@link #describe}: the port's whole page of text, its History section included: built for
 *       every call.
 * </ul>
 *
 * <p>Every port's history is built in setup, so the measurement is steady state. Keys are {@code
 * keys[i++ & MASK]} over {@link Keys#SIZE} pre-generated ports, as in {@link LookupBenchmark}.
 *
 * <p>Run (from the repository root, after {@code mvn -B -q package -pl benchmarks -am
 * -DskipTests}):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar HistoryBenchmark -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class HistoryBenchmark {
  /** Which ports the keys are drawn from. */
  @Param({"RANDOM", "ASSIGNED"})
  public PortSet portSet;

  private int[] keys;
  private int i;

  /** Generates the keys and builds every port's history once. */
  @Setup
  public void setup() {
    keys = Keys.ports(portSet);
    for (int port = 0; port <= 65535; port++) {
      PortRegistry.lookup(port).history();
    }
  }

  /** Every period of the port, built on first use. */
  @Benchmark
  public List<HistoryPeriod> history() {
    return PortRegistry.lookup(keys[i++ & Keys.MASK]).history();
  }

  /** The TCP periods of the port. */
  @Benchmark
  public List<HistoryPeriod> historyOneProtocol() {
    return PortRegistry.lookup(keys[i++ & Keys.MASK]).history(io.github.portregistry.Protocol.TCP);
  }

  /** The port's page of text, for scale. */
  @Benchmark
  public String describe() {
    return PortRegistry.lookup(keys[i++ & Keys.MASK]).describe();
  }
}
