package io.github.portregistry.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.RegistryCsvException;
import io.github.portregistry.data.TableWriter;
import io.github.portregistry.internal.PortStatusTable;
import io.github.portregistry.internal.RegistryTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A seeded, reproducible mutation fuzzer for the generator. Real excerpts of vendored registry
 * files ({@link #SEEDS}) are damaged byte by byte (bits and bytes flipped, inserted and deleted,
 * quotes and line breaks added, lines duplicated and cut, invalid UTF-8, huge fields) and
 * structurally, the shapes that find super-linear code rather than wrong answers: a token repeated
 * thousands of times (blank runs, dotted names, bracketed references), registry prose followed by
 * such a run, brackets nested thousands deep, and one record repeated thousands of times, over the
 * whole port range. Each result must either compile into tables that load and pass the table
 * invariants, or fail with the generator's own {@link RegistryCsvException} carrying a line and a
 * column, within {@link #CPU_BOUND_MILLIS} ms of CPU time. Anything else fails the test, naming the
 * input's seed; the input is written to {@code target/fuzz-crashers/}, to be kept under {@code
 * src/test/resources/fuzz-crashers/}, whose files are replayed first on every run.
 *
 * <p>The bound is on the worker thread's CPU time, not the wall clock, so that a machine busy with
 * other builds does not fail the test; a watchdog checks it while an input runs, so a hang fails
 * the test within a second of passing the bound instead of never.
 */
class GeneratorFuzzTest {
  /** 100,000 per build; {@code -Dfuzz.inputs=N} runs more (or fewer, for a quick second JDK). */
  private static final int INPUTS = Integer.getInteger("fuzz.inputs", 100_000);

  private static final long SEED = 0x1A4A_2026_0213L;

  /**
   * CPU time one input may take. The largest inputs (about 100 KB) take a few milliseconds; a
   * quadratic scan of a 20 KB run takes seconds and a cubic one minutes.
   */
  private static final long CPU_BOUND_MILLIS = 2_000;

  /** Wall-clock time without any input finishing, for what CPU time cannot see (a deadlock). */
  private static final long STALL_SECONDS = 60;

  private static final Path HISTORY = Path.of(System.getProperty("registry.history.dir"));

  /**
   * Vendored files the excerpts come from, one line each. A seed cuts its file into a head, units
   * (the records) and a tail; an excerpt is the head, 1 to 40 consecutive units and the tail.
   */
  private static final List<Seed> SEEDS =
      List.of(
          Seed.csv("2026-02-13.csv"),
          Seed.xml("2026-08-17.xml"),
          Seed.lines("2009-10-07.txt", 70)); // 70 lines of preamble, with "(last updated ...)"

  private static final byte[][] ALPHABET = {
    {'"'},
    {','},
    {'\r', '\n'},
    {'\n'},
    {'\r'},
    {'"', '"'},
    {'-'},
    {'0'},
    {'9'},
    {(byte) 0xC3},
    {(byte) 0xC3, (byte) 0xA9},
    {(byte) 0xFF},
    {(byte) 0xE2, (byte) 0x82},
    {'t', 'c', 'p'},
    {'[', 'R', 'F', 'C', ']'},
    {'2', '0', '1', '7', '-', '1', '3', '-', '0', '1'}
  };

  /** Tokens repeated thousands of times: blank runs, dotted names, lists, digits, structure. */
  private static final List<byte[]> RUNS =
      ascii(" ", "\t", " \t", "a.", ".a", "[RFC1]", "[a]", "[", "]", "x", "0", "-", "\"\"", "\r\n");

  /**
   * Where registry prose starts the shapes that {@code RemovalNotes} reads: a run after one of
   * these is where a backtracking pattern would spend its time.
   */
  private static final List<byte[]> LEAD_INS =
      ascii(
          "previously assigned to ",
          "previously ",
          "historic usage was ",
          "[was ",
          "removed on ",
          "Deprecated 1 ",
          "De-registered June ",
          "De-assigned on 2025-02-13, previously ");

  private static final CpuClock CPU = CpuClock.create();

  @Test
  void savedCrashersStayFixed() throws IOException, URISyntaxException {
    URL dir = GeneratorFuzzTest.class.getResource("/fuzz-crashers");
    assertThat(dir).as("src/test/resources/fuzz-crashers").isNotNull();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (Path file :
          files.filter(f -> !f.getFileName().toString().equals("README.txt")).sorted().toList()) {
        byte[] input = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        long cpu =
            assertTimeoutPreemptively(
                Duration.ofSeconds(STALL_SECONDS),
                () -> {
                  long start = cpuNanos();
                  check(input, name, extension(name));
                  return (cpuNanos() - start) / 1_000_000;
                },
                name);
        assertThat(cpu).as("CPU ms for %s", name).isLessThanOrEqualTo(CPU_BOUND_MILLIS);
      }
    }
  }

  /**
   * Most unmutated excerpts compile: a seed whose excerpts all failed would fuzz only its error
   * path. (Not all: a CSV excerpt of records without dates cannot be dated, rightly.)
   */
  @Test
  void mostOfEverySeedsExcerptsCompileUnmutated() {
    for (Seed seed : SEEDS) {
      int tried = 0;
      int compiled = 0;
      for (int from = 0; from < seed.units().size(); from += seed.units().size() / 10) {
        List<byte[]> excerpt = new ArrayList<>();
        excerpt.add(seed.head());
        excerpt.addAll(seed.units().subList(from, Math.min(seed.units().size(), from + 40)));
        excerpt.add(seed.tail());
        tried++;
        try {
          TableWriter.compile(NormalizedRegistry.read("seed." + seed.extension(), concat(excerpt)));
          compiled++;
        } catch (RegistryCsvException e) {
          assertThat(e.getMessage()).contains("cannot date the data");
        }
      }
      assertThat(compiled)
          .as("%s excerpts compiled of %d", seed.extension(), tried)
          .isGreaterThan(tried / 2);
    }
  }

  @Test
  void everyMutatedRegistryCompilesOrFailsWithLineAndColumn() throws Exception {
    // The seeds are fixed in advance, so the inputs are the same however the workers interleave.
    long[] seeds = new SplittableRandom(SEED).longs(INPUTS).toArray();
    AtomicInteger next = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    int workerCount = Runtime.getRuntime().availableProcessors();
    // What each worker is on, and its CPU time when it started it; -1 between inputs.
    AtomicIntegerArray current = new AtomicIntegerArray(workerCount);
    AtomicLongArray started = new AtomicLongArray(workerCount);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < workerCount; w++) {
      int me = w;
      current.set(me, -1);
      Thread worker =
          new Thread(
              () -> {
                for (int n = next.getAndIncrement();
                    n < INPUTS && failures.isEmpty();
                    n = next.getAndIncrement()) {
                  long begin = cpuNanos();
                  started.set(me, begin);
                  current.set(me, n);
                  Input input = input(seeds[n]);
                  try {
                    check(input.bytes(), input.name(), input.extension());
                    long millis = (cpuNanos() - begin) / 1_000_000;
                    if (millis > CPU_BOUND_MILLIS) {
                      throw tooSlow(input, millis + " ms");
                    }
                  } catch (Throwable t) {
                    failures.add(
                        new AssertionError(
                            "input " + n + " of " + INPUTS + ": " + t.getMessage(), t));
                  }
                  current.set(me, -1);
                  done.incrementAndGet();
                }
              },
              "fuzz-" + w);
      worker.setDaemon(true); // a hung input must not keep the test JVM alive
      worker.start();
      workers.add(worker);
    }
    long lastDone = -1;
    long lastProgress = System.nanoTime();
    while (workers.stream().anyMatch(Thread::isAlive)) {
      workers.get(0).join(100);
      for (int w = 0; w < workerCount; w++) {
        int n = current.get(w);
        long cpu = CPU.nanos(workers.get(w)) - started.get(w);
        if (n >= 0 && n == current.get(w) && cpu > CPU_BOUND_MILLIS * 1_000_000) {
          // Still on the same input past the bound: fail now, naming and saving it.
          AssertionError slow = tooSlow(input(seeds[n]), cpu / 1_000_000 + " ms and still running");
          throw new AssertionError("input " + n + " of " + INPUTS + ": " + slow.getMessage(), slow);
        }
      }
      if (done.get() != lastDone) {
        lastDone = done.get();
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > STALL_SECONDS * 1_000_000_000L) {
        fail("no input finished for %d s (at input %d of %d)", STALL_SECONDS, lastDone, INPUTS);
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.get(0).getMessage(), failures.get(0));
    }
    assertThat(done.get()).isEqualTo(INPUTS);
  }

  /** The input a fuzz seed stands for: same seed, same bytes, on any machine. */
  private static Input input(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Seed from = SEEDS.get(random.nextInt(SEEDS.size()));
    return new Input(
        "seed-" + Long.toHexString(seed) + "." + from.extension(),
        from.extension(),
        mutate(from, random));
  }

  /** One fuzz input, named after its seed and with the extension of the file it came from. */
  private record Input(String name, String extension, byte[] bytes) {}

  /** A real excerpt: head, 1 to 40 consecutive units (or one repeated), tail; 1 to 4 mutations. */
  private static byte[] mutate(Seed seed, SplittableRandom random) {
    List<byte[]> units = seed.units();
    int from = random.nextInt(units.size());
    int to = Math.min(units.size(), from + 1 + random.nextInt(40));
    List<byte[]> excerpt = new ArrayList<>();
    excerpt.add(seed.head());
    excerpt.addAll(units.subList(from, to));
    switch (random.nextInt(32)) {
      case 0: // a duplicated line
        int i = random.nextInt(excerpt.size());
        excerpt.add(i, excerpt.get(i));
        break;
      case 1: // one record thousands of times, as often over every port
        byte[] unit = units.get(from);
        if (random.nextBoolean()) {
          unit = widenFirstNumber(unit);
        }
        for (int k = 16 + random.nextInt(1_000); k > 0; k--) {
          excerpt.add(unit);
        }
        break;
      default:
        break;
    }
    excerpt.add(seed.tail());
    byte[] input = concat(excerpt);
    for (int m = 1 + random.nextInt(4); m > 0; m--) {
      input = mutateOnce(input, random);
    }
    return input;
  }

  private static byte[] mutateOnce(byte[] input, SplittableRandom random) {
    int at = random.nextInt(input.length + 1);
    switch (random.nextInt(10)) {
      case 0: // flip one bit
        if (at < input.length) {
          input[at] ^= (byte) (1 << random.nextInt(8));
        }
        return input;
      case 1: // overwrite with a random byte
        if (at < input.length) {
          input[at] = (byte) random.nextInt(256);
        }
        return input;
      case 2: // insert a meaningful token
        return splice(input, at, 0, ALPHABET[random.nextInt(ALPHABET.length)]);
      case 3: // delete a range
        return splice(input, at, Math.min(input.length - at, 1 + random.nextInt(30)), new byte[0]);
      case 4: // truncate
        return Arrays.copyOf(input, at);
      case 5: // a huge field: longer than a table string may be, or just long
        byte[] huge = new byte[random.nextBoolean() ? 70_000 : 5_000];
        Arrays.fill(huge, (byte) 'a');
        return splice(input, at, 0, huge);
      case 6: // a token repeated: a blank run, a dotted name, a long list
        return splice(
            input, at, 0, repeat(RUNS.get(random.nextInt(RUNS.size())), repeatCount(random)));
      case 7: // registry prose, then a run: what a backtracking prose pattern chokes on
        byte[] run = repeat(RUNS.get(random.nextInt(RUNS.size())), repeatCount(random));
        return splice(input, at, 0, concat(List.of(pick(LEAD_INS, random), run)));
      case 8: // brackets nested thousands deep
        int depth = repeatCount(random);
        return splice(
            input,
            at,
            0,
            concat(
                List.of(
                    repeat(ascii("[").get(0), depth),
                    ascii("RFC1").get(0),
                    repeat(ascii("]").get(0), depth))));
      default: // random bytes
        byte[] noise = new byte[1 + random.nextInt(8)];
        for (int i = 0; i < noise.length; i++) {
          noise[i] = (byte) random.nextInt(256);
        }
        return splice(input, at, 0, noise);
    }
  }

  /** 16 to 32,768, log-uniform: mostly short runs, some long enough to expose quadratic time. */
  private static int repeatCount(SplittableRandom random) {
    int bits = 4 + random.nextInt(12);
    return (1 << bits) + random.nextInt(1 << bits);
  }

  /** The unit with its first run of digits (the port, in a CSV line) replaced by 0-65535. */
  private static byte[] widenFirstNumber(byte[] unit) {
    int start = 0;
    while (start < unit.length && (unit[start] < '0' || unit[start] > '9')) {
      start++;
    }
    int end = start;
    while (end < unit.length && unit[end] >= '0' && unit[end] <= '9') {
      end++;
    }
    return start == unit.length
        ? unit
        : splice(unit.clone(), start, end - start, ascii("0-65535").get(0));
  }

  private static byte[] pick(List<byte[]> tokens, SplittableRandom random) {
    return tokens.get(random.nextInt(tokens.size()));
  }

  private static byte[] repeat(byte[] token, int times) {
    byte[] out = new byte[token.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(token, 0, out, i * token.length, token.length);
    }
    return out;
  }

  private static List<byte[]> ascii(String... tokens) {
    return Stream.of(tokens).map(t -> t.getBytes(StandardCharsets.US_ASCII)).toList();
  }

  private static long cpuNanos() {
    return CPU.nanos(Thread.currentThread());
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "csv" : fileName.substring(dot + 1);
  }

  /** {@code used} is the CPU time the input took, or has taken so far, in words. */
  private static AssertionError tooSlow(Input input, String used) {
    return crasher(
        input.bytes(),
        input.name(),
        new AssertionError(
            "CPU time "
                + used
                + ", more than the bound of "
                + CPU_BOUND_MILLIS
                + " ms: time is not linear in the input ("
                + input.bytes().length
                + " bytes)"));
  }

  /** Compiles one input and checks the contract; throws AssertionError naming it otherwise. */
  private static void check(byte[] input, String name, String extension) {
    NormalizedRegistry csv;
    String file = "fuzz." + extension;
    try {
      csv = NormalizedRegistry.read(file, input);
    } catch (RegistryCsvException e) {
      if (e.line() < 1 || e.column() < 1 || !e.getMessage().startsWith(file + ":")) {
        throw crasher(input, name, e);
      }
      return;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw crasher(input, name, e);
    }
    try {
      TableWriter.Tables tables = TableWriter.compile(csv);
      RegistryTable records = RegistryTable.decode(tables.records(), "fuzzed");
      records.checkIds();
      PortStatusTable status = PortStatusTable.decode(tables.status(), "fuzzed");
      status.checkCodes();
      if (records.recordCount() != csv.records().size()
          || !records.buildId().equals(status.buildId())) {
        throw new IllegalStateException("the two tables disagree");
      }
    } catch (RuntimeException e) {
      throw crasher(input, name, e);
    }
  }

  private static AssertionError crasher(byte[] input, String name, Throwable e) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-crashers"));
      Files.write(dir.resolve(name), input);
    } catch (IOException io) {
      e.addSuppressed(io);
    }
    return new AssertionError(
        "generator broke its contract on input " + name + " (saved to target/fuzz-crashers): " + e,
        e);
  }

  private static byte[] splice(byte[] input, int at, int remove, byte[] insert) {
    byte[] out = new byte[input.length - remove + insert.length];
    System.arraycopy(input, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(input, at + remove, out, at + insert.length, input.length - at - remove);
    return out;
  }

  private static byte[] concat(List<byte[]> parts) {
    int size = 0;
    for (byte[] p : parts) {
      size += p.length;
    }
    byte[] out = new byte[size];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  /**
   * A vendored file cut into a head, units and a tail.
   *
   * @param extension the file's extension, which the fuzz input's name keeps
   */
  private record Seed(String extension, byte[] head, List<byte[]> units, byte[] tail) {
    /** A CSV: the header line, then one unit a CRLF-terminated line (LFs inside quotes stay). */
    static Seed csv(String file) {
      byte[] csv = read(file);
      List<byte[]> lines = new ArrayList<>();
      int start = 0;
      for (int i = 1; i < csv.length; i++) {
        if (csv[i] == '\n' && csv[i - 1] == '\r') {
          lines.add(Arrays.copyOfRange(csv, start, i + 1));
          start = i + 1;
        }
      }
      return new Seed("csv", lines.get(0), lines.subList(1, lines.size()), new byte[0]);
    }

    /**
     * An XML file: everything before the first {@code <record}, one unit from each {@code <record}
     * to the next (the last to its {@code </record>}), and as the tail the first five people (the
     * whole list is 850 KB, which every input would carry) and the closing tags.
     */
    static Seed xml(String file) {
      byte[] xml = read(file);
      String text = new String(xml, StandardCharsets.ISO_8859_1); // byte offsets = char offsets
      List<Integer> starts = new ArrayList<>();
      for (int i = text.indexOf("<record"); i >= 0; i = text.indexOf("<record", i + 1)) {
        starts.add(i);
      }
      starts.add(text.indexOf("</record>", starts.get(starts.size() - 1)) + "</record>".length());
      List<byte[]> units = new ArrayList<>();
      for (int i = 0; i + 1 < starts.size(); i++) {
        units.add(Arrays.copyOfRange(xml, starts.get(i), starts.get(i + 1)));
      }
      int people = text.indexOf("<people>");
      int fifthPerson = people;
      for (int i = 0; i < 5; i++) {
        fifthPerson = text.indexOf("</person>", fifthPerson) + "</person>".length();
      }
      String tail = "\n" + text.substring(people, fifthPerson) + "\n</people></registry>\n";
      return new Seed(
          "xml",
          Arrays.copyOfRange(xml, 0, starts.get(0)),
          units,
          tail.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * A text form: the first {@code headLines} lines (where the form states its date, say), then
     * one unit a line.
     */
    static Seed lines(String file, int headLines) {
      byte[] text = read(file);
      List<byte[]> lines = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length; i++) {
        if (text[i] == '\n') {
          lines.add(Arrays.copyOfRange(text, start, i + 1));
          start = i + 1;
        }
      }
      String extension = file.substring(file.lastIndexOf('.') + 1);
      return new Seed(
          extension,
          concat(lines.subList(0, headLines)),
          lines.subList(headLines, lines.size()),
          new byte[0]);
    }

    private static byte[] read(String file) {
      try {
        return Files.readAllBytes(HISTORY.resolve(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A thread's CPU time, from {@code java.lang.management}. The module under test does not read
   * that module, and adding it to the library's module graph for a test would be wrong; core
   * reflection assumes readability, so it is reached that way. Where the JVM cannot measure CPU
   * time, the wall clock stands in.
   */
  private static final class CpuClock {
    private final MethodHandle threadCpuTime; // (long id) -> long nanos, or null for wall time

    private CpuClock(MethodHandle threadCpuTime) {
      this.threadCpuTime = threadCpuTime;
    }

    static CpuClock create() {
      try {
        Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
        Object bean = factory.getMethod("getThreadMXBean").invoke(null);
        Class<?> beanType = Class.forName("java.lang.management.ThreadMXBean");
        if (!(Boolean) beanType.getMethod("isThreadCpuTimeSupported").invoke(bean)) {
          return new CpuClock(null);
        }
        MethodHandle handle =
            MethodHandles.publicLookup()
                .findVirtual(
                    beanType, "getThreadCpuTime", MethodType.methodType(long.class, long.class))
                .bindTo(bean);
        return new CpuClock(handle);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return new CpuClock(null);
      }
    }

    long nanos(Thread thread) {
      if (threadCpuTime == null) {
        return System.nanoTime();
      }
      try {
        return (long) threadCpuTime.invokeExact(thread.getId());
      } catch (Throwable e) {
        throw new IllegalStateException("ThreadMXBean.getThreadCpuTime failed", e);
      }
    }
  }
}
