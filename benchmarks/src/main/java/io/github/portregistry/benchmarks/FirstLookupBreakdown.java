package io.github.portregistry.benchmarks;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.internal.RegistryTable;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the first lookup's time goes: the companion of {@link ColdStartBenchmark}, kept because
 * that benchmark showed the first lookup missing its 10 ms budget. Not a JMH benchmark: a {@code
 * main} that starts fresh JVMs (the core jar first on the class path) and reports the median of
 * each step in milliseconds, each timed with {@link System#nanoTime()} in a cold JVM:
 *
 * <ol>
 *   <li>{@code open}: {@code getResourceAsStream} of the table, the first resource read from the
 *       jar (loads the jar URL connection classes);
 *   <li>{@code readAllBytes}: inflating the table out of the jar;
 *   <li>{@code decode}: {@code RegistryTable.decode}: CRC32 and the section layout;
 *   <li>{@code load again}: a second {@code RegistryTable.load()} in the same JVM: what reading
 *       the table costs once the classes are loaded;
 *   <li>{@code Registry init}: the first {@code PortRegistry.status(80)}: the library's own
 *       initialisation, which loads the table once more (so subtract {@code load again});
 *   <li>{@code build PortInfo(252)}: the first {@code lookup(252)} after that.
 * </ol>
 *
 * A separate child times a plain first {@code lookup(252)}, nothing before it, as the user sees
 * it. Run from the repository root after {@code mvn -B -q package -pl benchmarks -am
 * -DskipTests}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.portregistry.benchmarks.FirstLookupBreakdown \
 *     core/target/port-registry-0.1.0-SNAPSHOT.jar [runs, default 9]
 * </pre>
 */
public final class FirstLookupBreakdown {
  private static final String[] STEPS = {
    "open", "readAllBytes", "decode", "load again", "Registry init (incl. a load)",
    "build PortInfo(252)"
  };

  private FirstLookupBreakdown() {}

  /** Parent: {@code FirstLookupBreakdown core-jar [runs]}; children: {@code --steps}, {@code --plain}. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--steps")) {
      steps();
      return;
    }
    if (args.length > 0 && args[0].equals("--plain")) {
      long t0 = System.nanoTime();
      PortRegistry.lookup(252);
      System.out.println(System.nanoTime() - t0);
      return;
    }
    if (args.length < 1) {
      System.err.println("usage: FirstLookupBreakdown <core jar> [runs, default 9]");
      System.exit(2);
    }
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    String classPath = Path.of(args[0]).toAbsolutePath() + File.pathSeparator
        + System.getProperty("java.class.path");
    long[][] steps = new long[STEPS.length][runs];
    long[] plain = new long[runs];
    for (int r = 0; r < runs; r++) {
      long[] s = runChild(classPath, "--steps");
      for (int k = 0; k < STEPS.length; k++) {
        steps[k][r] = s[k];
      }
      plain[r] = runChild(classPath, "--plain")[0];
    }
    System.out.printf("java.version %s; median of %d fresh JVMs [min-max], ms%n",
        System.getProperty("java.version"), runs);
    print("first lookup(252), nothing before it", plain);
    System.out.println("the same, step by step in another JVM:");
    for (int k = 0; k < STEPS.length; k++) {
      print("  " + STEPS[k], steps[k]);
    }
  }

  private static void print(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf("%-40s %7.2f  [%.2f-%.2f]%n", what, sorted[sorted.length / 2] / 1e6,
        sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6);
  }

  private static long[] runChild(String classPath, String mode)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
        FirstLookupBreakdown.class.getName(), mode));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String last = null;
    StringBuilder all = new StringBuilder();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        all.append(line).append('\n');
        last = line;
      }
    }
    if (process.waitFor() != 0 || last == null) {
      throw new IllegalStateException("child JVM failed: " + command + "\n" + all);
    }
    return Arrays.stream(last.trim().split(" ")).mapToLong(Long::parseLong).toArray();
  }

  private static void steps() throws IOException {
    long t0 = System.nanoTime();
    InputStream in = RegistryTable.class.getResourceAsStream(RegistryTable.RESOURCE);
    long t1 = System.nanoTime();
    byte[] bytes;
    try (in) {
      bytes = in.readAllBytes();
    }
    long t2 = System.nanoTime();
    RegistryTable.decode(bytes, RegistryTable.RESOURCE);
    long t3 = System.nanoTime();
    RegistryTable.load();
    long t4 = System.nanoTime();
    PortRegistry.status(80);
    long t5 = System.nanoTime();
    PortRegistry.lookup(252);
    long t6 = System.nanoTime();
    System.out.println((t1 - t0) + " " + (t2 - t1) + " " + (t3 - t2) + " " + (t4 - t3) + " "
        + (t5 - t4) + " " + (t6 - t5));
  }
}
