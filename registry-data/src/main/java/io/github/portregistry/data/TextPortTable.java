package io.github.portregistry.data;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The port tables of the two text forms, read line by line into records: the grammar that the
 * legacy {@code port-numbers} file and RFC 1340/1700 share. The readers decide which lines are
 * table lines (skipping preambles, prose and page furniture) and hand each one to {@link #line}.
 *
 * <h2>The lines of a table</h2>
 *
 * <ul>
 *   <li><b>Port line</b>: {@code keyword port[/protocol] description [tags]}. The port token is the
 *       first white-space-separated token after the start of the line that starts with a digit and
 *       is a port ({@code 47}), a range ({@code 3322-3325}) or either with {@code /tcp}, {@code
 *       /udp}, {@code /sctp}, {@code /dccp}; what precedes it is the service name, kept exactly
 *       ("intuitive edge" in 1994 has a space), and may be empty ({@code 0/tcp Reserved}). A port
 *       without a protocol applies to all four, as the CSV's empty protocol does. A token that
 *       starts with a digit and has a slash but is not such a port fails the build.
 *   <li><b>Range line</b>: {@code #} followed by white space and a port token: {@code # 249-255
 *       Reserved}, {@code # 4/tcp Unassigned}. A record without a service name, as the CSV later
 *       wrote these.
 *   <li><b>Comment line</b>: any other {@code #} line ({@code # Jon Postel <postel&isi.edu>},
 *       {@code #unitary 126/tcp ...} commented out, {@code ####...} banners). It belongs to the
 *       group of records just above it: the port lines (or range lines) since the previous comment
 *       line, as in {@code tcpmux 1/tcp}, {@code tcpmux 1/udp}, {@code # Mark Lottor <...>}. A
 *       comment holding an address in angle brackets is a contact (assignee and contact of each
 *       record of the group, as the CSV later named one person in both), a comment that is only a
 *       tag list ({@code # [RFC4960]}) adds references, and any other is a note (Assignment Notes,
 *       one line each, in order). A comment before the first record fails: it would belong to
 *       nothing.
 *   <li><b>Any other line</b> (one that is neither, such as a contact whose {@code #} was lost, or
 *       a stray {@code 32483} in 2005-08-18): in the {@link Style#PORT_NUMBERS} style a comment
 *       line; in the {@link Style#RFC} style it continues the line above: RFC 1340 wraps long
 *       descriptions onto indented lines, so after a port or range line it continues that record's
 *       description (joined with one space), after a comment line it is another comment line.
 * </ul>
 *
 * <p>Trailing tags: a description ending in a bracketed list is split into description and tags
 * when every comma-separated item is one: in the RFC style an item of capital letters and digits
 * ({@code [12,JBP]}, {@code [BV15]}: RFC 1340's numbered references and people) or one starting
 * {@code RFC}; in the port-numbers style only items starting {@code RFC} ({@code [RFC3692]}, {@code
 * [RFC-fenner-iana-exp-2780-05.txt]}). Anything else in brackets is the description's own text
 * ({@code File Transfer [Default Data]}, {@code [1 year assignment]}). An item of digits is a
 * numbered reference of its RFC (kind text), {@code RFC} and digits an RFC, another {@code RFC-...}
 * a draft, {@code RFC 3551} text; any other item is a person's id and goes to assignee and contact
 * as the CSV writes ids ({@code [JBP]}).
 *
 * <p>Protocol slips: four protocols in the vendored files are misspelt ({@code 3771/tdp} and {@code
 * 4426/upd} in 2004-01-08, {@code 4740/stcp} in 2006-11-13, {@code 3049/ddddp} in RFC 1340); each
 * next edition of the file writes the same line with {@code tcp}, {@code udp}, {@code sctp} and
 * {@code udp}. These four, and only these, are read as that protocol, and the record's notes say
 * what the file wrote. Any other unknown protocol fails the build.
 *
 * <p>Reversed ranges: five {@code #} lines of 2004-2006 mark an unassigned range backwards ({@code
 * # 8474-8449 Unassigned} between 8473 and 8500; also 7567-7559 and 24322-24248). Which range was
 * meant cannot be known, and an unassigned range says nothing that the absence of a record does
 * not, so such a line (a {@code #} range line with a reversed range and a description starting
 * "Unassigned") is read as a comment line: its text stays, in the notes of the records above. Any
 * other reversed range fails the build.
 */
final class TextPortTable {

  /** The two dialects of the grammar; see the class comment. */
  enum Style {
    /** The legacy port-numbers file: stray lines are comments; tags are RFCs only. */
    PORT_NUMBERS,
    /** RFC 1340/1700: stray lines continue the line above; tags may name people. */
    RFC
  }

  /** Misspelt protocols of the vendored files, each with what the next edition wrote. */
  static final Map<String, String> PROTOCOL_SLIPS =
      Map.of("tdp", "tcp", "upd", "udp", "stcp", "sctp", "ddddp", "udp");

  private enum Last {
    NONE,
    PORT,
    RANGE,
    COMMENT
  }

  /** The comments that follow a run of records, shared by every record of the run. */
  private static final class Group {
    final List<String> contacts = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
  }

  /** A record being read: its comments may still arrive. */
  private static final class Draft {
    final int line;
    final String serviceName;
    final int firstPort;
    final int lastPort;
    final String protocol;
    final StringBuilder description;
    final List<String> people = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final Group group;

    Draft(int line, String serviceName, Port port, String description, Group group) {
      this.line = line;
      this.serviceName = serviceName;
      this.firstPort = port.first;
      this.lastPort = port.last;
      this.protocol = port.protocol;
      this.description = new StringBuilder(description);
      this.group = group;
      if (port.slip != null) {
        notes.add(port.slip);
      }
    }
  }

  /** What a port token says, and the slip it corrects if any. */
  private record Port(int first, int last, String protocol, String slip) {}

  private final String file;
  private final Style style;
  private final List<Draft> drafts = new ArrayList<>();
  private Group group;
  private Last last = Last.NONE;

  TextPortTable(String file, Style style) {
    this.file = file;
    this.style = style;
  }

  /** True when no record has been read yet. */
  boolean isEmpty() {
    return drafts.isEmpty();
  }

  /**
   * Reads one line of a table.
   *
   * @param number the 1-based line number in the file
   * @param text the line without its line break
   * @throws RegistryCsvException when the line is a malformed port or range line
   */
  void line(int number, String text) {
    String line = text.stripTrailing();
    if (line.isEmpty()) {
      return;
    }
    if (line.charAt(0) == '#') {
      hashLine(number, line);
      return;
    }
    int at = 0;
    boolean first = true;
    while (at < line.length()) {
      while (at < line.length() && isSpace(line.charAt(at))) {
        at++;
      }
      int start = at;
      while (at < line.length() && !isSpace(line.charAt(at))) {
        at++;
      }
      if (start > 0 && start < line.length() && isDigit(line.charAt(start))) {
        Optional<Port> port = port(number, line, start, at, first, false);
        if (port.isPresent()) {
          String name = line.substring(0, start).strip();
          Optional<String> badName = Limits.serviceNameProblem(name);
          if (badName.isPresent()) {
            throw new RegistryCsvException(file, number, 1, badName.get());
          }
          record(number, name, port.get(), line.substring(at), Last.PORT);
          return;
        }
      }
      first = false;
    }
    strayLine(number, line.strip());
  }

  private void hashLine(int number, String line) {
    int at = 1;
    while (at < line.length() && isSpace(line.charAt(at))) {
      at++;
    }
    if (at > 1 && at < line.length() && isDigit(line.charAt(at))) {
      int end = at;
      while (end < line.length() && !isSpace(line.charAt(end))) {
        end++;
      }
      boolean unassigned = line.substring(end).strip().startsWith("Unassigned");
      Optional<Port> port = port(number, line, at, end, true, unassigned);
      if (port.isPresent()) {
        record(number, "", port.get(), line.substring(end), Last.RANGE);
        return;
      }
    }
    comment(number, line.substring(1).strip());
  }

  private void strayLine(int number, String text) {
    if (style == Style.RFC && (last == Last.PORT || last == Last.RANGE)) {
      StringBuilder description = drafts.get(drafts.size() - 1).description;
      if (description.length() > 0) {
        description.append(' ');
      }
      description.append(text);
      return;
    }
    comment(number, text);
  }

  private void record(int number, String name, Port port, String tail, Last kind) {
    if (drafts.size() == Limits.MAX_RECORDS) {
      throw new RegistryCsvException(
          file,
          number,
          1,
          "more than " + Limits.MAX_RECORDS + " records, the most the table format holds");
    }
    if (group == null || last != kind) {
      group = new Group();
    }
    String rest = tail.strip();
    List<String> tags = List.of();
    if (rest.endsWith("]")) {
      int open = rest.lastIndexOf('[');
      Optional<List<String>> items =
          open < 0 ? Optional.empty() : tags(rest.substring(open + 1, rest.length() - 1));
      if (items.isPresent()) {
        tags = items.get();
        rest = rest.substring(0, open).strip();
      }
    }
    Draft draft = new Draft(number, name, port, rest, group);
    for (String tag : tags) {
      addTag(tag, draft.people, draft.references);
    }
    drafts.add(draft);
    last = kind;
  }

  private void comment(int number, String text) {
    if (group == null) {
      throw new RegistryCsvException(
          file,
          number,
          1,
          "comment "
              + Text.quote(text)
              + " before the first record of the table: it would belong to no record");
    }
    last = Last.COMMENT;
    if (text.isEmpty()) {
      return; // a bare "#": nothing to keep
    }
    Optional<List<String>> items =
        text.startsWith("[") && text.endsWith("]") && text.indexOf('[', 1) < 0
            ? tags(text.substring(1, text.length() - 1))
            : Optional.empty();
    if (items.isPresent()) {
      List<String> people = new ArrayList<>();
      for (String tag : items.get()) {
        addTag(tag, people, group.references);
      }
      group.contacts.addAll(people);
      return;
    }
    int lt = text.indexOf('<');
    if (lt >= 0 && text.indexOf('>', lt) > lt) {
      group.contacts.add(text);
    } else {
      group.notes.add(text);
    }
  }

  /** The items of a tag list, or empty when the bracketed text is the description's own. */
  private Optional<List<String>> tags(String inside) {
    List<String> items = new ArrayList<>();
    for (String raw : inside.split(",", -1)) {
      String item = raw.strip();
      boolean tag =
          item.startsWith("RFC")
              || (style == Style.RFC && !item.isEmpty() && capitalsAndDigits(item));
      if (!tag) {
        return Optional.empty();
      }
      items.add(item);
    }
    return Optional.of(items);
  }

  private static void addTag(String item, List<String> people, List<Reference> references) {
    if (allDigits(item)) {
      references.add(new Reference(Reference.Kind.TEXT, item));
    } else if (item.startsWith("RFC-")) {
      references.add(new Reference(Reference.Kind.DRAFT, item));
    } else if (item.startsWith("RFC")) {
      references.add(Reference.inferred(item));
    } else {
      people.add("[" + item + "]");
    }
  }

  /**
   * Reads the port token {@code line[start, end)}, which starts with a digit: empty when it is not
   * a number or range (then it is part of a name, such as RFC 1340's indented {@code 914c/g}, or of
   * prose). A later token with a slash must be a port: {@code tcpmux 1x/tcp} fails. A reversed
   * range fails unless {@code reversedIsComment}, when it is empty too.
   */
  private Optional<Port> port(
      int number, String line, int start, int end, boolean firstToken, boolean reversedIsComment) {
    String token = line.substring(start, end);
    int slash = token.indexOf('/');
    String ports = slash < 0 ? token : token.substring(0, slash);
    int dash = ports.indexOf('-');
    String first = dash < 0 ? ports : ports.substring(0, dash);
    String lastPart = dash < 0 ? first : ports.substring(dash + 1);
    boolean shaped =
        !first.isEmpty() && !lastPart.isEmpty() && allDigits(first) && allDigits(lastPart);
    if (!shaped) {
      if (slash < 0 || firstToken) {
        return Optional.empty();
      }
      throw new RegistryCsvException(
          file,
          number,
          start + 1,
          "port "
              + Text.quote(token)
              + " is not a port or range with a protocol, such as 47/tcp or 249-255");
    }
    if (first.length() > 5
        || lastPart.length() > 5
        || Integer.parseInt(first) > 65535
        || Integer.parseInt(lastPart) > 65535) {
      throw new RegistryCsvException(
          file, number, start + 1, "port " + Text.quote(token) + " is outside 0-65535");
    }
    int from = Integer.parseInt(first);
    int to = Integer.parseInt(lastPart);
    if (from > to && reversedIsComment) {
      return Optional.empty();
    }
    if (from > to) {
      throw new RegistryCsvException(
          file, number, start + 1, "port range " + Text.quote(token) + " is reversed");
    }
    if (slash < 0) {
      return Optional.of(new Port(from, to, "", null));
    }
    String writtenProtocol = token.substring(slash + 1);
    String protocol = writtenProtocol.toLowerCase(Locale.ROOT);
    String slip = null;
    if (PROTOCOL_SLIPS.containsKey(writtenProtocol)) {
      protocol = PROTOCOL_SLIPS.get(writtenProtocol);
      slip =
          "protocol written " + Text.quote(writtenProtocol) + " in the file, read as " + protocol;
    } else if (!List.of("tcp", "udp", "sctp", "dccp").contains(protocol)) {
      throw new RegistryCsvException(
          file,
          number,
          start + slash + 2,
          "unknown transport protocol "
              + Text.quote(writtenProtocol)
              + " (expected tcp, udp, sctp or dccp after the slash)");
    }
    return Optional.of(new Port(from, to, protocol, slip));
  }

  /**
   * The records read, in file order, each with its group's comments.
   *
   * <p>A group's comments are joined once and the same strings are given to every record of the
   * group. What each record then carries is still counted: a few comment lines below thousands of
   * port lines would otherwise turn a small file into gigabytes of record text for the steps after
   * the reader. The real files carry about half their own size this way; more than eight times the
   * input (plus 64 KiB) fails the build.
   *
   * @param inputLength the file's length in bytes, for that bound
   * @throws RegistryCsvException when a field would exceed what the table holds, or the bound
   */
  List<SourceRecord> records(long inputLength) {
    long budget = 8 * inputLength + 64 * 1024;
    long carried = 0;
    Map<Group, String[]> joined = new IdentityHashMap<>();
    List<SourceRecord> records = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      String[] shared = joined.get(d.group);
      if (shared == null) {
        shared =
            new String[] {
              checked(d.line, String.join("; ", d.group.contacts)),
              checked(d.line, String.join("\n", d.group.notes))
            };
        joined.put(d.group, shared);
      }
      String contact = prepend(d.line, String.join("", d.people), "; ", shared[0]);
      String notes = prepend(d.line, String.join("\n", d.notes), "\n", shared[1]);
      List<Reference> references = d.references;
      if (!d.group.references.isEmpty()) {
        references = new ArrayList<>(d.references);
        references.addAll(d.group.references);
      }
      String description = checked(d.line, d.description.toString());
      carried += contact.length() + notes.length() + 16L * references.size();
      if (carried > budget) {
        throw new RegistryCsvException(
            file,
            d.line,
            1,
            "the comments below the records up to this one would be copied into each record,"
                + " more than eight times the file's size in all; a comment belongs to the run of"
                + " records directly above it");
      }
      records.add(
          new SourceRecord(
              d.line,
              1,
              d.serviceName,
              d.firstPort,
              d.lastPort,
              d.protocol,
              description,
              contact,
              contact,
              Optional.empty(),
              Optional.empty(),
              references,
              "",
              "",
              notes));
    }
    return records;
  }

  /** {@code own}, then {@code shared} after the separator; the shared string itself if no own. */
  private String prepend(int line, String own, String separator, String shared) {
    if (own.isEmpty()) {
      return shared;
    }
    return checked(line, shared.isEmpty() ? own : own + separator + shared);
  }

  private String checked(int line, String field) {
    if (field.length() * 3L > Limits.MAX_FIELD_BYTES
        && Limits.utf8Length(field) > Limits.MAX_FIELD_BYTES) {
      throw new RegistryCsvException(
          file,
          line,
          1,
          "a field of "
              + Limits.utf8Length(field)
              + " UTF-8 bytes for this record, more than the "
              + Limits.MAX_FIELD_BYTES
              + " the table format holds");
    }
    return field;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalsAndDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && (c < 'A' || c > 'Z')) {
        return false;
      }
    }
    return true;
  }
}
