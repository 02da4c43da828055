package io.github.portregistry.benchmarks;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.ServiceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link PortRegistry#search(String)} against linear scans of the records that a user would write,
 * over the same records ({@link PortRegistry#records()}, copied into an array first):
 *
 * <ul>
 *   <li>{@link #registrySearch}: the library; ranked, and the records of the hits are the ones the
 *       registry caches (built once, not per call).
 *   <li>{@link #linearScan}: {@code name.toLowerCase(ROOT).contains(q) ||
 *       description.toLowerCase(ROOT).contains(q)} on every record: what a user writes first,
 *       unranked.
 *   <li>{@link #linearScanLowerCasedOnce}: the same with the lower-cased texts computed once in
 *       setup, as a careful user would; unranked, so the library's ranking is the difference.
 * </ul>
 *
 * Queries are {@code queries[i++ & MASK]} over {@link Keys#SIZE} strings, each a copy with its own
 * bytes: half service names picked at random from the registry (so prefix and exact hits), half
 * words people search for ("postgres", "dhcp", "secure shell", ...). The setup checks that the
 * three return the same number of records for every query.
 *
 * <p>Run (from the repository root, after {@code mvn -B -q package -pl benchmarks -am
 * -DskipTests}):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SearchBenchmark -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SearchBenchmark {
  private static final String[] WORDS = {
    "postgres",
    "dhcp",
    "http",
    "secure shell",
    "kerberos",
    "mail",
    "dns",
    "database",
    "game",
    "video",
    "printer",
    "vpn",
    "ldap",
    "sip",
    "backup",
    "monitor"
  };

  private String[] queries;
  private ServiceRecord[] records;
  private String[] lowerNames;
  private String[] lowerDescriptions;
  private int i;

  /** Picks the queries, copies the records and checks that the three answers agree. */
  @Setup
  public void setup() {
    records = PortRegistry.records().toArray(new ServiceRecord[0]);
    lowerNames = new String[records.length];
    lowerDescriptions = new String[records.length];
    List<String> names = new ArrayList<>();
    for (int r = 0; r < records.length; r++) {
      lowerNames[r] = records[r].serviceName().toLowerCase(Locale.ROOT);
      lowerDescriptions[r] = records[r].description().toLowerCase(Locale.ROOT);
      if (!records[r].serviceName().isEmpty()) {
        names.add(records[r].serviceName());
      }
    }
    SplittableRandom random = Keys.random();
    queries = new String[Keys.SIZE];
    for (int k = 0; k < Keys.SIZE; k++) {
      String q =
          k % 2 == 0
              ? names.get(random.nextInt(names.size()))
              : WORDS[random.nextInt(WORDS.length)];
      queries[k] = new String(q.toCharArray()); // its own bytes, as a query read from input
    }
    for (String q : WORDS) {
      int library = PortRegistry.search(q).size();
      if (library != linearScan(q).size() || library != linearScanLowerCasedOnce(q).size()) {
        throw new IllegalStateException("the scans disagree with the library on " + q);
      }
    }
  }

  /** The library: ranked hits. */
  @Benchmark
  public List<ServiceRecord> registrySearch() {
    return PortRegistry.search(queries[i++ & Keys.MASK]);
  }

  /** The first thing a user writes: lower-case every text on every call. */
  @Benchmark
  public List<ServiceRecord> linearScan() {
    return linearScan(queries[i++ & Keys.MASK]);
  }

  /** A careful user: texts lower-cased once, in setup. */
  @Benchmark
  public List<ServiceRecord> linearScanLowerCasedOnce() {
    return linearScanLowerCasedOnce(queries[i++ & Keys.MASK]);
  }

  private List<ServiceRecord> linearScan(String query) {
    String q = query.toLowerCase(Locale.ROOT);
    List<ServiceRecord> hits = new ArrayList<>();
    for (ServiceRecord r : records) {
      if (r.serviceName().toLowerCase(Locale.ROOT).contains(q)
          || r.description().toLowerCase(Locale.ROOT).contains(q)) {
        hits.add(r);
      }
    }
    return hits;
  }

  private List<ServiceRecord> linearScanLowerCasedOnce(String query) {
    String q = query.toLowerCase(Locale.ROOT);
    List<ServiceRecord> hits = new ArrayList<>();
    for (int r = 0; r < records.length; r++) {
      if (lowerNames[r].contains(q) || lowerDescriptions[r].contains(q)) {
        hits.add(records[r]);
      }
    }
    return hits;
  }
}
