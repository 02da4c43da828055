package io.github.portregistry.internal;

/**
 * The build id that ties this library's tables together: every table of one build carries the same
 * 16 bytes, and no table is answered from unless its id equals the status table's.
 *
 * <p>The generator computes it as the first 16 bytes of the SHA-256 of the status and records
 * tables (with their id fields zeroed, CRC32s left out), so two builds that differ in any byte of
 * either table differ in it, and writes it into both headers. The status table, which every answer
 * needs first, is the reference: {@link PortStatusTable#embedded()} checks the records table's
 * header against it before its first answer (reading the header only, not the records), and {@link
 * RegistryTable}'s loader checks it again. A further table written for the same build (the history
 * table) stores the id the generator gives ({@code TableWriter.Tables.buildId()}) and calls {@link
 * #check} when it loads.
 *
 * <pre>{@code
 * BuildIdentity.check(HistoryTable.RESOURCE, TableCheck.hex(header, ID_AT, BuildIdentity.LENGTH));
 * }</pre>
 */
public final class BuildIdentity {
  /** Length of a build id in bytes. */
  public static final int LENGTH = 16;

  private BuildIdentity() {}

  /** The build id of the tables this library answers from (the status table's), lower-case hex. */
  public static String expected() {
    return PortStatusTable.embedded().buildId();
  }

  /**
   * Fails unless {@code buildId} is this library's build id.
   *
   * @param table the table's resource name, for the message
   * @param buildId the table's build id, lower-case hex
   * @throws IllegalStateException naming both tables and both ids when they differ
   */
  public static void check(String table, String buildId) {
    check(table, buildId, PortStatusTable.RESOURCE, expected());
  }

  static void check(String table, String buildId, String reference, String expected) {
    if (!expected.equals(buildId)) {
      throw new IllegalStateException(
          "port-registry tables "
              + reference
              + " and "
              + table
              + " do not match: they come from different builds (build ids "
              + expected
              + " and "
              + buildId
              + "): the jar mixes tables of two builds; rebuild it");
    }
  }
}
