package io.github.portregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.PortInfo;
import io.github.portregistry.Protocol;
import io.github.portregistry.ServiceRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compares parsed JSON with the API objects it was written from, field by field. */
final class JsonCheck {
  private JsonCheck() {}

  static void assertPortInfo(Map<?, ?> json, PortInfo info) {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("port", new BigDecimal(info.port()));
    expected.put("status", info.status().name());
    Map<String, Object> byProtocol = new LinkedHashMap<>();
    for (Protocol p : Protocol.values()) {
      byProtocol.put(p.name(), info.status(p).name());
    }
    expected.put("statusByProtocol", byProtocol);
    expected.put("range", info.range().name());
    expected.put("protocols", names(info.protocols()));
    expected.put("serviceNames", info.serviceNames());
    expected.put("removalDate", text(info.removalDate()));
    expected.put("formerly", info.formerly().orElse(null));
    assertThat(keys(json))
        .containsExactly(
            "port",
            "status",
            "statusByProtocol",
            "range",
            "protocols",
            "serviceNames",
            "removalDate",
            "formerly",
            "records");
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      assertThat(json.get(e.getKey()))
          .as("port %d %s", info.port(), e.getKey())
          .isEqualTo(e.getValue());
    }
    List<?> records = (List<?>) json.get("records");
    assertThat(records).hasSameSizeAs(info.records());
    for (int i = 0; i < records.size(); i++) {
      assertRecord((Map<?, ?>) records.get(i), info.records().get(i));
    }
  }

  static void assertRecord(Map<?, ?> json, ServiceRecord r) {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("serviceName", r.serviceName());
    expected.put(
        "ports",
        r.ports()
            .map(p -> Map.of("first", new BigDecimal(p.first()), "last", new BigDecimal(p.last())))
            .orElse(null));
    expected.put("protocol", r.protocol().map(Protocol::name).orElse(null));
    expected.put("kind", r.kind().name());
    expected.put("description", r.description());
    expected.put("assignee", r.assignee());
    expected.put("contact", r.contact());
    expected.put("registrationDate", text(r.registrationDate()));
    expected.put("modificationDate", text(r.modificationDate()));
    expected.put("references", r.references());
    expected.put("serviceCode", r.serviceCode());
    expected.put("unauthorizedUseReported", r.unauthorizedUseReported());
    expected.put("assignmentNotes", r.assignmentNotes());
    assertThat(keys(json)).containsExactlyElementsOf(expected.keySet());
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      assertThat(json.get(e.getKey())).as("%s %s", r, e.getKey()).isEqualTo(e.getValue());
    }
  }

  private static List<String> keys(Map<?, ?> json) {
    List<String> keys = new ArrayList<>();
    json.keySet().forEach(k -> keys.add((String) k));
    return keys;
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }

  private static List<String> names(Iterable<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(v.name()));
    return names;
  }
}
