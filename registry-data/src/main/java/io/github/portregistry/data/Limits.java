package io.github.portregistry.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The limits every reader enforces, and the checks they share. They are the table format's
 * capacities (see {@code io.github.portregistry.internal.RegistryTable}): an input beyond one fails
 * the build at the value that exceeds it instead of producing a table that would answer wrongly.
 */
final class Limits {
  /** Earliest and latest year the table's 16-bit date encoding holds. */
  static final int MIN_YEAR = 1970;

  static final int MAX_YEAR = MIN_YEAR + 127;

  /** The table numbers records and strings with 16 bits; one string may hold this many bytes. */
  static final int MAX_RECORDS = 0xFFFF;

  static final int MAX_FIELD_BYTES = 0xFFFF;

  private Limits() {}

  static boolean inTableYears(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /**
   * What is wrong with a service name, if anything would make lookups wrong: control characters,
   * DEL and anything outside ASCII (the runtime folds ASCII letters only, so such a name would
   * silently miss). A space, capitals and {@code * / . _ +} are all real in old registries and are
   * kept.
   *
   * @return the reason, naming the name and the character, or empty when the name is fine
   */
  static Optional<String> serviceNameProblem(String name) {
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch < 0x20 || ch >= 0x7f) {
        return Optional.of(
            "service name "
                + Text.quote(name)
                + " has character U+"
                + HexFormat.of().withUpperCase().toHexDigits(ch)
                + "; names are ASCII without control characters");
      }
    }
    return Optional.empty();
  }

  /** Lower-case hex SHA-256, as {@code sha256sum} prints it. */
  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
