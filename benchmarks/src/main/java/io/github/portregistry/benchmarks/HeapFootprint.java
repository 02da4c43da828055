package io.github.portregistry.benchmarks;

import io.github.portregistry.PortInfo;
import io.github.portregistry.PortRegistry;
import io.github.portregistry.ServiceRecord;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Budget line 5: the retained heap of the loaded registry and the size of the core jar. Not a JMH
 * benchmark: a {@code main} that starts fresh JVMs and reports medians.
 *
 * <p>Each child JVM (the same {@code java} as the parent, the core jar first on its class path)
 * measures the used heap after repeated {@link System#gc()} until it stops changing, at these
 * points, holding on to every answer so nothing is collected:
 *
 * <ol>
 *   <li>before any use of the library (the baseline, subtracted from the rest);
 *   <li>after the first {@code PortRegistry.lookup(252)}: the table, the status copy and the empty
 *       caches;
 *   <li>after {@code byServiceName("http")}: plus the service name hash index;
 *   <li>after {@code PortRegistry.all()} has been walked: every {@link PortInfo} and {@link
 *       ServiceRecord} built and cached.
 * </ol>
 *
 * A second kind of child measures the baseline a user would hold instead: the CSV read with {@link
 * UserCsv} into the per-port {@code HashMap} and the service name {@code HashMap}.
 *
 * <p>Each is repeated in several fresh JVMs under the Serial collector (exact object bytes) and
 * under G1, the default (whose used heap counts a large array's whole humongous regions); the
 * report gives the median and the range of the differences.
 *
 * <p>Run from the repository root after {@code mvn -B -q package -pl benchmarks -am -DskipTests}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.portregistry.benchmarks.HeapFootprint \
 *     core/target/port-registry-0.1.0-SNAPSHOT.jar [runs, default 5] [csv, default the vendored CSV]
 * </pre>
 */
public final class HeapFootprint {
  private static final String CHILD = "--child";
  private static final String CHILD_CSV = "--child-csv";
  private static final String[] STAGES = {
    "after first lookup(252)", "after byServiceName(\"http\")", "after all() walked"
  };

  /** Holds every answer so that the collector cannot take it back. */
  private static final List<Object> KEEP = new ArrayList<>();

  private HeapFootprint() {}

  /**
   * Parent: {@code HeapFootprint core-jar [runs] [csv]}. Children: {@code --child} and {@code
   * --child-csv csv}, each printing its measurements on one line.
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(CHILD)) {
      child();
      return;
    }
    if (args.length > 1 && args[0].equals(CHILD_CSV)) {
      childCsv(Path.of(args[1]));
      return;
    }
    if (args.length < 1) {
      System.err.println("usage: HeapFootprint <core jar> [runs, default 5] [csv]");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String csv = UserCsv.path(args.length > 2 ? args[2] : UserCsv.DEFAULT_CSV).toString();

    System.out.printf(
        "java.version %s (%s)%n",
        System.getProperty("java.version"), System.getProperty("java.vm.name"));
    reportJar(jar);
    String classPath =
        jar.toAbsolutePath() + File.pathSeparator + System.getProperty("java.class.path");
    for (String gc : new String[] {"-XX:+UseSerialGC", "-XX:+UseG1GC"}) {
      long[][] registry = new long[runs][];
      long[][] user = new long[runs][];
      for (int r = 0; r < runs; r++) {
        registry[r] = runChild(classPath, gc, CHILD);
        user[r] = runChild(classPath, gc, CHILD_CSV, csv);
      }
      System.out.printf("%nRetained heap, %s, median of %d fresh JVMs [min-max]:%n", gc, runs);
      for (int s = 0; s < STAGES.length; s++) {
        line("port-registry " + STAGES[s], registry, s + 1);
      }
      line("user baseline: CSV rows + HashMap<Integer,PortEntry>", user, 1);
      line("user baseline: + HashMap<String,List<Row>>", user, 2);
    }
  }

  private static void reportJar(Path jar) throws IOException {
    long size = Files.size(jar);
    System.out.printf("core jar %s: %,d bytes (%.1f KiB)%n", jar, size, size / 1024.0);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry table = zip.getEntry("io/github/portregistry/internal/registry.bin");
      if (table != null) {
        System.out.printf(
            "  of which registry.bin: %,d bytes deflated (%,d bytes inflated)%n",
            table.getCompressedSize(), table.getSize());
      }
    }
  }

  private static void line(String what, long[][] runs, int stage) {
    long[] delta = new long[runs.length];
    for (int r = 0; r < runs.length; r++) {
      delta[r] = runs[r][stage] - runs[r][0];
    }
    Arrays.sort(delta);
    long median = delta[delta.length / 2];
    System.out.printf(
        "  %-55s %,12d bytes (%6.2f MiB) [%,d-%,d]%n",
        what, median, median / 1048576.0, delta[0], delta[delta.length - 1]);
  }

  private static long[] runChild(String classPath, String gc, String... childArgs)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(gc, "-Xms256m", "-Xmx256m", "-cp", classPath, HeapFootprint.class.getName()));
    command.addAll(List.of(childArgs));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String last = null;
    StringBuilder all = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
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

  /** Used heap once repeated full collections stop changing it. */
  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      System.gc();
      Thread.sleep(20);
      long used = rt.totalMemory() - rt.freeMemory();
      if (used == previous && i >= 3) {
        return used;
      }
      previous = used;
    }
    return previous;
  }

  private static void child() throws InterruptedException {
    long before = usedAfterGc();
    KEEP.add(PortRegistry.lookup(252));
    long afterLookup = usedAfterGc();
    KEEP.add(PortRegistry.byServiceName("http"));
    long afterName = usedAfterGc();
    PortRegistry.all().forEach(KEEP::add);
    long afterAll = usedAfterGc();
    System.out.println(before + " " + afterLookup + " " + afterName + " " + afterAll);
  }

  private static void childCsv(Path csv) throws Exception {
    long before = usedAfterGc();
    List<UserCsv.Row> rows = UserCsv.read(csv);
    Map<Integer, UserCsv.PortEntry> byPort = UserCsv.byPort(rows);
    KEEP.add(byPort);
    long afterPorts = usedAfterGc();
    KEEP.add(UserCsv.byName(rows));
    long afterNames = usedAfterGc();
    System.out.println(before + " " + afterPorts + " " + afterNames);
  }
}
