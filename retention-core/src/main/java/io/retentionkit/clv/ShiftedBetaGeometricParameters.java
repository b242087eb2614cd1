package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requirePositiveFinite;

import java.util.List;

/**
 * The parameters of the shifted-beta-geometric model: each customer churns at the end of every period with
 * a constant probability θ, beta distributed across customers with parameters {@code alpha} and
 * {@code beta}. Both are unitless; the period is whatever the survival counts were counted in.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param alpha first shape of the beta distribution of the churn probability; positive
 * @param beta second shape of the beta distribution of the churn probability; positive
 * @since 0.1.0
 */
public record ShiftedBetaGeometricParameters(double alpha, double beta) implements ModelParameters {
  /** The names, in the order of the values; also the likelihood's parameter order. */
  static final List<String> NAMES = List.of("alpha", "beta");

  /**
   * Creates {@code ShiftedBetaGeometricParameters}, validating every component.
   *
   * @param alpha first shape of the beta distribution of the churn probability; positive
   * @param beta second shape of the beta distribution of the churn probability; positive
   * @throws IllegalArgumentException if a component is not positive and finite
   */
  public ShiftedBetaGeometricParameters {
    requirePositiveFinite(alpha, "alpha");
    requirePositiveFinite(beta, "beta");
  }

  /**
   * Returns the parameters' names.
   *
   * @return {@code alpha, beta}
   */
  @Override
  public List<String> names() {
    return NAMES;
  }

  /**
   * Returns the parameters' values.
   *
   * @return {@code {alpha, beta}}
   */
  @Override
  public double[] values() {
    return new double[] {alpha, beta};
  }
}
