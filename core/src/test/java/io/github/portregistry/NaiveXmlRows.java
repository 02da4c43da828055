package io.github.portregistry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, deliberately simple reading of the registry's XML form, for the tests: the whole file
 * cut into a tree of elements by a small scanner of its own (tags, text, the five predefined
 * entities: all the registry uses), each {@code <record>} turned into a row keyed by the CSV's
 * column names, written as IANA's CSV writes them. It shares no code with the generator's StAX
 * reader, and does not use {@code java.xml}, which the library's module does not read.
 *
 * <p>The rules, from comparing IANA's XML and CSV of the same day: person xrefs inside {@code
 * <assignee>} are the Assignee, the record's own person xrefs the Contact (and the Assignee too
 * when there is no {@code <assignee>}); every other xref of the record is a Reference, written as
 * its text, else its data ({@code rfc} data in capitals); text is the element's text with an inline
 * xref as {@code [..]}, nothing for a {@code <br/>}, trimmed.
 */
final class NaiveXmlRows {
  static final List<String> HEADER =
      List.of(
          "Service Name",
          "Port Number",
          "Transport Protocol",
          "Description",
          "Assignee",
          "Contact",
          "Registration Date",
          "Modification Date",
          "Reference",
          "Service Code",
          "Unauthorized Use Reported",
          "Assignment Notes");

  final List<Map<String, String>> rows = new ArrayList<>();

  /**
   * Per row, the {@code type} of each xref that went into its Reference, upper-cased, in order: the
   * kinds the library must give {@code ServiceRecord.typedReferences()}.
   */
  final List<List<String>> referenceKinds = new ArrayList<>();

  /** The registry's {@code <updated>}. */
  final String updated;

  NaiveXmlRows(byte[] bytes) {
    Element registry = parse(new String(bytes, StandardCharsets.UTF_8));
    String date = null;
    for (Element child : registry.elements()) {
      if (child.name.equals("updated")) {
        date = text(child);
      } else if (child.name.equals("record")) {
        rows.add(row(child));
        referenceKinds.add(referenceKinds(child));
      }
    }
    updated = date;
  }

  /** An element: its name, attributes and content (text as String, elements as Element). */
  static final class Element {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Object> content = new ArrayList<>();

    Element(String name) {
      this.name = name;
    }

    String attribute(String key) {
      return attributes.getOrDefault(key, "");
    }

    List<Element> elements() {
      List<Element> elements = new ArrayList<>();
      for (Object o : content) {
        if (o instanceof Element) {
          elements.add((Element) o);
        }
      }
      return elements;
    }
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z_][\\w.-]*)([^>]*?)(/?)>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  /** The root element; {@code <?...?>} and comments are skipped. */
  static Element parse(String xml) {
    xml = xml.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->", "");
    List<Element> open = new ArrayList<>();
    Element root = null;
    Matcher m = TAG.matcher(xml);
    int at = 0;
    while (m.find()) {
      if (!open.isEmpty() && m.start() > at) {
        open.get(open.size() - 1).content.add(decode(xml.substring(at, m.start())));
      }
      at = m.end();
      if (m.group(1).equals("/")) {
        Element closed = open.remove(open.size() - 1);
        if (!closed.name.equals(m.group(2))) {
          throw new IllegalStateException("</" + m.group(2) + "> closes <" + closed.name + ">");
        }
        continue;
      }
      Element e = new Element(m.group(2));
      Matcher a = ATTRIBUTE.matcher(m.group(3));
      while (a.find()) {
        e.attributes.put(a.group(1), decode(a.group(2) != null ? a.group(2) : a.group(3)));
      }
      if (open.isEmpty()) {
        root = e;
      } else {
        open.get(open.size() - 1).content.add(e);
      }
      if (m.group(4).isEmpty()) {
        open.add(e);
      }
    }
    if (root == null || !open.isEmpty()) {
      throw new IllegalStateException("not a complete XML document");
    }
    return root;
  }

  private static String decode(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static Map<String, String> row(Element record) {
    Map<String, String> row = new LinkedHashMap<>();
    for (String column : HEADER) {
      row.put(column, "");
    }
    row.put("Registration Date", record.attribute("date"));
    row.put("Modification Date", record.attribute("updated"));
    StringBuilder assignee = new StringBuilder();
    StringBuilder contact = new StringBuilder();
    StringBuilder reference = new StringBuilder();
    for (Element e : record.elements()) {
      switch (e.name) {
        case "name":
          row.put("Service Name", text(e));
          break;
        case "number":
          row.put("Port Number", text(e));
          break;
        case "protocol":
          row.put("Transport Protocol", text(e));
          break;
        case "description":
          row.put("Description", text(e));
          break;
        case "sc":
          row.put("Service Code", text(e));
          break;
        case "unauthorized":
          row.put("Unauthorized Use Reported", text(e));
          break;
        case "note":
          row.put("Assignment Notes", text(e));
          break;
        case "assignee":
          for (Element x : e.elements()) {
            assignee.append(bracketed(x));
          }
          break;
        case "xref":
          (e.attribute("type").equals("person") ? contact : reference).append(bracketed(e));
          break;
        default:
          throw new IllegalStateException("unexpected <" + e.name + "> in a record");
      }
    }
    row.put("Assignee", assignee.length() > 0 ? assignee.toString() : contact.toString());
    row.put("Contact", contact.toString());
    row.put("Reference", reference.toString());
    return row;
  }

  private static List<String> referenceKinds(Element record) {
    List<String> kinds = new ArrayList<>();
    for (Element e : record.elements()) {
      if (e.name.equals("xref") && !e.attribute("type").equals("person")) {
        kinds.add(e.attribute("type").toUpperCase(Locale.ROOT));
      }
    }
    return kinds;
  }

  private static String bracketed(Element xref) {
    String text = text(xref);
    if (text.isEmpty()) {
      text = xref.attribute("data");
      if (xref.attribute("type").equals("rfc")) {
        text = text.toUpperCase(Locale.ROOT);
      }
    }
    return "[" + text + "]";
  }

  private static String text(Element e) {
    StringBuilder b = new StringBuilder();
    append(e, b);
    return b.toString().strip();
  }

  private static void append(Element element, StringBuilder b) {
    for (Object o : element.content) {
      if (o instanceof String) {
        b.append((String) o);
      } else if (((Element) o).name.equals("xref")) {
        b.append(bracketed((Element) o));
      } else {
        append((Element) o, b); // <br/> has no text; <paragraph> has its own
      }
    }
  }
}
