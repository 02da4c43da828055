package io.github.portregistry.benchmarks;

/** Which ports benchmark keys are drawn from (see {@link Keys}). */
public enum PortSet {
  /** Uniform over 0-65535: mostly unassigned ports (the registry assigns about 6,000). */
  RANDOM,
  /** Uniform over the ports whose overall status is assigned. */
  ASSIGNED
}
