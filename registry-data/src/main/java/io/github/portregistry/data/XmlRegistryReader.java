package io.github.portregistry.data;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the registry's XML form ({@code service-names-port-numbers.xml}, IANA's canonical form)
 * into a {@link SourceSnapshot}: every {@code <record>} a {@link SourceRecord}, the {@code
 * <people>} section a list of {@link Person}, the registry's {@code <updated>} its written date.
 *
 * <p>IANA generates the CSV from this file, so each field is rendered as the CSV writes it:
 *
 * <ul>
 *   <li>Assignee: the {@code <xref type="person">} inside {@code <assignee>}, as {@code
 *       [Daegis_Inc]}; a record without {@code <assignee>} has its contacts as assignee, as the CSV
 *       shows them.
 *   <li>Contact: the record's own person xrefs, each as {@code [Chris_Anderson]}, in order.
 *   <li>Reference: every other xref of the record, in order: its text where it has one ({@code
 *       <xref type="uri" data="https://...">TR-352</xref>} is {@code [TR-352]}), else its {@code
 *       data}, an RFC's in capitals ({@code rfc6335} is {@code RFC6335}). Each keeps its XML kind
 *       and its {@code data} as {@link Reference#target()}, so that a URI behind a text is kept.
 *   <li>Description, notes, unauthorized use: the text with entities decoded, a {@code <br/>}
 *       written as nothing (the line break that follows it in the file stays), an inline xref as
 *       {@code [RFC6614]} and {@code <paragraph>} as its text; then trimmed. Line breaks and
 *       indentation inside the text are kept as written.
 * </ul>
 *
 * These rules give the CSV of 2015-10-08 from the XML of 2015-10-08 field for field. IANA's
 * converter has not always written {@code <br/>} and wrapped lines the same way: the CSVs of
 * 2019-12-31 write a {@code <br/>} as a line break, those of 2020-2024 as a space, and those since
 * 2020 also join an indented line to the one before it when that one ends in a space. No rule
 * reproduces all of them, so this reader keeps the XML's own line structure, which loses nothing.
 *
 * <p>Every element the vendored files (2013-2026) contain is read or, for the registry's prose
 * (title, category, expert, the registry-wide notes and xrefs, footnotes), deliberately skipped;
 * any other element or attribute in a record or person fails the build, so that no data is lost
 * silently.
 *
 * <p>Security: the parser is the JDK's StAX, streaming in one pass with memory linear in the input.
 * A document type declaration fails the read (the registry has none), so no external entity, DTD or
 * entity expansion is ever processed; only XML's five predefined entities are decoded.
 */
public final class XmlRegistryReader implements RegistryReader {
  /** The namespace of IANA's registries. */
  static final String NAMESPACE = "http://www.iana.org/assignments";

  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern RFC = Pattern.compile("(?i)rfc(\\d+)");

  /** The registry's prose around the records: read past, not compiled. */
  private static final List<String> PROSE =
      List.of("title", "category", "expert", "note", "xref", "footnote");

  /** The fields of a record that hold one text each. */
  private enum Field {
    NAME("name"),
    PROTOCOL("protocol"),
    DESCRIPTION("description"),
    NUMBER("number"),
    SERVICE_CODE("sc"),
    UNAUTHORIZED("unauthorized"),
    NOTE("note");

    final String element;

    Field(String element) {
      this.element = element;
    }

    static Optional<Field> byElement(String element) {
      for (Field f : values()) {
        if (f.element.equals(element)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  @Override
  public SourceSnapshot read(String fileName, byte[] content) {
    XMLStreamReader xml = open(fileName, content);
    try {
      return new Parse(fileName, xml).registry(content);
    } catch (XMLStreamException e) {
      throw malformed(fileName, e);
    } finally {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // Nothing to release that matters: the input is a byte array.
      }
    }
  }

  private static XMLStreamReader open(String fileName, byte[] content) {
    // The JDK's own implementation, whatever else is on the class path, so that the security
    // properties below mean what they say.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      return factory.createXMLStreamReader(new ByteArrayInputStream(content));
    } catch (XMLStreamException e) {
      throw malformed(fileName, e);
    }
  }

  /** The parser's own message, without its "ParseError at [row,col]" prefix, at its location. */
  private static RegistryCsvException malformed(String fileName, XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int at = message.indexOf("Message: ");
    String reason = at >= 0 ? message.substring(at + "Message: ".length()) : message;
    Location location = e.getLocation();
    return new RegistryCsvException(
        fileName,
        location == null ? 1 : Math.max(1, location.getLineNumber()),
        location == null ? 1 : Math.max(1, location.getColumnNumber()),
        "malformed XML: " + reason.strip());
  }

  /** One pass over one document. */
  private static final class Parse {
    private final String file;
    private final XMLStreamReader xml;

    Parse(String file, XMLStreamReader xml) {
      this.file = file;
      this.xml = xml;
    }

    SourceSnapshot registry(byte[] content) throws XMLStreamException {
      int event = nextTag();
      if (event != XMLStreamConstants.START_ELEMENT || !is("registry")) {
        throw error(
            "expected the <registry> element of namespace " + NAMESPACE + ", found " + at());
      }
      Optional<CsvDate> updated = Optional.empty();
      List<SourceRecord> records = new ArrayList<>();
      List<Person> people = new ArrayList<>();
      boolean sawPeople = false;
      while (nextTag() == XMLStreamConstants.START_ELEMENT) {
        String name = element();
        if (name.equals("record")) {
          if (records.size() == Limits.MAX_RECORDS) {
            throw error(
                "more than " + Limits.MAX_RECORDS + " records, the most the table format holds");
          }
          records.add(record());
        } else if (name.equals("updated")) {
          if (updated.isPresent()) {
            throw error("a second <updated> in the registry");
          }
          updated = Optional.of(date(text(), "registry <updated>"));
        } else if (name.equals("people")) {
          if (sawPeople) {
            throw error("a second <people> in the registry");
          }
          sawPeople = true;
          people(people);
        } else if (PROSE.contains(name)) {
          skip();
        } else {
          throw unknown("the registry");
        }
      }
      if (nextTag() != XMLStreamConstants.END_DOCUMENT) {
        throw error("content after </registry>");
      }
      if (records.isEmpty()) {
        throw error("no <record> in the registry");
      }
      return new SourceSnapshot(
          file, RegistryForm.XML, updated, Limits.sha256(content), records, people);
    }

    private SourceRecord record() throws XMLStreamException {
      Where start = here();
      Optional<CsvDate> registered = Optional.empty();
      Optional<CsvDate> modified = Optional.empty();
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        String attribute = xml.getAttributeLocalName(i);
        String value = xml.getAttributeValue(i);
        if (attribute.equals("date")) {
          registered = Optional.of(date(value, "record date"));
        } else if (attribute.equals("updated")) {
          modified = Optional.of(date(value, "record updated"));
        } else {
          throw error(
              "unknown attribute "
                  + attribute
                  + "="
                  + Text.quote(value)
                  + " on <record> (its data would be lost; known: date, updated)");
        }
      }
      Map<Field, String> fields = new EnumMap<>(Field.class);
      Map<Field, Where> where = new EnumMap<>(Field.class);
      StringBuilder assignee = new StringBuilder();
      StringBuilder contact = new StringBuilder();
      List<Reference> references = new ArrayList<>();
      while (nextTag() == XMLStreamConstants.START_ELEMENT) {
        String name = element();
        Optional<Field> field = Field.byElement(name);
        if (field.isPresent()) {
          if (fields.containsKey(field.get())) {
            throw error("a second <" + name + "> in one record");
          }
          where.put(field.get(), here());
          fields.put(field.get(), bounded(mixed()));
        } else if (name.equals("assignee")) {
          if (assignee.length() > 0) {
            throw error("a second <assignee> in one record");
          }
          while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            Reference person = xref();
            if (person.kind() != Reference.Kind.PERSON) {
              throw error(
                  "an <assignee> holds person xrefs, found type " + person.kind().xmlName());
            }
            assignee.append('[').append(person.text()).append(']');
          }
        } else if (name.equals("xref")) {
          Reference reference = xref();
          if (reference.kind() == Reference.Kind.PERSON) {
            contact.append('[').append(reference.text()).append(']');
          } else {
            references.add(reference);
          }
        } else {
          throw unknown("a <record>");
        }
      }
      String serviceName = fields.getOrDefault(Field.NAME, "");
      Optional<String> badName = Limits.serviceNameProblem(serviceName);
      if (badName.isPresent()) {
        throw errorAt(where.get(Field.NAME), badName.get());
      }
      String number = fields.getOrDefault(Field.NUMBER, "");
      int[] ports = number.isEmpty() ? null : ports(number, where.get(Field.NUMBER));
      if (serviceName.isEmpty() && ports == null) {
        throw errorAt(start, "record has neither a <name> nor a <number>: nothing could find it");
      }
      return new SourceRecord(
          start.line(),
          start.column(),
          serviceName,
          ports == null ? -1 : ports[0],
          ports == null ? -1 : ports[1],
          protocol(fields.getOrDefault(Field.PROTOCOL, ""), where.get(Field.PROTOCOL)),
          fields.getOrDefault(Field.DESCRIPTION, ""),
          bounded(assignee.length() > 0 ? assignee.toString() : contact.toString()),
          bounded(contact.toString()),
          registered,
          modified,
          references,
          fields.getOrDefault(Field.SERVICE_CODE, ""),
          fields.getOrDefault(Field.UNAUTHORIZED, ""),
          fields.getOrDefault(Field.NOTE, ""));
    }

    /**
     * An {@code <xref>} at its start tag, read to its end: its kind, its text as the CSV writes it
     * between brackets, and its {@code data}.
     */
    private Reference xref() throws XMLStreamException {
      if (!element().equals("xref")) {
        throw unknown("an <assignee>");
      }
      String type = null;
      String data = "";
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        String attribute = xml.getAttributeLocalName(i);
        String value = xml.getAttributeValue(i);
        switch (attribute) {
          case "type":
            type = value;
            break;
          case "data":
            data = value;
            break;
          case "section":
            // IANA writes the section into the xref's text too ("draft-zubov-snif-05, Section
            // 4.3"),
            // which is what the CSV shows; the tests check that it does in every vendored file.
            break;
          default:
            throw error(
                "unknown attribute "
                    + attribute
                    + "="
                    + Text.quote(value)
                    + " on <xref> (its data would be lost; known: type, data, section)");
        }
      }
      if (type == null) {
        throw error("an <xref> without a type");
      }
      Reference.Kind kind = kind(type);
      String text = bounded(mixed());
      if (text.isEmpty()) {
        if (data.isEmpty()) {
          throw error("an <xref type=\"" + type + "\"> with neither data nor text");
        }
        Matcher rfc = RFC.matcher(data);
        text = kind == Reference.Kind.RFC && rfc.matches() ? "RFC" + rfc.group(1) : data;
      }
      return new Reference(kind, text, data);
    }

    private Reference.Kind kind(String type) {
      for (Reference.Kind k : Reference.Kind.values()) {
        if (k.xmlName().equals(type)) {
          return k;
        }
      }
      throw error(
          "unknown xref type "
              + Text.quote(type)
              + " (known: rfc, person, uri, draft, note, text)");
    }

    private void people(List<Person> people) throws XMLStreamException {
      while (nextTag() == XMLStreamConstants.START_ELEMENT) {
        if (!element().equals("person")) {
          throw unknown("<people>");
        }
        int line = xml.getLocation().getLineNumber();
        String id = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
          if (!xml.getAttributeLocalName(i).equals("id")) {
            throw error(
                "unknown attribute "
                    + xml.getAttributeLocalName(i)
                    + " on <person> (its data would be lost; known: id)");
          }
          id = xml.getAttributeValue(i);
        }
        if (id == null || id.isEmpty()) {
          throw error("a <person> without an id");
        }
        String name = null;
        String organization = null;
        List<String> uris = new ArrayList<>();
        Optional<CsvDate> updated = Optional.empty();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
          String element = element();
          switch (element) {
            case "name":
              firstIn(name, element);
              name = bounded(text());
              break;
            case "org":
              firstIn(organization, element);
              organization = bounded(text());
              break;
            case "uri":
              uris.add(text());
              break;
            case "updated":
              firstIn(updated.orElse(null), element);
              updated = Optional.of(date(text(), "person updated"));
              break;
            default:
              throw unknown("a <person>");
          }
        }
        people.add(
            new Person(
                id,
                name == null ? "" : name,
                organization == null ? "" : organization,
                bounded(String.join(" ", uris)),
                updated,
                line));
      }
    }

    private void firstIn(Object before, String element) {
      if (before != null) {
        throw error("a second <" + element + "> in one <person>");
      }
    }

    /**
     * The text of the element at its start tag, read to its end tag: entities decoded, {@code
     * <br/>} as nothing, an inline {@code <xref>} as {@code [text]}, {@code <paragraph>} as its
     * text; trimmed.
     */
    private String mixed() throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      collect(text, true);
      return text.toString().strip();
    }

    /** The text of an element that holds nothing but text, trimmed. */
    private String text() throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      collect(text, false);
      return text.toString().strip();
    }

    /**
     * Appends the text of the element at its start tag, up to its end tag. With {@code markup},
     * {@code <br/>}, {@code <paragraph>} and an inline {@code <xref>} are read as {@link #mixed}
     * says; without, any element inside fails as unknown.
     */
    private void collect(StringBuilder text, boolean markup) throws XMLStreamException {
      String container = element();
      while (true) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            text.append(xml.getText());
            break;
          case XMLStreamConstants.COMMENT:
          case XMLStreamConstants.PROCESSING_INSTRUCTION:
            break;
          case XMLStreamConstants.START_ELEMENT:
            if (!markup) {
              throw unknown("<" + container + ">");
            }
            String name = element();
            if (name.equals("br")) {
              if (xml.nextTag() != XMLStreamConstants.END_ELEMENT) {
                throw error("a <br> with content");
              }
            } else if (name.equals("paragraph")) {
              collect(text, true);
            } else if (name.equals("xref")) {
              text.append('[').append(xref().text()).append(']');
            } else {
              throw unknown("<" + container + ">");
            }
            break;
          case XMLStreamConstants.END_ELEMENT:
            return;
          default:
            throw error("unexpected " + eventName(event) + " in <" + container + ">");
        }
      }
    }

    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.DTD) {
          throw error("a document type declaration (DTD): not accepted, the registry has none");
        }
      }
    }

    /**
     * The next start or end tag, skipping white space, comments and processing instructions;
     * anything else (text between elements, a DTD) is an error.
     */
    private int nextTag() throws XMLStreamException {
      while (true) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
          case XMLStreamConstants.END_ELEMENT:
          case XMLStreamConstants.END_DOCUMENT:
            return event;
          case XMLStreamConstants.SPACE:
          case XMLStreamConstants.COMMENT:
          case XMLStreamConstants.PROCESSING_INSTRUCTION:
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
            if (!xml.isWhiteSpace()) {
              throw error("unexpected text " + Text.quote(xml.getText().strip()) + " " + at());
            }
            break;
          case XMLStreamConstants.DTD:
            throw error("a document type declaration (DTD): not accepted, the registry has none");
          default:
            throw error("unexpected " + eventName(event));
        }
      }
    }

    private boolean is(String localName) {
      return NAMESPACE.equals(xml.getNamespaceURI()) && localName.equals(xml.getLocalName());
    }

    /** The local name of the start tag at hand, which must be in IANA's namespace. */
    private String element() {
      if (!NAMESPACE.equals(xml.getNamespaceURI())) {
        throw error(
            "element <"
                + xml.getLocalName()
                + "> of namespace "
                + Text.quote(String.valueOf(xml.getNamespaceURI()))
                + ", expected "
                + NAMESPACE);
      }
      return xml.getLocalName();
    }

    private String at() {
      return xml.isStartElement() ? "<" + xml.getLocalName() + ">" : eventName(xml.getEventType());
    }

    private int[] ports(String value, Where location) {
      Matcher m = PORT.matcher(value);
      if (!m.matches()) {
        throw errorAt(
            location, "port " + Text.quote(value) + " is not a number or a range such as 249-255");
      }
      int first = Integer.parseInt(m.group(1));
      int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
      if (first > 65535 || last > 65535) {
        throw errorAt(location, "port " + Text.quote(value) + " is outside 0-65535");
      }
      if (first > last) {
        throw errorAt(location, "port range " + Text.quote(value) + " is reversed");
      }
      return new int[] {first, last};
    }

    private String protocol(String value, Where location) {
      String lower = value.toLowerCase(Locale.ROOT);
      switch (lower) {
        case "":
        case "tcp":
        case "udp":
        case "sctp":
        case "dccp":
          return lower;
        default:
          throw errorAt(
              location,
              "unknown transport protocol "
                  + Text.quote(value)
                  + " (expected tcp, udp, sctp, dccp or none)");
      }
    }

    private CsvDate date(String value, String what) {
      Matcher m = DATE.matcher(value);
      if (!m.matches()) {
        throw error("bad " + what + " " + Text.quote(value) + " (expected YYYY-MM-DD or YYYY-MM)");
      }
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (m.group(3) != null && day == 0) {
        throw error("bad " + what + " " + Text.quote(value) + " (day 00)");
      }
      CsvDate date;
      try {
        date = new CsvDate(year, month, day);
      } catch (IllegalArgumentException e) {
        throw error("bad " + what + " " + Text.quote(value) + " (" + e.getMessage() + ")");
      }
      if (!Limits.inTableYears(year)) {
        throw error(
            what
                + " "
                + Text.quote(value)
                + " is outside "
                + Limits.MIN_YEAR
                + "-"
                + Limits.MAX_YEAR
                + ", the years the table can hold");
      }
      return date;
    }

    /** A value the table can hold: at most {@link Limits#MAX_FIELD_BYTES} UTF-8 bytes. */
    private String bounded(String value) {
      if (value.length() * 3L > Limits.MAX_FIELD_BYTES
          && Limits.utf8Length(value) > Limits.MAX_FIELD_BYTES) {
        throw error(
            "text of "
                + Limits.utf8Length(value)
                + " UTF-8 bytes, more than the "
                + Limits.MAX_FIELD_BYTES
                + " the table format holds: "
                + Text.quote(value));
      }
      return value;
    }

    private RegistryCsvException unknown(String where) {
      return error(
          "unknown element <"
              + xml.getLocalName()
              + "> in "
              + where
              + " (its data would be lost; this reader knows every element of IANA's files"
              + " 2013-2026)");
    }

    /** Where the parser stands: just after the start tag or text it last read. */
    private Where here() {
      Location location = xml.getLocation();
      return new Where(
          Math.max(1, location.getLineNumber()), Math.max(1, location.getColumnNumber()));
    }

    private RegistryCsvException error(String reason) {
      return errorAt(here(), reason);
    }

    private RegistryCsvException errorAt(Where where, String reason) {
      return where == null
          ? error(reason)
          : new RegistryCsvException(file, where.line(), where.column(), reason);
    }
  }

  /** A place in the file, kept as numbers: a parser's Location may change as it reads on. */
  private record Where(int line, int column) {}

  private static String eventName(int event) {
    switch (event) {
      case XMLStreamConstants.DTD:
        return "document type declaration";
      case XMLStreamConstants.ENTITY_REFERENCE:
        return "entity reference";
      case XMLStreamConstants.END_DOCUMENT:
        return "end of file";
      case XMLStreamConstants.END_ELEMENT:
        return "end tag";
      default:
        return "XML event " + event;
    }
  }
}
