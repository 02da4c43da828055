package io.github.portregistry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One item a record refers to, with its kind: an RFC, a person, a URI, an Internet-Draft, a note or
 * free text. The XML form names each item's kind; for the forms that write only bracketed text (the
 * CSV: {@code [RFC6335][Jon_Postel]}) the kind is inferred from the text.
 *
 * <pre>{@code
 * Reference r = PortRegistry.lookup(22).records().get(0).typedReferences().get(0);
 * r.kind();        // RFC
 * r.text();        // "RFC4251"
 * r.rfcNumber();   // OptionalInt[4251]
 * r.link();        // Optional[https://www.rfc-editor.org/rfc/rfc4251]
 * }</pre>
 *
 * @param kind what the item is
 * @param text the item as the registry writes it between brackets ({@code RFC4251}, {@code
 *     Jon_Postel}); never empty
 */
public record Reference(Kind kind, String text) {

  /** What a reference is, in the registry XML's own terms. */
  public enum Kind {
    /** An RFC: {@code RFC6335}. */
    RFC,
    /** A person or organization of the people list: {@code Jon_Postel}. */
    PERSON,
    /** A URI: {@code https://...} or {@code mailto:...}. */
    URI,
    /** An Internet-Draft: {@code draft-ietf-...}. */
    DRAFT,
    /** A note of the registry. */
    NOTE,
    /** Free text, or anything a form without kinds does not let us classify. */
    TEXT
  }

  /**
   * Rejects nulls and empty text.
   *
   * @throws NullPointerException naming the component that is null
   * @throws IllegalArgumentException when {@code text} is empty
   */
  public Reference {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(text, "text must not be null");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a reference's text must not be empty");
    }
  }

  /**
   * The RFC's number, for an {@link Kind#RFC} reference whose text is {@code RFC} and digits
   * ({@code RFC959} gives 959); empty otherwise.
   */
  public OptionalInt rfcNumber() {
    if (kind != Kind.RFC
        || text.length() < 4
        || text.length() > 12
        || !text.regionMatches(true, 0, "RFC", 0, 3)) {
      return OptionalInt.empty();
    }
    long n = 0;
    for (int i = 3; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalInt.empty();
      }
      n = n * 10 + (c - '0');
    }
    return n <= Integer.MAX_VALUE ? OptionalInt.of((int) n) : OptionalInt.empty();
  }

  /**
   * Where to read the reference: for an RFC, its page at the RFC Editor ({@code
   * https://www.rfc-editor.org/rfc/rfc959}); for a URI, the URI itself where it is a valid one; for
   * a draft, its page at the IETF Datatracker; empty for people, notes and text.
   */
  public Optional<URI> link() {
    switch (kind) {
      case RFC:
        OptionalInt n = rfcNumber();
        return n.isPresent()
            ? Optional.of(URI.create("https://www.rfc-editor.org/rfc/rfc" + n.getAsInt()))
            : Optional.empty();
      case URI:
        try {
          return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
          return Optional.empty();
        }
      case DRAFT:
        try {
          return Optional.of(new URI("https", "datatracker.ietf.org", "/doc/" + text, null));
        } catch (URISyntaxException e) {
          return Optional.empty();
        }
      default:
        return Optional.empty();
    }
  }

  /**
   * The kind the registry's forms without kinds imply, by the generator's rule: {@code RFC} and
   * digits an RFC, {@code draft-} a draft, a scheme such as {@code https:} or {@code mailto:} a
   * URI, an identifier of ASCII letters, digits, {@code _}, {@code -} and {@code .} a person,
   * anything else text.
   */
  static Reference inferred(String text) {
    return new Reference(inferKind(text), text);
  }

  private static Kind inferKind(String text) {
    if (text.length() > 3 && text.regionMatches(true, 0, "RFC", 0, 3) && digitsFrom(text, 3)) {
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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || !(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
        return Kind.TEXT;
      }
    }
    return Kind.PERSON;
  }

  private static boolean digitsFrom(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The text, as the registry writes it. */
  @Override
  public String toString() {
    return text;
  }
}
