package io.github.portregistry.benchmarks;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.Status;
import java.util.SplittableRandom;

/**
 * Pre-generated benchmark keys. Arrays have {@link #SIZE} (a power of two) entries so that a
 * benchmark reads {@code keys[i++ & MASK]}: a fresh, unpredictable key every call that the JIT
 * cannot hoist or fold, for the cost of one L1 read. The seed is fixed so every run and every
 * baseline sees the same keys.
 */
final class Keys {
  static final int SIZE = 4096;
  static final int MASK = SIZE - 1;
  private static final long SEED = 0x5EED_2026L;

  private Keys() {}

  static int[] ports(PortSet set) {
    SplittableRandom random = random();
    int[] keys = new int[SIZE];
    if (set == PortSet.RANDOM) {
      for (int i = 0; i < SIZE; i++) {
        keys[i] = random.nextInt(65536);
      }
      return keys;
    }
    int[] assigned = new int[65536];
    int count = 0;
    for (int p = 0; p < 65536; p++) {
      if (PortRegistry.status(p) == Status.ASSIGNED) { // status() builds no PortInfo
        assigned[count++] = p;
      }
    }
    for (int i = 0; i < SIZE; i++) {
      keys[i] = assigned[random.nextInt(count)];
    }
    return keys;
  }

  static SplittableRandom random() {
    return new SplittableRandom(SEED);
  }
}
