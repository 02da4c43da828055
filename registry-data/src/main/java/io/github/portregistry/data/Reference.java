package io.github.portregistry.data;

import java.util.Objects;

/**
 * One item a record refers to: an RFC, a person, a URI, a draft, free text.
 *
 * <p>The XML names each item's kind ({@code <xref type="rfc" data="rfc6335"/>}); the CSV and the
 * text forms write only bracketed text ({@code [RFC6335]}), from which {@link #inferred} decides
 * the kind. {@code text} is always the item as the CSV writes it between its brackets ({@code
 * RFC6335}, {@code Jon_Postel}), so that the same registry state gives the same text in every form.
 *
 * <p>{@code target} is what the XML's {@code data} attribute names, where it differs from the text
 * or the text alone would lose it: {@code <xref type="uri" data="https://...">TR-352</xref>} has
 * text {@code TR-352} and the URI as target. The forms without kinds have no target ("").
 *
 * @param kind what the item is
 * @param text the item as written, without brackets; never empty
 * @param target the XML's {@code data} attribute as written ({@code rfc6335}, a URI, a person id, a
 *     note's number), "" where the form has none
 */
public record Reference(Kind kind, String text, String target) {

  /** What a reference is, in the XML's own terms; the order is the table's encoding. */
  public enum Kind {
    /** An RFC: {@code RFC6335}. */
    RFC,
    /** A person or organisation of the people list: {@code Jon_Postel}. */
    PERSON,
    /** A URI: {@code https://...} or {@code mailto:...}. */
    URI,
    /** An Internet-Draft: {@code draft-ietf-...}. */
    DRAFT,
    /** A note of the registry. */
    NOTE,
    /** Free text, or anything the forms without kinds do not let us classify. */
    TEXT;

    /** The XML's name for the kind: "rfc", "person", "uri", "draft", "note", "text". */
    public String xmlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Rejects nulls and empty text. */
  public Reference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(target, "target");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a reference has text");
    }
  }

  /**
   * A reference of a form that writes no target: the CSV, the text forms.
   *
   * @param kind what the item is
   * @param text the item as written, without brackets; never empty
   */
  public Reference(Kind kind, String text) {
    this(kind, text, "");
  }

  /**
   * The kind a form without kinds implies: {@code RFC} followed by digits is an RFC, {@code draft-}
   * a draft, a scheme such as {@code http:} or {@code mailto:} a URI, an identifier of letters,
   * digits, {@code _}, {@code -} and {@code .} a person (as the registry's person ids are), and
   * anything else text.
   */
  public static Reference inferred(String text) {
    return new Reference(inferKind(text), text);
  }

  static Kind inferKind(String text) {
    if (text.length() > 3 && text.regionMatches(true, 0, "RFC", 0, 3) && allDigits(text, 3)) {
      return Kind.RFC;
    }
    if (text.regionMatches(true, 0, "draft-", 0, 6)) {
      return Kind.DRAFT;
    }
    if (text.startsWith("http://")
        || text.startsWith("https://")
        || text.startsWith("mailto:")
        || text.startsWith("ftp://")) {
      return Kind.URI;
    }
    boolean identifier = true;
    for (int i = 0; i < text.length() && identifier; i++) {
      char c = text.charAt(i);
      identifier = c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
    }
    return identifier ? Kind.PERSON : Kind.TEXT;
  }

  private static boolean allDigits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
