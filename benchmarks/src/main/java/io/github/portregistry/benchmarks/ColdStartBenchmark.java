package io.github.portregistry.benchmarks;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
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
 * Budget line 4: the cost of the first answer in a fresh JVM. {@link Mode#SingleShotTime} with no
 * warm-up and one measured call in each of many forks, so every sample is a cold JVM; read the
 * median ({@code p0.50}) rather than the mean, which one slow fork can drag.
 *
 * <ul>
 *   <li>{@link #firstLookup}: {@code PortRegistry.lookup(252).status()}: loading and initialising
 *       the library's classes, reading the 64 KB status table from the jar and checking it. Nothing
 *       of the library is touched before the measured call.
 *   <li>{@link #firstDescribe}: {@code PortRegistry.lookup(252).describe()}: the same plus the
 *       records table (a megabyte inflated from the jar, checked and decoded) and the port's
 *       records, which a first lookup does not read: the cost of the first text.
 *   <li>{@link #parseCsv}: the alternative: reading the registry CSV with a {@code BufferedReader}
 *       and a quote-aware split and building the {@code HashMap<Integer, PortEntry>} (see {@link
 *       UserCsv}). The file is in the OS page cache after the first fork, as the jar is.
 * </ul>
 *
 * The CSV comes from the {@code csv} parameter, default {@value UserCsv#DEFAULT_CSV} relative to
 * the repository root; its path is resolved in setup, outside the measurement.
 *
 * <p>Run (from the repository root, after {@code mvn -B -q package -pl benchmarks -am
 * -DskipTests}); keep the forks from the annotation (30), do not add {@code -prof gc} (it loads
 * management classes into the fork before the measured call):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ColdStartBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(30)
public class ColdStartBenchmark {

  /** The CSV for the baseline, resolved before the measured call. */
  @State(Scope.Benchmark)
  public static class CsvFile {
    /** The registry CSV, relative to the working directory. */
    @Param(UserCsv.DEFAULT_CSV)
    public String csv;

    Path path;

    /** Resolves the path. */
    @Setup
    public void setup() {
      path = UserCsv.path(csv);
    }
  }

  /** The library's first answer in a fresh JVM. */
  @Benchmark
  public Status firstLookup() {
    return PortRegistry.lookup(252).status();
  }

  /** The library's first page of text in a fresh JVM. */
  @Benchmark
  public String firstDescribe() {
    return PortRegistry.lookup(252).describe();
  }

  /** Reading and parsing the CSV into the per-port map in a fresh JVM. */
  @Benchmark
  public Map<Integer, UserCsv.PortEntry> parseCsv(CsvFile file) throws IOException {
    return UserCsv.byPort(UserCsv.read(file.path));
  }
}
