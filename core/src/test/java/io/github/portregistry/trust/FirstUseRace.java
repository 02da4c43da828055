package io.github.portregistry.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The race of the first-use tests: in each trial, a fresh {@link IsolatedRegistry} (classes never
 * initialized) and {@code threads} threads released at once, each asking its first questions; every
 * thread of every trial must give the expected answers.
 */
final class FirstUseRace {
  private FirstUseRace() {}

  /** Makes the registry of one trial. */
  interface Registries {
    IsolatedRegistry next() throws Exception;
  }

  /** What one thread asks, as one string. */
  interface Answers {
    String of(IsolatedRegistry registry) throws Exception;
  }

  /**
   * Runs the trials.
   *
   * @param registries a new isolated registry for each trial
   * @param answers what one thread asks, as one string
   * @param expected what {@code answers} must return in every thread
   */
  static void everyThreadAgrees(
      int threads, int trials, Registries registries, Answers answers, String expected)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int trial = 0; trial < trials; trial++) {
        IsolatedRegistry registry = registries.next();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          results.add(
              pool.submit(
                  () -> {
                    ready.countDown();
                    go.await();
                    return answers.of(registry);
                  }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("threads ready").isTrue();
        go.countDown();
        for (Future<String> result : results) {
          assertThat(result.get(30, TimeUnit.SECONDS)).as("trial %d", trial).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
