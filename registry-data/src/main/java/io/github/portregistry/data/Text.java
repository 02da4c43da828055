package io.github.portregistry.data;

/** How error messages show a value from the input. */
final class Text {
  private Text() {}

  /**
   * The value in double quotes, escaped so that it is unambiguous and visible in a terminal: quotes
   * and backslashes get a backslash, control characters become {@code \}{@code uXXXX}, and a value
   * longer than 200 characters is cut there with "..." so that a 60 KB field cannot flood a build
   * log.
   */
  static String quote(String value) {
    int shown = Math.min(value.length(), 200);
    StringBuilder sb = new StringBuilder(shown + 8).append('"');
    for (int i = 0; i < shown; i++) {
      char ch = value.charAt(i);
      if (ch == '"' || ch == '\\') {
        sb.append('\\').append(ch);
      } else if (Character.isISOControl(ch)) {
        sb.append("\\u").append(java.util.HexFormat.of().withUpperCase().toHexDigits(ch));
      } else {
        sb.append(ch);
      }
    }
    if (shown < value.length()) {
      sb.append("...");
    }
    return sb.append('"').toString();
  }
}
