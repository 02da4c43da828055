package io.github.portregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortRegistry;
import io.github.portregistry.ServiceRecord;
import org.junit.jupiter.api.Test;

/** The escaping rule, character by character, and that real registry text passes unchanged. */
class VisibleTextTest {

  @Test
  void namedEscapes() {
    assertThat(VisibleText.escape("a\u0000b\tc\nd\re\u001bf")).isEqualTo("a\\0b\\tc\\nd\\re\\ef");
  }

  @Test
  void everyControlCharacterIsEscapedAndNothingElse() {
    for (char c = 0; c < 0x3000; c++) {
      String escaped = VisibleText.escape("x" + c + "y");
      boolean control =
          c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || c == 0x61c
              || c == 0x200e
              || c == 0x200f
              || (c >= 0x202a && c <= 0x202e)
              || (c >= 0x2066 && c <= 0x2069)
              || c == 0x2028
              || c == 0x2029;
      if (control) {
        assertThat(escaped).as("U+%04X", (int) c).startsWith("x\\").endsWith("y");
        assertThat(
                escaped
                    .substring(1, escaped.length() - 1)
                    .chars()
                    .allMatch(x -> x >= 0x20 && x < 0x7f))
            .as("U+%04X shown in printable ASCII", (int) c)
            .isTrue();
      } else if (!Character.isSurrogate(c)) {
        assertThat(escaped).as("U+%04X", (int) c).isEqualTo("x" + c + "y");
      }
    }
    assertThat(VisibleText.escape("\u0001\u001f\u007f\u0080\u009b\u202e\u2066"))
        .isEqualTo("\\x01\\x1f\\x7f\\x80\\x9b\\u202e\\u2066");
  }

  @Test
  void textWithoutControlsIsReturnedAsItIs() {
    String text = "FORT\u00c9 [Jon_Postel] \\ \"quoted\"";
    assertThat(VisibleText.escape(text)).isSameAs(text);
  }

  /** The real registry has no control characters but line breaks: its pages do not change. */
  @Test
  void theRealRegistryNeedsNoEscapeOutsideLineBreaks() {
    for (ServiceRecord r : PortRegistry.records()) {
      String fields =
          String.join(
              "\n",
              r.serviceName(),
              r.description(),
              r.assignee(),
              r.contact(),
              r.serviceCode(),
              r.unauthorizedUseReported(),
              r.assignmentNotes(),
              String.join("", r.references()));
      for (String line : fields.split("\r\n|\r|\n")) {
        assertThat(VisibleText.escape(line)).as(r.toString()).isSameAs(line);
      }
    }
  }
}
