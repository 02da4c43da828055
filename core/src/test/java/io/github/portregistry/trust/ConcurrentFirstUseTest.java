package io.github.portregistry.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.Protocol;
import org.junit.jupiter.api.Test;

/**
 * 32 threads released together make the first calls on a never-initialized registry: class
 * initialization must load the tables exactly once and every thread must see complete, correct
 * answers (the caches of built records lock only on a miss). Each trial uses a fresh class loader,
 * so each is a real first use; a deadlock fails the bounded wait instead of hanging the build.
 */
class ConcurrentFirstUseTest {
  private static final int THREADS = 32;
  private static final int TRIALS = 200;

  /** What one thread sees, as text so that answers from different class loaders compare. */
  private static String answers(IsolatedRegistry registry) {
    Object tcp = registry.constant("Protocol", "TCP");
    Object udp = registry.constant("Protocol", "UDP");
    return registry.call("lookup", new Class<?>[] {int.class}, 252)
        + " | "
        + registry.call("status", new Class<?>[] {int.class}, 47)
        + " | "
        + registry.call("status", new Class<?>[] {int.class, tcp.getClass()}, 143, tcp)
        + " | "
        + registry.call("status", new Class<?>[] {int.class, udp.getClass()}, 143, udp)
        + " | "
        + registry.call("byServiceName", new Class<?>[] {String.class}, "HTTP")
        + " | "
        + registry.call("lookup", new Class<?>[] {int.class}, 2).toString();
  }

  private static String expected() {
    return PortRegistry.lookup(252)
        + " | "
        + PortRegistry.status(47)
        + " | "
        + PortRegistry.status(143, Protocol.TCP)
        + " | "
        + PortRegistry.status(143, Protocol.UDP)
        + " | "
        + PortRegistry.byServiceName("HTTP")
        + " | "
        + PortRegistry.lookup(2);
  }

  @Test
  void thirtyTwoThreadsSeeTheSameCorrectAnswersOnFirstUse() throws Exception {
    String expected = expected();
    FirstUseRace.everyThreadAgrees(
        THREADS,
        TRIALS,
        () -> {
          IsolatedRegistry registry = new IsolatedRegistry();
          assertThat(registry.loadClass(PortRegistry.class.getName()))
              .as("a class of its own, never initialized")
              .isNotSameAs(PortRegistry.class);
          return registry;
        },
        ConcurrentFirstUseTest::answers,
        expected);
  }
}
