/**
 * JMH benchmarks of port-registry beside the baselines a user would write, one class per budget
 * line of the performance budget (see the README's "Performance" section and {@code
 * benchmarks/results/}).
 *
 * <ul>
 *   <li>{@link io.github.portregistry.benchmarks.StatusBenchmark}: {@code status(int)} vs a raw
 *       {@code byte[65536]}.
 *   <li>{@link io.github.portregistry.benchmarks.LookupBenchmark}: {@code lookup(int)} then {@code
 *       status()} and {@code range()} vs the raw array, a {@code HashMap<Integer, ...>} and a
 *       linear scan of the parsed CSV.
 *   <li>{@link io.github.portregistry.benchmarks.ServiceNameBenchmark}: {@code byServiceName} hits
 *       and misses vs a {@code HashMap<String, List<...>>}.
 *   <li>{@link io.github.portregistry.benchmarks.ColdStartBenchmark}: the first {@code lookup(252)}
 *       in a fresh JVM vs parsing the CSV.
 *   <li>{@link io.github.portregistry.benchmarks.HeapFootprint}: retained heap and jar size (a
 *       {@code main}, not JMH).
 * </ul>
 *
 * <p>Build and run from the repository root:
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar 'StatusBenchmark|LookupBenchmark|ServiceNameBenchmark' \
 *     -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff steady.json
 * java -jar benchmarks/target/benchmarks.jar ColdStartBenchmark -f 30 -rf json -rff cold.json
 * java -cp benchmarks/target/benchmarks.jar io.github.portregistry.benchmarks.HeapFootprint \
 *     core/target/port-registry-0.1.0-SNAPSHOT.jar 5
 * </pre>
 *
 * <p>The baselines read the registry CSV (see {@link io.github.portregistry.benchmarks.UserCsv})
 * from the JMH parameter {@code csv}, default {@code
 * registry-data/src/main/registry/history/2026-04-09.csv} relative to the working directory; from
 * elsewhere pass {@code -p csv=/absolute/path.csv}. {@code benchmarks/smoke.sh} runs everything
 * once, briefly, for CI.
 */
package io.github.portregistry.benchmarks;
