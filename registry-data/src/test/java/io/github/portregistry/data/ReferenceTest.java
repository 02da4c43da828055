package io.github.portregistry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceTest {
  /** Real reference texts from the registry's CSV, and the kind the XML gives the same item. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "RFC6335                                   | RFC",
        "rfc793                                    | RFC",
        "RFC                                       | PERSON",
        "RFC12a                                    | PERSON",
        "draft-ietf-tsvwg-sctp-dtls-encaps-09      | DRAFT",
        "https://www.iana.org/protocols/apply      | URI",
        "http://www.example.com/x                  | URI",
        "mailto:postel&isi.edu                     | URI",
        "ftp://ftp.example.org/pub                 | URI",
        "Jon_Postel                                | PERSON",
        "IESG                                      | PERSON",
        "Mary.Smith-2                              | PERSON",
        "see the vendor's documentation            | TEXT",
        "Ariën                                     | TEXT",
      })
  void infersTheKindTheXmlWouldGive(String text, Reference.Kind kind) {
    assertThat(Reference.inferred(text)).isEqualTo(new Reference(kind, text));
  }

  @Test
  void aReferenceHasText() {
    assertThatThrownBy(() -> new Reference(Reference.Kind.TEXT, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Reference.Kind.RFC.xmlName()).isEqualTo("rfc");
    assertThat(RegistryForm.PORT_NUMBERS.registryName()).isEqualTo("port-numbers");
  }

  @Test
  void errorMessagesShowValuesQuotedEscapedAndCut() {
    assertThat(Text.quote("a\"b\\c\u001b[2J\n")).isEqualTo("\"a\\\"b\\\\c\\u001B[2J\\u000A\"");
    assertThat(Text.quote("x".repeat(500))).isEqualTo("\"" + "x".repeat(200) + "...\"");
  }
}
