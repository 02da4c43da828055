package io.github.portregistry;

/** Port number checks shared by the API. */
final class Ports {
  static final int MAX = 65535;

  private Ports() {}

  /** Throws an {@link IllegalArgumentException} naming the port unless it is 0-65535. */
  static void check(int port) {
    if ((port & ~MAX) != 0) {
      throw outside(port);
    }
  }

  /**
   * The failure for a port outside 0-65535, naming it. {@link PortRegistry}'s lookups test the
   * range themselves and call this only to fail, so that a first {@code status} does not load this
   * class (a class from the jar costs a fresh JVM about half a millisecond, issue 12).
   */
  static IllegalArgumentException outside(int port) {
    return new IllegalArgumentException("port " + port + " is outside 0-65535");
  }
}
