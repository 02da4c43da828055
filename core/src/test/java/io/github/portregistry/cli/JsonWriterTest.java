package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortRange;
import io.github.portregistry.Protocol;
import io.github.portregistry.RegistryDate;
import io.github.portregistry.ServiceRecord;
import io.github.portregistry.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Escaping of text the registry does not (yet) contain. */
class JsonWriterTest {
  static final String NASTY =
      "quote \" backslash \\ slash / crlf \r\n tab \t nul \u0000 bell \u0007 del \u007f"
          + " \u00e9 \u2028 \ud83d\ude00 end";

  @Test
  void everyCharacterRoundTripsAsPrintableAscii() {
    ServiceRecord r =
        new ServiceRecord(
            NASTY,
            Optional.of(new PortRange(249, 255)),
            Optional.of(Protocol.DCCP),
            Status.RESERVED,
            NASTY,
            "",
            "\\",
            Optional.of(RegistryDate.parse("2004-02")),
            Optional.of(RegistryDate.parse("2017-05-18")),
            List.of(NASTY, "RFC1"),
            "\"",
            "\n",
            NASTY);
    String json = new JsonWriter().record(r).toString();
    assertThat(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).as(json).isTrue();
    assertThat(json)
        .contains(
            "\\\"", "\\\\", "\\r\\n", "\\t", "\\u0000", "\\u007f", "\\u2028", "\\ud83d\\ude00");
    JsonCheck.assertRecord((Map<?, ?>) StrictJson.parse(json), r);
  }

  @Test
  void emptyArraysNullsAndNesting() {
    String json =
        new JsonWriter()
            .open('[')
            .open('{')
            .close('}')
            .value(null)
            .value(-1)
            .open('[')
            .close(']')
            .open('{')
            .field("a", Optional.empty())
            .array("b", List.of())
            .close('}')
            .close(']')
            .toString();
    assertThat(json).isEqualTo("[{},null,-1,[],{\"a\":null,\"b\":[]}]");
    StrictJson.parse(json);
  }
}
