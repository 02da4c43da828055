package io.github.portregistry.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.RegistryCsvException;
import io.github.portregistry.data.TableWriter;
import io.github.portregistry.internal.PortStatusTable;
import io.github.portregistry.internal.RegistryTable;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A seeded, reproducible mutation fuzzer for the generator. Real excerpts of the registry CSV are
 * damaged (bits and bytes flipped, inserted and deleted, quotes and line breaks added, lines
 * duplicated and cut, invalid UTF-8, huge fields) and each result must either compile into tables
 * that load and pass the table invariants, or fail with the generator's own {@link
 * RegistryCsvException} carrying a line and a column. Any other exception, or an input that takes
 * more than {@link #STALL_SECONDS} seconds, fails the test and names the input's seed; the input is
 * written to {@code target/fuzz-crashers/} to be kept under {@code
 * src/test/resources/fuzz-crashers/}, whose files are replayed first on every run.
 */
class GeneratorFuzzTest {
  /** 100,000 per build; {@code -Dfuzz.inputs=N} runs more (or fewer, for a quick second JDK). */
  private static final int INPUTS = Integer.getInteger("fuzz.inputs", 100_000);

  private static final long SEED = 0x1A4A_2026_0213L;
  private static final int STALL_SECONDS = 10;

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

  private final List<byte[]> lines = registryLines();
  private final byte[] header = lines.get(0);

  /** The CSV split after each CRLF: one record a line (LFs inside quoted fields stay inside). */
  private static List<byte[]> registryLines() {
    try {
      byte[] csv = Files.readAllBytes(Path.of(System.getProperty("registry.vendored.csv")));
      List<byte[]> lines = new ArrayList<>();
      int start = 0;
      for (int i = 1; i < csv.length; i++) {
        if (csv[i] == '\n' && csv[i - 1] == '\r') {
          lines.add(Arrays.copyOfRange(csv, start, i + 1));
          start = i + 1;
        }
      }
      return lines;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void savedCrashersStayFixed() throws IOException, URISyntaxException {
    URL dir = GeneratorFuzzTest.class.getResource("/fuzz-crashers");
    assertThat(dir).as("src/test/resources/fuzz-crashers").isNotNull();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        check(Files.readAllBytes(file), file.getFileName().toString());
      }
    }
  }

  @Test
  void everyMutatedRegistryCompilesOrFailsWithLineAndColumn() throws Exception {
    // The seeds are fixed in advance, so the inputs are the same however the workers interleave.
    long[] seeds = new SplittableRandom(SEED).longs(INPUTS).toArray();
    AtomicInteger next = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < Runtime.getRuntime().availableProcessors(); w++) {
      Thread worker =
          new Thread(
              () -> {
                for (int n = next.getAndIncrement();
                    n < INPUTS && failures.isEmpty();
                    n = next.getAndIncrement()) {
                  try {
                    check(
                        mutate(new SplittableRandom(seeds[n])),
                        "seed " + Long.toHexString(seeds[n]));
                  } catch (Throwable t) {
                    failures.add(t);
                  }
                  done.incrementAndGet();
                }
              },
              "fuzz-" + w);
      worker.setDaemon(true); // a hung input must not keep the test JVM alive
      worker.start();
      workers.add(worker);
    }
    long last = -1;
    for (Thread worker : workers) {
      while (worker.isAlive()) {
        worker.join(STALL_SECONDS * 1000L);
        long now = done.get();
        if (worker.isAlive() && now == last) {
          fail("an input took more than %d s (at input %d of %d)", STALL_SECONDS, now, INPUTS);
        }
        last = now;
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.get(0).getMessage(), failures.get(0));
    }
    assertThat(done.get()).isEqualTo(INPUTS);
  }

  /** A real excerpt: the header and 1 to 40 consecutive records, then 1 to 4 mutations. */
  private byte[] mutate(SplittableRandom random) {
    int from = 1 + random.nextInt(lines.size() - 1);
    int to = Math.min(lines.size(), from + 1 + random.nextInt(40));
    List<byte[]> excerpt = new ArrayList<>();
    excerpt.add(header);
    excerpt.addAll(lines.subList(from, to));
    if (random.nextInt(8) == 0) { // a duplicated line
      int i = random.nextInt(excerpt.size());
      excerpt.add(i, excerpt.get(i));
    }
    byte[] input = concat(excerpt);
    for (int m = 1 + random.nextInt(4); m > 0; m--) {
      input = mutateOnce(input, random);
    }
    return input;
  }

  private static byte[] mutateOnce(byte[] input, SplittableRandom random) {
    int at = random.nextInt(input.length + 1);
    switch (random.nextInt(7)) {
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
      default: // random bytes
        byte[] noise = new byte[1 + random.nextInt(8)];
        for (int i = 0; i < noise.length; i++) {
          noise[i] = (byte) random.nextInt(256);
        }
        return splice(input, at, 0, noise);
    }
  }

  /** Compiles one input and checks the contract; throws AssertionError naming it otherwise. */
  private static void check(byte[] input, String name) {
    NormalizedRegistry csv;
    try {
      csv = NormalizedRegistry.read("fuzz.csv", input);
    } catch (RegistryCsvException e) {
      if (e.line() < 1 || e.column() < 1 || !e.getMessage().startsWith("fuzz.csv:")) {
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
      Files.write(dir.resolve(name.replace(' ', '-') + ".csv"), input);
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
}
