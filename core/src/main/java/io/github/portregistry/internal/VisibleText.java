package io.github.portregistry.internal;

/**
 * Text from outside the program (registry fields, process names, command-line arguments) made safe
 * to print on a terminal: every character a terminal would act on instead of showing is replaced by
 * a visible escape, so that no input can move the cursor, clear the screen, hide text, change the
 * window title or split one line into two.
 *
 * <p>The rule: NUL is {@code \0}, tab {@code \t}, line feed {@code \n}, carriage return {@code \r},
 * ESC {@code \e}; every other C0 control (U+0001-U+001F), DEL (U+007F) and every C1 control
 * (U+0080-U+009F, which some terminals obey like ESC sequences) is {@code \xHH}; the bidirectional
 * controls that reorder what is shown (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) and
 * the line and paragraph separators U+2028 and U+2029 are a backslash, {@code u} and four hex
 * digits. Everything else, backslashes included, is printed as it is: the escapes exist to keep the
 * terminal under the program's control, not to make the text reversible (JSON output is for that).
 *
 * <pre>{@code
 * VisibleText.escape("\033[2Jsshd");   // "\\e[2Jsshd"
 * VisibleText.escape("a\nb");         // "a\\nb": one line
 * }</pre>
 */
public final class VisibleText {
  private VisibleText() {}

  /** {@code text} with every control character escaped as the class Javadoc says. */
  public static String escape(String text) {
    int i = 0;
    while (i < text.length() && !needsEscape(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text; // the usual case: nothing to copy
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        b.append(c);
      } else if (c == 0) {
        b.append("\\0");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == 0x1b) {
        b.append("\\e");
      } else if (c <= 0xff) {
        b.append("\\x")
            .append(Character.forDigit(c >> 4, 16))
            .append(Character.forDigit(c & 15, 16));
      } else {
        b.append("\\u").append(Integer.toHexString(c));
      }
    }
    return b.toString();
  }

  /** True for the characters {@link #escape} replaces. */
  static boolean needsEscape(char c) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    if (c < 0x61c) {
      return false; // the fast path for ASCII and Latin text
    }
    return c == 0x61c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028
        || c == 0x2029;
  }
}
