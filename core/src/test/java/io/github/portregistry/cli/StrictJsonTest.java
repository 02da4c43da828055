package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator that checks the tool's JSON must itself reject what is not JSON. */
class StrictJsonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "{",
        "}",
        "[",
        "[1,]",
        "[,1]",
        "[1 2]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{\"a\":}",
        "{a:1}",
        "{'a':1}",
        "{\"a\":1}{}",
        "{} x",
        "{\"a\":1,\"a\":2}",
        "01",
        "-",
        "-01",
        "1.",
        ".5",
        "1e",
        "1e+",
        "+1",
        "NaN",
        "Infinity",
        "tru",
        "nul",
        "True",
        "\"unterminated",
        "\"bad escape \\x\"",
        "\"raw\ttab\"",
        "\"raw\nline\"",
        "\"\\u12\"",
        "\"\\u12g4\"",
        "\"\\u\uff11\uff12\uff13\uff14\"",
        "\"\\ud800\"",
        "\"\\ud800\\u0041\"",
        "\"\\udc00\"",
        "\"trailing backslash\\",
        "[\"a\"]]",
        "\u00a0[]",
      })
  void rejectsInvalid(String text) {
    assertThatThrownBy(() -> StrictJson.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at offset");
  }

  @Test
  void parsesValid() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put(
        "a", Arrays.asList(new BigDecimal("1"), new BigDecimal("-0.5e+3"), true, false, null));
    expected.put("s", "q\"b\\s/\b\f\n\r\t\u00e9\ud83d\ude00");
    expected.put("o", Map.of());
    assertThat(
            StrictJson.parse(
                " {\"a\":[1, -0.5e+3,true,false,null],\r\n\t\"s\":\"q\\\"b\\\\s\\/\\b\\f\\n\\r\\t"
                    + "\\u00E9\\ud83d\\ude00\",\"o\":{}} "))
        .isEqualTo(expected);
    assertThat(StrictJson.parse("[]")).isEqualTo(Arrays.asList());
    assertThat(StrictJson.parse("0")).isEqualTo(new BigDecimal("0"));
    assertThat(StrictJson.parse("\"\u00e9\"")).isEqualTo("\u00e9");
  }
}
