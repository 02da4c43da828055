package io.github.portregistry.cli;

import io.github.portregistry.PortInfo;
import io.github.portregistry.PortRange;
import io.github.portregistry.Protocol;
import io.github.portregistry.ServiceRecord;
import java.util.Collection;
import java.util.Optional;

/**
 * Compact JSON, one value at a time, with commas placed automatically. Output is pure ASCII: every
 * character outside printable ASCII is a {@code \\u} escape, so it survives any terminal encoding
 * and a value never spans lines. Enums are written by their constant names.
 */
final class JsonWriter {
  private final StringBuilder b = new StringBuilder(512);
  private boolean comma;

  JsonWriter open(char bracket) {
    separate();
    b.append(bracket);
    comma = false;
    return this;
  }

  JsonWriter close(char bracket) {
    b.append(bracket);
    comma = true;
    return this;
  }

  JsonWriter key(String key) {
    separate();
    string(key);
    b.append(':');
    comma = false;
    return this;
  }

  JsonWriter value(String s) {
    separate();
    if (s == null) {
      b.append("null");
    } else {
      string(s);
    }
    comma = true;
    return this;
  }

  JsonWriter value(long n) {
    separate();
    b.append(n);
    comma = true;
    return this;
  }

  JsonWriter value(boolean flag) {
    separate();
    b.append(flag);
    comma = true;
    return this;
  }

  JsonWriter field(String key, String value) {
    return key(key).value(value);
  }

  JsonWriter field(String key, Optional<?> value) {
    return key(key).value(value.isPresent() ? value.get().toString() : null);
  }

  JsonWriter field(String key, Enum<?> value) {
    return key(key).value(value == null ? null : value.name());
  }

  JsonWriter array(String key, Collection<?> items) {
    key(key).open('[');
    for (Object item : items) {
      value(item instanceof Enum ? ((Enum<?>) item).name() : item.toString());
    }
    return close(']');
  }

  /** Every field of {@code info}, its records included. */
  JsonWriter portInfo(PortInfo info) {
    open('{').key("port").value(info.port()).field("status", info.status());
    key("statusByProtocol").open('{');
    for (Protocol p : Protocol.values()) {
      field(p.name(), info.status(p));
    }
    close('}');
    field("range", info.range()).array("protocols", info.protocols());
    array("serviceNames", info.serviceNames());
    field("removalDate", info.removalDate()).field("formerly", info.formerly());
    key("records").open('[');
    for (ServiceRecord r : info.records()) {
      record(r);
    }
    return close(']').close('}');
  }

  /**
   * What the registry says about {@code info}'s port on one protocol: port, protocol, status,
   * range, service names, and the records that apply to that protocol.
   */
  JsonWriter portOnProtocol(PortInfo info, Protocol protocol) {
    open('{').key("port").value(info.port()).field("protocol", protocol);
    field("status", info.status(protocol)).field("range", info.range());
    array("serviceNames", info.serviceNames(protocol));
    key("records").open('[');
    for (ServiceRecord r : info.records()) {
      if (r.appliesTo(protocol)) {
        record(r);
      }
    }
    return close(']').close('}');
  }

  /**
   * Every field of {@code r}: dates as ISO strings at their precision ({@link
   * io.github.portregistry.RegistryDate#toString()}), absent values as null.
   */
  JsonWriter record(ServiceRecord r) {
    open('{').field("serviceName", r.serviceName()).key("ports");
    if (r.ports().isPresent()) {
      PortRange p = r.ports().get();
      open('{').key("first").value(p.first()).key("last").value(p.last()).close('}');
    } else {
      value(null);
    }
    field("protocol", r.protocol().orElse(null)).field("kind", r.kind());
    field("description", r.description()).field("assignee", r.assignee());
    field("contact", r.contact());
    field("registrationDate", r.registrationDate()).field("modificationDate", r.modificationDate());
    array("references", r.references()).field("serviceCode", r.serviceCode());
    field("unauthorizedUseReported", r.unauthorizedUseReported());
    return field("assignmentNotes", r.assignmentNotes()).close('}');
  }

  private void separate() {
    if (comma) {
      b.append(',');
    }
  }

  private void string(String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20 || c > 0x7e) {
        String hex = Integer.toHexString(c);
        b.append("\\u");
        for (int pad = hex.length(); pad < 4; pad++) {
          b.append('0');
        }
        b.append(hex);
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
