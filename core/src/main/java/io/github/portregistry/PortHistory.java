package io.github.portregistry;

import java.util.List;
import java.util.Optional;

/**
 * What the history table says about one port, built once by the store ({@link Registry}) and shared
 * by every {@link PortInfo} of the port: a value of the store, which the API only reads (as {@link
 * PortDetails} is for the records table).
 */
final class PortHistory {
  final List<HistoryPeriod> periods;

  /** The names of the latest assigned period that the current registry no longer lists. */
  final Optional<String> formerly;

  PortHistory(List<HistoryPeriod> periods, Optional<String> formerly) {
    this.periods = List.copyOf(periods);
    this.formerly = formerly;
  }
}
