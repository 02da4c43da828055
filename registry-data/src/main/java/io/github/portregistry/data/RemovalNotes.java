package io.github.portregistry.data;

import static java.util.regex.Pattern.CASE_INSENSITIVE;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the prose in which the registry records that a port was taken back: when that happened and
 * what the port carried before. The registry has no column for either; IANA writes them into the
 * Description or the Assignment Notes in a handful of recurring shapes.
 *
 * <h2>Removal date</h2>
 *
 * <p>Only for records that are not assignments (the caller decides which those are).
 *
 * <ol>
 *   <li>A <em>keyword</em> is one of the words removed, de-assigned, de-registered, deprecated,
 *       decommissioned (also spelled decomissioned, de-commissioned) or released, ignoring letter
 *       case. It may end a hyphenated compound such as {@code FRP-Released} but not be part of a
 *       longer word ({@code Unreleased}); the hyphen in the {@code de-} words is optional.
 *   <li>A keyword directly followed by a date, optionally after the word {@code on} or {@code
 *       Port}, gives that date at the precision written. Dates are {@code YYYY-MM-DD} or {@code
 *       YYYY-M-D}; {@code MM/DD/YY} or {@code M/D/YY} (70-99 mean 19xx, 00-69 mean 20xx; a
 *       four-digit year is taken as written); {@code D Month YYYY}; or {@code Month YYYY}, which
 *       gives month precision. Months are full English names or their three-letter abbreviations.
 *   <li>All such dates in both fields are collected and the latest wins.
 *   <li>When there is none, but a keyword occurs somewhere (for instance {@code released by
 *       [RFC9900]}, a bare {@code De-Commissioned Port}, or a Description that is exactly {@code
 *       Removed}, {@code De-registered} or {@code Deprecated}), the record's Modification Date is
 *       the removal date, or there is none if the record has no Modification Date.
 *   <li>Otherwise there is no removal date. An impossible date such as {@code 2017-13-01} counts as
 *       no date at all (rule 4 applies), so a typo in the registry never breaks the build.
 * </ol>
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>Text</th><th>Modification Date</th><th>Removal date</th></tr>
 *   <tr><td>This entry has been removed on 2017-05-18.</td><td>any</td><td>2017-05-18</td></tr>
 *   <tr><td>Decomissioned Port 04/14/00, ms</td><td>any</td><td>2000-04-14</td></tr>
 *   <tr><td>Unassigned (FRP-Released 12/7/00)</td><td>any</td><td>2000-12-07</td></tr>
 *   <tr><td>De-registered 08 June 2001</td><td>any</td><td>2001-06-08</td></tr>
 *   <tr><td>Deprecated June 2004</td><td>any</td><td>2004-06</td></tr>
 *   <tr><td>(Removed 2004-2-6)</td><td>any</td><td>2004-02-06</td></tr>
 *   <tr><td>Previously assigned to NETCONF over BEEP but released by [RFC9900]</td>
 *       <td>2025-09-29</td><td>2025-09-29</td></tr>
 *   <tr><td>De-registered</td><td>none</td><td>none</td></tr>
 *   <tr><td>Reserved</td><td>2024-12-20</td><td>none</td></tr>
 * </table>
 *
 * <h2>Former service</h2>
 *
 * <p>Only these shapes are recognised, in the Description first, then in the Notes; the result is
 * trimmed:
 *
 * <ul>
 *   <li>{@code De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]} gives {@code
 *       compressnet}
 *   <li>{@code Historic usage was acms. De-Assigned on 2020-12-29} gives {@code acms}
 *   <li>{@code Unassigned [was netstat]} gives {@code netstat}
 *   <li>{@code Previously assigned to NETCONF over BEEP but released by [RFC9900]} gives {@code
 *       NETCONF over BEEP}
 * </ul>
 *
 * <p>Anything else gives nothing; in particular {@code (previous contact was[Christopher_Allen])}
 * names a former contact, not a former service. {@link FormerServiceScan} states the shapes exactly
 * and reads them in time linear in the text.
 */
final class RemovalNotes {

  private static final String KEYWORD =
      "removed|de-?assigned|de-?registered|deprecated|de-?comm?issioned|released";

  /**
   * Word boundaries spelled out in ASCII: {@code \b} changed meaning for non-ASCII letters in JDK
   * 19, and the table must not depend on the JDK that built it.
   */
  private static final String WORD_START = "(?<![A-Za-z0-9_])";

  private static final String WORD_END = "(?![A-Za-z0-9_])";

  /** Used only to decide whether to fall back to the Modification Date. */
  private static final Pattern ANY_KEYWORD =
      Pattern.compile(WORD_START + "(?:" + KEYWORD + ")" + WORD_END, CASE_INSENSITIVE);

  /** Matches the first three letters only, so that "Jun" and "June" both work. */
  private static final String MONTH =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

