package io.retentionkit.clv;

/**
 * A coarse reading of a customer's probability of still being active, for lists and campaigns; the
 * thresholds are set by {@link ChurnRiskBands}.
 *
 * @since 0.1.0
 */
public enum ChurnRisk {
  /** Probably still active. */
  LOW,
  /** As likely active as not. */
  MEDIUM,
  /** Probably no longer active. */
  HIGH
}
