package io.github.portregistry;

/** Port number checks shared by the API. */
final class Ports {
  static final int MAX = 65535;

  private Ports() {}

  /** Throws an {@link IllegalArgumentException} naming the port unless it is 0-65535. */
  static void check(int port) {
    if ((port & ~MAX) != 0) {
      throw new IllegalArgumentException("port " + port + " is outside 0-65535");
    }
  }
}
