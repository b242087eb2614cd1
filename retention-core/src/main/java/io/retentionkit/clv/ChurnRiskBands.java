package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;

/**
 * The P(alive) thresholds that turn a probability into a {@link ChurnRisk}: below {@code highBelow} the
 * risk is {@link ChurnRisk#HIGH}, below {@code mediumBelow} it is {@link ChurnRisk#MEDIUM}, otherwise
 * {@link ChurnRisk#LOW}.
 *
 * <p>The {@linkplain #defaults() defaults}, 0.3 and 0.7, are a neutral starting point; calibrate them on
 * your own holdout data (for example, the P(alive) below which few customers buy again).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param highBelow P(alive) below which the risk is high; in [0, 1]
 * @param mediumBelow P(alive) below which the risk is at least medium; in [{@code highBelow}, 1]
 * @since 0.1.0
 */
public record ChurnRiskBands(double highBelow, double mediumBelow) {
  private static final ChurnRiskBands DEFAULTS = new ChurnRiskBands(0.3, 0.7);

  /**
   * Creates {@code ChurnRiskBands}, validating every component.
   *
   * @param highBelow P(alive) below which the risk is high; in [0, 1]
   * @param mediumBelow P(alive) below which the risk is at least medium; in [{@code highBelow}, 1]
   * @throws IllegalArgumentException if the thresholds are out of range or out of order
   */
  public ChurnRiskBands {
    requireArgument(highBelow >= 0 && highBelow <= mediumBelow && mediumBelow <= 1,
        "churn risk thresholds must satisfy 0 <= highBelow <= mediumBelow <= 1: %s, %s", highBelow, mediumBelow);
  }

  /**
   * Returns the default bands: high below 0.3, medium below 0.7.
   *
   * @return the defaults
   */
  public static ChurnRiskBands defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the risk band of a probability of being active.
   *
   * @param probabilityAlive P(alive), in [0, 1]
   * @return the band
   * @throws IllegalArgumentException if the probability is not in [0, 1]
   */
  public ChurnRisk classify(double probabilityAlive) {
    requireArgument(probabilityAlive >= 0 && probabilityAlive <= 1,
        "probability alive must be in [0, 1]: %s", probabilityAlive);
    return probabilityAlive < highBelow ? ChurnRisk.HIGH
        : probabilityAlive < mediumBelow ? ChurnRisk.MEDIUM : ChurnRisk.LOW;
  }
}
