package io.github.portregistry;

import io.github.portregistry.internal.VisibleText;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders {@link PortInfo#describe()}: plain text, stable, one fact a line. Built from the public
 * API alone ({@link PortInfo}, {@link ServiceRecord}, {@link PortRegistry#person}). Registry text
 * may hold any character the generator accepts, NUL and ESC included: every field goes through
 * {@link #visible} so that the page cannot act on the terminal it is printed on.
 */
final class PortPage {
  private static final String INDENT = "    ";

  private PortPage() {}

  static String describe(PortInfo info) {
    StringBuilder page = new StringBuilder(256);
    page.append("Port ").append(info.port()).append('\n');
    page.append("Status: ").append(info.status().label());
    Optional<RegistryDate> removed = info.removalDate();
    if (removed.isPresent() && info.status() != Status.ASSIGNED) {
      page.append(" (removed from assignment ").append(removed.get().toDisplayString()).append(')');
    }
    page.append('\n');
    page.append("Range: ").append(info.range().label()).append('\n');
    page.append(info.protocols().size() == 1 ? "Protocol: " : "Protocols: ")
        .append(joinAnd(info.protocols()))
        .append('\n');
    List<String> names = info.serviceNames();
    page.append(names.size() > 1 ? "Service Names: " : "Service Name: ")
        .append(names.isEmpty() ? "None" : visible(String.join(", ", names)))
        .append('\n');
    if (removed.isPresent() && info.status() == Status.ASSIGNED) {
      page.append("Removed from assignment on some records: ")
          .append(removed.get().toDisplayString())
          .append('\n');
    }
    // No lambdas, method references or regular expressions here: describe() is often the first
    // call of a short-lived program, and their bootstrap would cost more than the page (issue 12).
    Optional<String> formerly = info.formerly();
    if (formerly.isPresent()) {
      page.append("Formerly: ").append(visible(formerly.get())).append('\n');
    }
    List<String> refs = distinctReferences(info.records());
    if (!refs.isEmpty()) {
      page.append(refs.size() == 1 ? "Reference: " : "References: ")
          .append(visible(String.join(", ", refs)))
          .append('\n');
    }
    Optional<RegistryDate> modified = latestModification(info.records());
    if (modified.isPresent()) {
      page.append("Last modified: ").append(modified.get().toDisplayString()).append('\n');
    }
    if (!info.records().isEmpty()) {
      page.append(info.records().size() == 1 ? "Record:\n" : "Records:\n");
      for (ServiceRecord r : info.records()) {
        appendRecord(page, r);
      }
    }
    HistoryText.append(page, info.history());
    return page.toString();
  }

  private static void appendRecord(StringBuilder page, ServiceRecord r) {
    page.append("  - ");
    if (!r.serviceName().isEmpty()) {
      page.append(visible(r.serviceName())).append(", ");
    }
    page.append(r.ports().isPresent() ? r.ports().get().toString() : "no port");
    if (r.protocol().isPresent()) {
      page.append('/').append(r.protocol().get().registryName());
    } else {
      page.append(", all protocols");
    }
    page.append(": ");
    appendLines(page, r.description().isEmpty() ? r.kind().label() : r.description());
    detail(page, "Assignee", personName(r.assignee()));
    detail(page, "Contact", personName(r.contact()));
    detail(page, "Registered", display(r.registrationDate()));
    detail(page, "Modified", display(r.modificationDate()));
    detail(
        page,
        r.references().size() > 1 ? "References" : "Reference",
        String.join(", ", r.references()));
    detail(page, "Service code", r.serviceCode());
    detail(page, "Unauthorized use reported", r.unauthorizedUseReported());
    detail(page, "Notes", r.assignmentNotes());
  }

  /** One "Label: value" line; continuation lines of multi-line values are indented under it. */
  private static void detail(StringBuilder page, String label, String value) {
    if (value.isEmpty()) {
      return;
    }
    page.append(INDENT).append(label).append(": ");
    appendLines(page, value);
  }

  private static String display(Optional<RegistryDate> date) {
    return date.isPresent() ? date.get().toDisplayString() : "";
  }

  /**
   * Ends the current line with {@code value}; its further lines (split at CR LF, CR or LF) go under
   * it, indented.
   */
  private static void appendLines(StringBuilder page, String value) {
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : '\n';
      if (c == '\r' || c == '\n') {
        if (start > 0) {
          page.append(INDENT).append("  ");
        }
        page.append(visible(value.substring(start, i).strip())).append('\n');
        if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
        if (i >= value.length()) {
          break;
        }
      }
    }
  }

  /**
   * The person's name where the field is one bracketed id the registry's people list names
   * ("[Jon_Postel]" gives "Jon Postel"), else the field as written.
   */
  private static String personName(String field) {
    if (field.length() < 3
        || field.charAt(0) != '['
        || field.indexOf(']') != field.length() - 1
        || field.indexOf('[', 1) >= 0) {
      return field;
    }
    Optional<Person> person = PortRegistry.person(field);
    return person.isPresent() && !person.get().name().isEmpty() ? person.get().name() : field;
  }

  /** The records' distinct references, in registry order. */
  private static List<String> distinctReferences(List<ServiceRecord> records) {
    Set<String> refs = new LinkedHashSet<>();
    for (ServiceRecord r : records) {
      refs.addAll(r.references());
    }
    return List.copyOf(refs);
  }

  /** Registry text with its control characters escaped, as {@link VisibleText} says. */
  private static String visible(String registryText) {
    return VisibleText.escape(registryText);
  }

  private static Optional<RegistryDate> latestModification(List<ServiceRecord> records) {
    RegistryDate latest = null;
    for (ServiceRecord r : records) {
      RegistryDate d = r.modificationDate().orElse(null);
      if (d != null && (latest == null || d.compareTo(latest) > 0)) {
        latest = d;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** "TCP", "TCP and UDP", "TCP, UDP, SCTP and DCCP". */
  static String joinAnd(Collection<?> items) {
    // One pass into a builder: a sublist and String.join loaded two JDK classes that a first
    // describe() then read from the runtime image, outside the shared archive (issue 12).
    StringBuilder b = new StringBuilder();
    int last = items.size() - 1;
    int i = 0;
    for (Object item : items) {
      if (i > 0) {
        b.append(i == last ? " and " : ", ");
      }
      b.append(item);
      i++;
    }
    return b.toString();
  }
}
