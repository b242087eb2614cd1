package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requirePositiveFinite;

import java.util.List;

/**
 * The parameters of the BG/BB model: while active, a customer transacts at each opportunity with
 * probability p, beta distributed across customers with parameters {@code alpha} and {@code beta}; at the
 * start of each opportunity an active customer becomes inactive with probability θ, beta distributed with
 * parameters {@code gamma} and {@code delta}. All four are unitless.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param alpha first shape of the beta distribution of the transaction probability; positive
 * @param beta second shape of the beta distribution of the transaction probability; positive
 * @param gamma first shape of the beta distribution of the dropout probability; positive
 * @param delta second shape of the beta distribution of the dropout probability; positive
 * @since 0.1.0
 */
public record BgBbParameters(double alpha, double beta, double gamma, double delta) implements ModelParameters {
  /** The names, in the order of the values; also the likelihood's parameter order. */
  static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta");

  /**
   * Creates {@code BgBbParameters}, validating every component.
   *
   * @param alpha first shape of the beta distribution of the transaction probability; positive
   * @param beta second shape of the beta distribution of the transaction probability; positive
   * @param gamma first shape of the beta distribution of the dropout probability; positive
   * @param delta second shape of the beta distribution of the dropout probability; positive
   * @throws IllegalArgumentException if a component is not positive and finite
   */
  public BgBbParameters {
    requirePositiveFinite(alpha, "alpha");
    requirePositiveFinite(beta, "beta");
    requirePositiveFinite(gamma, "gamma");
    requirePositiveFinite(delta, "delta");
  }

  /**
   * Returns the parameters' names.
   *
   * @return {@code alpha, beta, gamma, delta}
   */
  @Override
  public List<String> names() {
    return NAMES;
  }

  /**
   * Returns the parameters' values.
   *
   * @return {@code {alpha, beta, gamma, delta}}
   */
  @Override
  public double[] values() {
    return new double[] {alpha, beta, gamma, delta};
  }
}