  private static final List<String> MONTH_PREFIXES =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /**
   * Keyword, optional "on"/"Port", then one of the four date forms. Java 17's MatchResult has no
   * named groups, so the groups are read from the Matcher; the trailing (?!\d) keeps "04/14/2000"
   * from being read as "04/14/20". Linear in the text: every alternative starts with a fixed word,
   * the blank runs are possessive ({@code \s++}: what follows a blank run never starts with a
   * blank, so giving blanks back could never help) and no repetition contains another.
   */
  private static final Pattern KEYWORD_DATE =
      Pattern.compile(
          WORD_START
              + "(?:"
              + KEYWORD
              + ")(?:\\s++(?:on|port))?\\s++(?:"
              + "(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})"
              + "|(?<usM>\\d{1,2})/(?<usD>\\d{1,2})/(?<usY>\\d{4}|\\d{2})"
              + "|(?<dmyD>\\d{1,2})\\s++(?<dmyM>"
              + MONTH
              + ")\\s++(?<dmyY>\\d{4})"
              + "|(?<myM>"
              + MONTH
              + ")\\s++(?<myY>\\d{4})"
              + ")(?!\\d)",
          CASE_INSENSITIVE);

  private RemovalNotes() {}

  /**
   * When the port was taken back, by the rules in the class comment. Applies only to records that
   * are NOT assignments (the caller decides that).
   *
   * @param description the Description field, empty if blank
   * @param assignmentNotes the Assignment Notes field, empty if blank
   * @param modificationDate the record's Modification Date, the fallback for undated removals
   * @return the removal date at the precision written, or empty when the record gives none
   */
  static Optional<CsvDate> removalDate(
      String description, String assignmentNotes, Optional<CsvDate> modificationDate) {
    Objects.requireNonNull(modificationDate, "modificationDate");
    Optional<CsvDate> written =
        latest(latestDatedKeyword(description), latestDatedKeyword(assignmentNotes));
    if (written.isPresent()) {
      return written;
    }
    // The record says the port was removed but not when: the last time IANA touched the record is
    // the best date left. A bare Description "Removed" etc. contains a keyword, so it lands here.
    boolean mentionsRemoval =
        ANY_KEYWORD.matcher(description).find() || ANY_KEYWORD.matcher(assignmentNotes).find();
    return mentionsRemoval ? modificationDate : Optional.empty();
  }

  /**
   * What the port carried before, where the description or notes say so in one of the shapes in the
   * class comment; empty otherwise.
   *
   * @param description the Description field, empty if blank
   * @param assignmentNotes the Assignment Notes field, empty if blank
   * @return the former service name or description, trimmed
   */
  static Optional<String> formerly(String description, String assignmentNotes) {
    for (String text : List.of(description, assignmentNotes)) {
      Optional<String> found = FormerServiceScan.in(text);
      if (found.isPresent()) {
        return Optional.of(found.get().trim());
      }
    }
    return Optional.empty();
  }

  /** The latest valid keyword+date in {@code text}; impossible dates are skipped. */
  private static Optional<CsvDate> latestDatedKeyword(String text) {
    Optional<CsvDate> latest = Optional.empty();
    Matcher m = KEYWORD_DATE.matcher(text);
    while (m.find()) {
      latest = latest(latest, toDate(m));
    }
    return latest;
  }

  private static Optional<CsvDate> latest(Optional<CsvDate> a, Optional<CsvDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().compareTo(b.get()) >= 0 ? a : b;
  }

  private static Optional<CsvDate> toDate(Matcher m) {
    try {
      if (m.group("isoY") != null) {
        return Optional.of(new CsvDate(num(m, "isoY"), num(m, "isoM"), dayOf(m, "isoD")));
      }
      if (m.group("usY") != null) {
        return Optional.of(new CsvDate(fullYear(m.group("usY")), num(m, "usM"), dayOf(m, "usD")));
      }
      if (m.group("dmyY") != null) {
        return Optional.of(new CsvDate(num(m, "dmyY"), month(m.group("dmyM")), dayOf(m, "dmyD")));
      }
      return Optional.of(new CsvDate(num(m, "myY"), month(m.group("myM")), 0));
    } catch (IllegalArgumentException impossibleDate) {
      // "2017-13-01" and the like: a typo in the registry, treated as no date at all.
      return Optional.empty();
    }
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  /** A written day of 0 would silently mean "month precision" to CsvDate, so reject it here. */
  private static int dayOf(Matcher m, String group) {
    int day = num(m, group);
    if (day == 0) {
      throw new IllegalArgumentException("day 0 written out");
    }
    return day;
  }

  /** Two-digit years as the issue fixes them: 70-99 are 19xx, 00-69 are 20xx. */
  private static int fullYear(String year) {
    int y = Integer.parseInt(year);
    if (year.length() == 4) {
      return y;
    }
    return y < 70 ? 2000 + y : 1900 + y;
  }

  private static int month(String name) {
    return MONTH_PREFIXES.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }
}
