package io.github.portregistry.benchmarks;

import io.github.portregistry.HistoryPeriod;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.Status;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first {@code history()} in a fresh JVM, beside the first lookup: {@link Mode#SingleShotTime},
 * no warm-up, one call a fork; read the median.
 *
 * <ul>
 *   <li>{@link #firstHistory}: {@code lookup(47).history()}: the library's classes, the status
 *       table, the history table (inflated from the jar, checked, decoded) and the records table
 *       its strings refer to.
 *   <li>{@link #firstLookup}: {@code lookup(47).status()}, for scale: history must not add to it.
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar HistoryColdStartBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class HistoryColdStartBenchmark {
  /** The first history in a fresh JVM. */
  @Benchmark
  public List<HistoryPeriod> firstHistory() {
    return PortRegistry.lookup(47).history();
  }

  /** The first lookup in a fresh JVM. */
  @Benchmark
  public Status firstLookup() {
    return PortRegistry.lookup(47).status();
  }
}
