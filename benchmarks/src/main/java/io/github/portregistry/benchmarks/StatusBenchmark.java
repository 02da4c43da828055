package io.github.portregistry.benchmarks;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.Status;
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
 * Budget line 1: {@link PortRegistry#status(int)} against the physical limit of a port lookup, a
 * read from a raw {@code byte[65536]} of precomputed status ordinals.
 *
 * <ul>
 *   <li>{@link #registryStatus}: {@code PortRegistry.status(port)}, the library call (range check,
 *       status byte read, decode table read).
 *   <li>{@link #rawByteArray}: {@code raw[port]}, the byte alone: the floor the budget (at most
 *       1.5x) is measured against.
 *   <li>{@link #rawByteArrayToStatus}: {@code STATUSES[raw[port]]}, the raw read turned into the
 *       same {@link Status} enum the library returns, for reference.
 * </ul>
 *
 * Keys are {@code keys[i++ & MASK]} over {@link Keys#SIZE} pre-generated ports, uniform over
 * 0-65535 ({@code portSet=RANDOM}) or over the assigned ports ({@code ASSIGNED}). All three
 * allocate nothing; {@code -prof gc} shows it.
 *
 * <p>Run (from the repository root, after {@code mvn -B -q package -pl benchmarks -am
 * -DskipTests}):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StatusBenchmark -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class StatusBenchmark {
  private static final Status[] STATUSES = Status.values();

  /** Which ports the keys are drawn from. */
  @Param({"RANDOM", "ASSIGNED"})
  public PortSet portSet;

  private int[] keys;
  private byte[] raw;
  private int i;

  /** Generates the keys and copies the library's answers into the raw array. */
  @Setup
  public void setup() {
    keys = Keys.ports(portSet);
    raw = new byte[65536];
    for (int p = 0; p < raw.length; p++) {
      raw[p] = (byte) PortRegistry.status(p).ordinal();
    }
  }

  /** The library: {@code PortRegistry.status(port)}. */
  @Benchmark
  public Status registryStatus() {
    return PortRegistry.status(keys[i++ & Keys.MASK]);
  }

  /** The floor: one byte read from a {@code byte[65536]}. */
  @Benchmark
  public byte rawByteArray() {
    return raw[keys[i++ & Keys.MASK]];
  }

  /** The floor plus the enum: {@code Status.values()[raw[port]]}. */
  @Benchmark
  public Status rawByteArrayToStatus() {
    return STATUSES[raw[keys[i++ & Keys.MASK]]];
  }
}
