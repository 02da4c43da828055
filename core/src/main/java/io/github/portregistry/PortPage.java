package io.github.portregistry;

import io.github.portregistry.internal.VisibleText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Renders {@link PortInfo#describe()}: plain text, stable, one fact a line. Registry text may hold
 * any character the generator accepts, NUL and ESC included: every field goes through {@link
 * #visible} so that the page cannot act on the terminal it is printed on.
 */
final class PortPage {
  private static final String INDENT = "    ";
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

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
    info.formerly().ifPresent(f -> page.append("Formerly: ").append(visible(f)).append('\n'));
    List<String> refs = info.distinctReferences();
    if (!refs.isEmpty()) {
      page.append(refs.size() == 1 ? "Reference: " : "References: ")
          .append(visible(String.join(", ", refs)))
          .append('\n');
    }
    latestModification(info.records())
        .ifPresent(d -> page.append("Last modified: ").append(d.toDisplayString()).append('\n'));
    if (!info.records().isEmpty()) {
      page.append(info.records().size() == 1 ? "Record:\n" : "Records:\n");
      for (ServiceRecord r : info.records()) {
        appendRecord(page, r);
      }
    }
    return page.toString();
  }

  private static void appendRecord(StringBuilder page, ServiceRecord r) {
    page.append("  - ");
    if (!r.serviceName().isEmpty()) {
      page.append(visible(r.serviceName())).append(", ");
    }
    page.append(r.ports().map(PortRange::toString).orElse("no port"));
    page.append(r.protocol().map(p -> "/" + p.registryName()).orElse(", all protocols"));
    page.append(": ");
    appendLines(page, r.description().isEmpty() ? r.kind().label() : r.description());
    detail(page, "Assignee", r.assignee());
    detail(page, "Contact", r.contact());
    detail(page, "Registered", r.registrationDate().map(RegistryDate::toDisplayString).orElse(""));
    detail(page, "Modified", r.modificationDate().map(RegistryDate::toDisplayString).orElse(""));
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

  /** Ends the current line with {@code value}; its further lines go under it, indented. */
  private static void appendLines(StringBuilder page, String value) {
    String[] lines = LINE_BREAK.split(value, -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        page.append(INDENT).append("  ");
      }
      page.append(visible(lines[i].strip())).append('\n');
    }
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
    List<String> words = new ArrayList<>();
    for (Object item : items) {
      words.add(item.toString());
    }
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }
}
