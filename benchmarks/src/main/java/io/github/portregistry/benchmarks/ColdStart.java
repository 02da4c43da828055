package io.github.portregistry.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The cold-start harness: a fresh JVM per sample, with only the core jar on the class path, so
 * nothing the first call needs has been loaded by anyone else (unlike a JMH fork, whose harness has
 * already loaded the JDK's zip, jar-URL and reflection machinery).
 *
 * <p>Two kinds of sample, interleaved round by round (A B C ... A B C ...) so that the load of a
 * shared machine falls on every variant alike:
 *
 * <ul>
 *   <li>first calls, timed from {@code main} by {@link ColdProbe}: {@code status(252)}, {@code
 *       lookup(252).status()}, {@code lookup(252).describe()}, {@code byServiceName("ssh").get(0)},
 *       {@code lookup(47).history()}, beside the user's alternative (parsing the CSV into a map,
 *       {@link UserCsv}) and a {@code main} that only prints (the floor);
 *   <li>the command line's wall time, from starting the process to its exit: {@code java -jar
 *       port-registry.jar 252}, {@code name ssh}, {@code --version}, paired with a hello-world jar
 *       on the same JVM.
 * </ul>
 *
 * Prints the median, 10th and 90th percentile of each, and each CLI command's ratio to the
 * hello-world jar, median of the per-round ratios (pair by pair). With {@code -Dbaseline=JAR},
 * every sample also runs on another build of the core jar in the same rounds, and each first call's
 * ratio is to the baseline's: two builds compared under the same load.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.portregistry.benchmarks.ColdStart \
 *     core/target/port-registry-0.1.0-SNAPSHOT.jar registry-data/src/main/registry/history/2026-02-13.csv 21
 * java -Dbaseline=old.jar -cp benchmarks/target/benchmarks.jar \
 *     io.github.portregistry.benchmarks.ColdStart core/target/port-registry-0.1.0-SNAPSHOT.jar \
 *     registry-data/src/main/registry/history/2026-02-13.csv 11 calls
 * </pre>
 */
public final class ColdStart {
  private static final String[] PROBES = {
    "nothing", "status", "lookup", "describe", "name", "history"
  };
  private static final String[][] COMMANDS = {{"252"}, {"name", "ssh"}, {"--version"}};

  private ColdStart() {}

