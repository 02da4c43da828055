package io.github.portregistry.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The limits every reader enforces, and the checks they share. Some are the table format's
 * capacities (see {@code io.github.portregistry.internal.RegistryTable}); the others keep the
 * generator's time and memory linear in its input, whatever the input is. An input beyond one fails
 * the build at the value that exceeds it, as a {@link RegistryCsvException} naming file, line,
 * column, the value (cut to 200 characters) and the limit, instead of producing a table that would
 * answer wrongly or a build that runs out of time or memory.
 *
 * <table>
 *   <caption>The limits, the real registry's largest value, and why</caption>
 *   <tr><th>Limit</th><th>Value</th><th>Registry 1992-2026</th><th>Why</th></tr>
 *   <tr><td>{@link #MAX_FILE_BYTES}</td><td>64 MiB</td><td>3.9 MB (XML)</td>
 *       <td>the whole file is held in memory, several times over while decoding</td></tr>
 *   <tr><td>{@link #MAX_RECORDS}</td><td>65,535</td><td>14,512</td>
 *       <td>records are numbered with 16 bits</td></tr>
 *   <tr><td>{@link #MAX_FIELD_BYTES}</td><td>65,535 UTF-8 bytes</td><td>1,532</td>
 *       <td>string lengths are 16 bits</td></tr>
 *   <tr><td>{@link #MAX_RECORDS_PER_PORT}</td><td>64</td><td>7 (port 80)</td>
 *       <td>the per-port lists grow with records times ports covered: 5,000 records over
 *       0-65535 would need 327 million entries</td></tr>
 *   <tr><td>{@link #MAX_REFERENCES}</td><td>256 a record</td><td>3</td>
 *       <td>keeps one record's list, and the error naming it, small</td></tr>
 * </table>
 *
 * <p>Readers call the checks with the exact position of the value ({@link #checkField}, {@link
 * #checkReferences}); the {@link Normalizer} calls {@link #checkSnapshot} on every snapshot of
 * every form, so a reader that forgets one still cannot produce an input beyond a limit.
 */
final class Limits {
  /** Earliest and latest year the table's 16-bit date encoding holds. */
  static final int MIN_YEAR = 1970;

  static final int MAX_YEAR = MIN_YEAR + 127;

  /** The table numbers records and strings with 16 bits; one string may hold this many bytes. */
  static final int MAX_RECORDS = 0xFFFF;

  static final int MAX_FIELD_BYTES = 0xFFFF;

  /** The largest registry file read: 16 times the largest real one (the 2026 XML, 3.9 MB). */
  static final int MAX_FILE_BYTES = 64 << 20;

  /** Records that may cover one port: nine times the most the real registry has (7, port 80). */
  static final int MAX_RECORDS_PER_PORT = 64;

  /** References one record may have: the real registry has at most 3. */
  static final int MAX_REFERENCES = 256;

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

  /**
   * Fails when the file is larger than {@link #MAX_FILE_BYTES}, before anything is decoded.
   *
   * @param size the file's size in bytes
   */
  static void checkFile(String file, long size) {
    if (size > MAX_FILE_BYTES) {
      throw new RegistryCsvException(
          file,
          1,
          1,
          String.format(
              Locale.ROOT,
              "file of %,d bytes, more than the limit of %,d (%d MiB)",
              size,
              MAX_FILE_BYTES,
              MAX_FILE_BYTES >> 20));
    }
  }

  /**
   * Fails when {@code value}, the field {@code what}, is longer than {@link #MAX_FIELD_BYTES} in
   * UTF-8, or holds U+0000 (the records table's string terminator).
   */
  static void checkField(String file, int line, int column, String what, String value) {
    if (value.indexOf('\0') >= 0) {
      // The records table ends each string with a 0 byte; no real registry has one in a field.
      throw new RegistryCsvException(
          file,
          line,
          column,
          what
              + " has character U+0000 (NUL), which the table format cannot hold: "
              + Text.quote(value));
    }
    // Cheap bound first: a UTF-8 encoding is never longer than three bytes a char.
    if (value.length() * 3L <= MAX_FIELD_BYTES) {
      return;
    }
    int bytes = utf8Length(value);
    if (bytes > MAX_FIELD_BYTES) {
      throw new RegistryCsvException(
          file,
          line,
          column,
          what
              + " of "
              + bytes
              + " UTF-8 bytes, more than the "
              + MAX_FIELD_BYTES
              + " the table format holds: "
              + Text.quote(value));
    }
  }

  /**
   * Fails when a record has more than {@link #MAX_REFERENCES} references.
   *
   * @param field the references as written, shown (cut) in the message
   * @param count how many references the reader found in it
   */
  static void checkReferences(String file, int line, int column, String field, int count) {
    if (count > MAX_REFERENCES) {
      throw new RegistryCsvException(
          file,
          line,
          column,
          count
              + " references in one record, more than the limit of "
              + MAX_REFERENCES
              + ": "
              + Text.quote(field));
    }
  }

  /**
   * Checks every limit on a snapshot as a reader returned it: the record count, every text field
   * and reference of every record and person, the references per record, and the records covering
   * each port. Values are located at their record's (or person's) line and column. Time and memory
   * are linear in the snapshot plus a fixed 65,536-entry array.
   */
  static void checkSnapshot(SourceSnapshot snapshot) {
    String file = snapshot.fileName();
    List<SourceRecord> records = snapshot.records();
    if (records.size() > MAX_RECORDS) {
      SourceRecord over = records.get(MAX_RECORDS);
      throw new RegistryCsvException(
          file,
          over.line(),
          over.column(),
          "more than " + MAX_RECORDS + " records, the most the table format holds");
    }
    for (SourceRecord r : records) {
      int line = r.line();
      int column = r.column();
      checkField(file, line, column, "service name", r.serviceName());
      checkField(file, line, column, "description", r.description());
      checkField(file, line, column, "assignee", r.assignee());
      checkField(file, line, column, "contact", r.contact());
      checkField(file, line, column, "service code", r.serviceCode());
      checkField(file, line, column, "unauthorized use", r.unauthorizedUseReported());
      checkField(file, line, column, "assignment notes", r.assignmentNotes());
      if (r.references().size() > MAX_REFERENCES) {
        StringBuilder written = new StringBuilder();
        for (Reference ref : r.references()) {
          if (written.length() > 200) {
            break; // only the start is shown
          }
          written.append('[').append(ref.text()).append(']');
        }
        checkReferences(file, line, column, written.toString(), r.references().size());
      }
      for (Reference ref : r.references()) {
        checkField(file, line, column, "reference", ref.text());
      }
    }
    for (Person p : snapshot.people()) {
      for (String value : List.of(p.id(), p.name(), p.organization(), p.uri())) {
        checkField(file, p.line(), 1, "person " + Text.quote(p.id()), value);
      }
    }
    checkRecordsPerPort(file, records);
  }

  /**
   * Fails when more than {@link #MAX_RECORDS_PER_PORT} records cover one port, at the first record
   * beyond the limit (in registry order) on the lowest such port. Counted with one difference array
   * (+1 at a range's first port, -1 after its last), so a record over all 65,536 ports costs two
   * steps, not 65,536.
   */
  static void checkRecordsPerPort(String file, List<SourceRecord> records) {
    int[] delta = new int[65_537];
    for (SourceRecord r : records) {
      if (r.hasPort()) {
        delta[r.firstPort()]++;
        delta[r.lastPort() + 1]--;
      }
    }
    int covering = 0;
    for (int port = 0; port <= 65_535; port++) {
      covering += delta[port];
      if (covering > MAX_RECORDS_PER_PORT) {
        SourceRecord over = nthCovering(records, port, MAX_RECORDS_PER_PORT + 1);
        throw new RegistryCsvException(
            file,
            over.line(),
            over.column(),
            (MAX_RECORDS_PER_PORT + 1)
                + "th record covering port "
                + port
                + " ("
                + covering
                + " in all), more than the limit of "
                + MAX_RECORDS_PER_PORT
                + " records on one port; this record covers "
                + (over.firstPort() == over.lastPort()
                    ? "port " + over.firstPort()
                    : "ports " + over.firstPort() + "-" + over.lastPort()));
      }
    }
  }

  /** The {@code n}th record (1-based, in registry order) that covers {@code port}. */
  private static SourceRecord nthCovering(List<SourceRecord> records, int port, int n) {
    int seen = 0;
    for (SourceRecord r : records) {
      if (r.hasPort() && r.firstPort() <= port && port <= r.lastPort() && ++seen == n) {
        return r;
      }
    }
    throw new IllegalStateException("fewer than " + n + " records cover port " + port);
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
