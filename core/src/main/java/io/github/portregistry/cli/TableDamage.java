package io.github.portregistry.cli;

/**
 * Recognizes the failure of the registry tables in the jar among the errors a command can end with.
 * The library fails the first call that needs a damaged, missing or mismatched table with an
 * exception whose message names it ("port-registry table ..." or "... port-registry tables ..."),
 * thrown directly or as the cause of the {@link ExceptionInInitializerError} of the class that
 * loads it; later calls get a {@link NoClassDefFoundError} that, on Java 17, no longer carries that
 * cause.
 */
final class TableDamage {
  private static final String PREFIX = "port-registry table";

  private TableDamage() {}

  /**
   * One line naming the table and the failed check, or null when {@code failure} is not about the
   * tables (a bug, which should keep its stack trace).
   */
  static String describe(Throwable failure) {
    int depth = 0; // a cause chain can be a cycle
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      String message = t.getMessage();
      if (message != null && message.contains(PREFIX)) {
        Throwable cause = t.getCause();
        if (cause != null && cause.getMessage() != null && !cause.getMessage().contains(PREFIX)) {
          message += ": " + cause.getMessage(); // such as the IOException of a failed read
        }
        return message.startsWith(PREFIX) ? message.substring("port-registry ".length()) : message;
      }
    }
    depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof NoClassDefFoundError
          && t.getMessage() != null
          && t.getMessage().contains("io.github.portregistry.")) {
        return "the registry tables of this jar failed to load earlier (" + t.getMessage() + ")";
      }
    }
    return null;
  }
}
