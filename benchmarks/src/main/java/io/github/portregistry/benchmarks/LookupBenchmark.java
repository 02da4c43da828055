package io.github.portregistry.benchmarks;

import io.github.portregistry.PortInfo;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.RangeClass;
import io.github.portregistry.Status;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Budget line 2: {@link PortRegistry#lookup(int)} followed by reading {@link PortInfo#status()} and
 * {@link PortInfo#range()}, against what a user would otherwise have.
 *
 * <ul>
 *   <li>{@link #registryLookup}: {@code lookup(port)}, then {@code status()} and {@code range()}.
 *   <li>{@link #rawByteArray}: the physical limit: a {@code byte[65536]} of precomputed status
 *       ordinals plus the range computed from the port.
 *   <li>{@link #hashMap}: a {@code HashMap<Integer, PortEntry>} built from the parsed CSV, holding
 *       the same per-port data (status and the covering rows); ports no row covers have no entry
 *       and are unassigned. The {@code Integer} key is boxed on every call, as user code does.
 *   <li>{@link #linearScan}: a scan of all 14,499 parsed CSV rows for the ones covering the port.
 * </ul>
 *
 * Every variant hands the same two values, a {@link Status} and a {@link RangeClass}, to the {@link
 * Blackhole}; setup checks that all four agree on every port.
 *
 * <p>Allocation: {@code lookup} returns a two-field {@link PortInfo} made for the call; read only
 * for its status and range, as here, it does not escape and C2 scalar-replaces it, so the loop
 * allocates nothing (0 B/op in {@code -prof gc}). A caller that keeps the value pays 24 bytes.
 *
 * <p>Keys are {@code keys[i++ & MASK]} over {@link Keys#SIZE} pre-generated ports: {@code
 * portSet=RANDOM} over 0-65535, {@code ASSIGNED} over the assigned ports. The CSV comes from the
 * {@code csv} parameter, default {@value UserCsv#DEFAULT_CSV} relative to the repository root.
 *
 * <p>Run (from the repository root, after {@code mvn -B -q package -pl benchmarks -am
 * -DskipTests}):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LookupBenchmark -prof gc
 * java -jar benchmarks/target/benchmarks.jar LookupBenchmark -p csv=/path/to/registry.csv
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class LookupBenchmark {
  private static final Status[] STATUSES = Status.values();

  /** Which ports the keys are drawn from. */
  @Param({"RANDOM", "ASSIGNED"})
  public PortSet portSet;

  /** The registry CSV for the baselines, relative to the working directory. */
  @Param(UserCsv.DEFAULT_CSV)
  public String csv;

  private int[] keys;
  private byte[] raw;
  private Map<Integer, UserCsv.PortEntry> map;
  private List<UserCsv.Row> rows;
  private int i;

  /** Generates the keys, parses the CSV into the baselines and checks they agree. */
  @Setup
  public void setup() {
    keys = Keys.ports(portSet);
    rows = UserCsv.readUnchecked(UserCsv.path(csv));
    map = UserCsv.byPort(rows);
    raw = new byte[65536];
    for (int p = 0; p < raw.length; p++) {
      raw[p] = (byte) PortRegistry.status(p).ordinal();
      UserCsv.PortEntry entry = map.get(p);
      Status fromMap = entry == null ? Status.UNASSIGNED : entry.status;
      if (fromMap != PortRegistry.status(p) || UserCsv.scan(rows, p) != fromMap) {
        throw new IllegalStateException(
            String.format(
                "baseline disagrees with the library on port %d: map %s, scan %s, library %s",
                p, fromMap, UserCsv.scan(rows, p), PortRegistry.status(p)));
      }
    }
  }

  /** The library: {@code lookup(port)}, then {@code status()} and {@code range()}. */
  @Benchmark
  public void registryLookup(Blackhole bh) {
    PortInfo info = PortRegistry.lookup(keys[i++ & Keys.MASK]);
    bh.consume(info.status());
    bh.consume(info.range());
  }

  /** The floor: a raw status byte read and the range computed from the port. */
  @Benchmark
  public void rawByteArray(Blackhole bh) {
    int port = keys[i++ & Keys.MASK];
    bh.consume(STATUSES[raw[port]]);
    bh.consume(UserCsv.rangeOf(port));
  }

  /** The hand-rolled map: {@code map.get(port)}, absent meaning unassigned. */
  @Benchmark
  public void hashMap(Blackhole bh) {
    int port = keys[i++ & Keys.MASK];
    UserCsv.PortEntry entry = map.get(port);
    bh.consume(entry == null ? Status.UNASSIGNED : entry.status);
    bh.consume(UserCsv.rangeOf(port));
  }

  /** The naive alternative: scan every parsed row. */
  @Benchmark
  public void linearScan(Blackhole bh) {
    int port = keys[i++ & Keys.MASK];
    bh.consume(UserCsv.scan(rows, port));
    bh.consume(UserCsv.rangeOf(port));
  }
}
