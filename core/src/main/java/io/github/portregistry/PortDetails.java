package io.github.portregistry;

import java.util.List;
import java.util.Optional;

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
    this.serviceNames = PortInfo.namesOf(this.records, null);
    this.removalDate = removalDate;
    this.formerly = formerly;
  }
}
