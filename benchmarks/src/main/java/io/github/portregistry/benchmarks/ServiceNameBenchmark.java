package io.github.portregistry.benchmarks;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.ServiceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
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
 * Budget line 3: {@link PortRegistry#byServiceName(String)} for names in the registry (hits) and
 * names not in it (misses), against the {@code HashMap<String, List<Row>>} keyed by lower-cased
 * name that a user would build from the CSV and query with {@code
 * map.get(name.toLowerCase(Locale.ROOT))}.
 *
 * <ul>
 *   <li>{@link #registryHit}, {@link #registryMiss}: the library, which keeps every name in lower
 *       case and in capitals, finds those spellings with the query's own hash, folds any other case
 *       letter by letter, and returns a list made when the index was built (0 B/op).
 *   <li>{@link #hashMapHit}, {@link #hashMapMiss}: the baseline.
 * </ul>
 *
 * Names are {@code names[i++ & MASK]} over {@link Keys#SIZE} pre-generated strings: hits drawn from
 * the registry's 7,305 distinct service names, misses the same names with the last character
 * replaced by {@code _} (never valid in a service name). {@code nameCase=AS_REGISTERED} asks with
 * the registry's own spelling (almost always lower case), so {@code toLowerCase} returns the same
 * {@code String} and the baseline also reuses its cached {@code hashCode}: the most favourable case
 * for the map. {@code UPPER} asks in upper case, as user input often is, so the baseline allocates
 * and hashes a fresh lower-cased copy every call. Every query is a copy with its own bytes, as a
 * string parsed from a request or a file would be.
 *
 * <p>The CSV comes from the {@code csv} parameter, default {@value UserCsv#DEFAULT_CSV} relative to
 * the repository root.
 *
 * <p>Run (from the repository root, after {@code mvn -B -q package -pl benchmarks -am
 * -DskipTests}):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ServiceNameBenchmark -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class ServiceNameBenchmark {
  /** How the names are spelled when asked. */
  public enum NameCase {
    /** As the registry writes them. */
    AS_REGISTERED,
    /** Upper case ("HTTP"). */
    UPPER
  }

  /** How the names are spelled when asked. */
  @Param({"AS_REGISTERED", "UPPER"})
  public NameCase nameCase;

  /** The registry CSV for the baseline, relative to the working directory. */
  @Param(UserCsv.DEFAULT_CSV)
  public String csv;

  private String[] hits;
  private String[] misses;
  private Map<String, List<UserCsv.Row>> map;
  private int i;

  /** Parses the CSV into the baseline map, picks the names and checks both sides agree. */
  @Setup
  public void setup() {
    map = UserCsv.byName(UserCsv.readUnchecked(UserCsv.path(csv)));
    List<String> names = new ArrayList<>();
    for (List<UserCsv.Row> rows : map.values()) {
      names.add(rows.get(0).serviceName());
    }
    names.sort(null); // HashMap order is not stable across JDKs; the picks must be
    SplittableRandom random = Keys.random();
    hits = new String[Keys.SIZE];
    misses = new String[Keys.SIZE];
    for (int k = 0; k < Keys.SIZE; k++) {
      String name = names.get(random.nextInt(names.size()));
      if (nameCase == NameCase.UPPER) {
        name = name.toUpperCase(Locale.ROOT);
      }
      // A copy with its own bytes: a user's query (from a config file, a request, the command
      // line) is never the String the map holds as a key, and HashMap.get skips equals() when it
      // is. new String(name) would share the key's byte array.
      hits[k] = new String(name.toCharArray());
      misses[k] = name.substring(0, name.length() - 1).concat("_");
      List<ServiceRecord> fromLibrary = PortRegistry.byServiceName(hits[k]);
      List<UserCsv.Row> fromMap = map.get(hits[k].toLowerCase(Locale.ROOT));
      if (fromMap == null || fromLibrary.size() != fromMap.size()) {
        throw new IllegalStateException("baseline disagrees with the library on " + hits[k]);
      }
      if (!PortRegistry.byServiceName(misses[k]).isEmpty()
          || map.containsKey(misses[k].toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException("miss key " + misses[k] + " is in the registry");
      }
    }
  }

  /** The library, a name in the registry. */
  @Benchmark
  public List<ServiceRecord> registryHit() {
    return PortRegistry.byServiceName(hits[i++ & Keys.MASK]);
  }

  /** The library, a name not in the registry. */
  @Benchmark
  public List<ServiceRecord> registryMiss() {
    return PortRegistry.byServiceName(misses[i++ & Keys.MASK]);
  }

  /** The baseline, a name in the registry. */
  @Benchmark
  public List<UserCsv.Row> hashMapHit() {
    List<UserCsv.Row> rows = map.get(hits[i++ & Keys.MASK].toLowerCase(Locale.ROOT));
    return rows == null ? List.of() : rows;
  }

  /** The baseline, a name not in the registry. */
  @Benchmark
  public List<UserCsv.Row> hashMapMiss() {
    List<UserCsv.Row> rows = map.get(misses[i++ & Keys.MASK].toLowerCase(Locale.ROOT));
    return rows == null ? List.of() : rows;
  }
}