  /**
   * Runs the rounds and prints the table.
   *
   * @param args the core jar, the registry CSV for the user's alternative, the number of rounds
   *     (default 21), and optionally "cli" or "calls" to run only one kind
   * @throws Exception when a sample fails
   */
  public static void main(String[] args) throws Exception {
    Path core = Path.of(args[0]).toAbsolutePath();
    Path csv = Path.of(args[1]).toAbsolutePath();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 21;
    String only = args.length > 3 ? args[3] : "";
    Path work = Files.createTempDirectory("cold-start");
    Path probeDir = work.resolve("probe");
    copyClass(ColdProbe.class, probeDir);
    copyClass(UserCsv.class, probeDir);
    copyClass(UserCsv.Row.class, probeDir);
    copyClass(UserCsv.PortEntry.class, probeDir);
    Path hello = helloJar(work);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = core + File.pathSeparator + probeDir;

    // -Dbaseline=JAR: the same samples from another build of the core jar, in the same rounds,
    // so that two builds are compared under the same load of a shared machine.
    String baselineProperty = System.getProperty("baseline");
    Path baseline = baselineProperty == null ? null : Path.of(baselineProperty).toAbsolutePath();
    String baselineCp = baseline + File.pathSeparator + probeDir;

    List<Sample> rows = new ArrayList<>();
    if (!only.equals("cli")) {
      for (String probe : PROBES) {
        // With a baseline, each first call's ratio is to the same call on the baseline jar.
        int next = rows.size() + 1;
        rows.add(
            new Sample(
                "first " + probe,
                List.of(java, "-cp", cp, ColdProbe.class.getName(), probe),
                true,
                baseline == null ? -1 : next,
                "the baseline jar"));
        if (baseline != null) {
          rows.add(
              new Sample(
                  "first " + probe + " (baseline)",
                  List.of(java, "-cp", baselineCp, ColdProbe.class.getName(), probe),
                  true,
                  -1,
                  ""));
        }
      }
      rows.add(
          new Sample(
              "parse the CSV (user's alternative)",
              List.of(java, "-cp", cp, ColdProbe.class.getName(), "parse-csv", csv.toString()),
              true,
              -1,
              ""));
    }
    if (!only.equals("calls")) {
      for (String[] command : COMMANDS) {
        String shown = String.join(" ", command);
        int helloRow = rows.size();
        rows.add(
            new Sample(
                "hello-world jar (pair of " + shown + ")",
                List.of(java, "-jar", hello.toString()),
                false,
                -1,
                ""));
        rows.add(
            new Sample(
                "java -jar port-registry.jar " + shown,
                cli(java, core, command),
                false,
                helloRow,
                "the hello-world jar"));
        if (baseline != null) {
          rows.add(
              new Sample(
                  "java -jar port-registry.jar " + shown + " (baseline)",
                  cli(java, baseline, command),
                  false,
                  helloRow,
                  "the hello-world jar"));
        }
      }
    }
    double[][] samples = new double[rows.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < rows.size(); i++) {
        Sample row = rows.get(i);
        samples[i][round] = row.probe() ? probe(row.command()) : wall(row.command());
      }
    }
    System.out.printf(
        Locale.ROOT, "%d rounds, %s%n%n", rounds, System.getProperty("java.vm.version"));
    System.out.println("| sample | median ms | p10 ms | p90 ms | ratio |");
    System.out.println("|---|---|---|---|---|");
    for (int i = 0; i < rows.size(); i++) {
      Sample row = rows.get(i);
      String ratio = "";
      if (row.reference() >= 0) {
        double[] pairs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          pairs[r] = samples[i][r] / samples[row.reference()][r];
        }
        ratio = String.format(Locale.ROOT, "%.2fx %s", percentile(pairs, 50), row.referenceName());
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.2f | %.2f | %s |%n",
          row.name(),
          percentile(samples[i], 50),
          percentile(samples[i], 10),
          percentile(samples[i], 90),
          ratio);
    }
  }

  /**
   * One row of the table: a command run once a round, either a probe (its own time from {@code
   * main}) or a whole process (wall time), and the row its ratio is to (-1 for none), by name.
   */
  private record Sample(
      String name, List<String> command, boolean probe, int reference, String referenceName) {}

  private static List<String> cli(String java, Path jar, String[] command) {
    List<String> cli = new ArrayList<>(List.of(java, "-jar", jar.toString()));
    cli.addAll(Arrays.asList(command));
    return cli;
  }

  /** The probe's own measurement, in milliseconds. */
  private static double probe(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException(command + " failed: " + out);
    }
    return Long.parseLong(out) / 1000.0;
  }

  /** Wall time from starting the process to its exit, in milliseconds. */
  private static double wall(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    int exit = p.waitFor();
    long nanos = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException(command + " exited with " + exit);
    }
    return nanos / 1e6;
  }

  private static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.round((sorted.length - 1) * p / 100.0)];
  }

  private static void copyClass(Class<?> c, Path dir) throws IOException {
    String file = c.getName().replace('.', '/') + ".class";
    try (InputStream in = ColdStart.class.getClassLoader().getResourceAsStream(file)) {
      Path target = dir.resolve(file);
      Files.createDirectories(target.getParent());
      Files.write(target, in.readAllBytes());
    }
  }

  /**
   * A jar whose main class prints one line: the floor of {@code java -jar}. Its class is {@link
   * Hello}, copied from this jar.
   */
  private static Path helloJar(Path dir) throws IOException {
    Path jar = dir.resolve("hello.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Hello.class.getName());
    String file = Hello.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        InputStream in = ColdStart.class.getClassLoader().getResourceAsStream(file)) {
      out.putNextEntry(new JarEntry(file));
      out.write(in.readAllBytes());
      out.closeEntry();
    }
    return jar;
  }

  /** The hello-world program of the floor. */
  public static final class Hello {
    private Hello() {}

    /**
     * Prints one line.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
      System.out.println("hello, world");
    }
  }
}
