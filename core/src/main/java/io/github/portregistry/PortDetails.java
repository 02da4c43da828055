package io.github.portregistry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the records table says about one port, built once by the store ({@link Registry}) and shared
 * by every {@link PortInfo} of the port: a value of the store, which the API only reads.
 */
final class PortDetails {
  final List<ServiceRecord> records;
  final List<String> serviceNames;
  final Optional<RegistryDate> removalDate;
  final Optional<String> formerly;

  PortDetails(
      List<ServiceRecord> records, Optional<RegistryDate> removalDate, Optional<String> formerly) {
    this.records = List.copyOf(records);
    this.serviceNames = namesOf(this.records, null);
    this.removalDate = removalDate;
    this.formerly = formerly;
  }

  /** The distinct service names of {@code records}, in registry order; of one protocol, or all. */
  static List<String> namesOf(List<ServiceRecord> records, Protocol protocol) {
    Set<String> names = new LinkedHashSet<>();
    for (ServiceRecord r : records) {
      if (!r.serviceName().isEmpty() && (protocol == null || r.appliesTo(protocol))) {
        names.add(r.serviceName());
      }
    }
    return List.copyOf(names);
  }
}
