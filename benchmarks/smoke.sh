#!/usr/bin/env bash
# Smoke pass over the benchmarks, for .ci/run: every benchmark once, for a fraction of a second,
# plus one run of the HeapFootprint harness, so that none of them can
# rot. Asserts nothing about timings; fails only when JMH or a harness fails (a benchmark that
# throws, a setup check that finds a baseline disagreeing with the library, a missing CSV).
#
# Usage, from anywhere:  benchmarks/smoke.sh            (uses $JAVA_HOME/bin/java if set)
# Builds the jar first unless SMOKE_SKIP_BUILD=1 (when the caller has just run mvn package).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root" # the benchmarks' default csv parameter is relative to the repository root
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=benchmarks/target/benchmarks.jar

if [[ "${SMOKE_SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -q package -pl benchmarks -am -DskipTests
fi

# JMH exits non-zero when a benchmark fails only with -foe true. The smoke pass measures
# nothing, so it need not wait for the JMH lock that guards measuring runs.
common=(-foe true -f 1 -i 1)
echo "== steady-state benchmarks, one 100 ms iteration each"
"$java" -Djmh.ignoreLock=true -jar "$jar" "${common[@]}" -wi 0 -w 100ms -r 100ms \
  'StatusBenchmark|LookupBenchmark|ServiceNameBenchmark|SearchBenchmark'
echo "== cold start (SingleShotTime), one fork each"
"$java" -Djmh.ignoreLock=true -jar "$jar" "${common[@]}" -wi 0 ColdStartBenchmark
echo "== heap footprint harness, one run"
core_jar=$(ls core/target/port-registry-*.jar | grep -v -e sources -e javadoc | sed -n 1p)
"$java" -cp "$jar" io.github.portregistry.benchmarks.HeapFootprint "$core_jar" 1
echo "benchmarks smoke: OK"
