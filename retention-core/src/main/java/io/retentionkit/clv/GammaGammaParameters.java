package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requirePositiveFinite;

import java.util.List;

/**
 * The parameters of the Gamma-Gamma spend model: a customer's transaction values are gamma distributed
 * with shape {@code p} and rate ν, and ν is gamma distributed across customers with shape {@code q} and
 * rate {@code gamma}.
 *
 * <p>{@code gamma} is in the money unit of the data the model is fitted on (major units of its currency);
 * {@code p} and {@code q} are unitless.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param p shape of a customer's transaction-value distribution; positive
 * @param q shape of the distribution of ν across customers; positive
 * @param gamma rate of the distribution of ν across customers; positive
 * @since 0.1.0
 */
public record GammaGammaParameters(double p, double q, double gamma) implements ModelParameters {
  /** The names, in the order of the values; also the likelihood's parameter order. */
  static final List<String> NAMES = List.of("p", "q", "gamma");

  /**
   * Creates {@code GammaGammaParameters}, validating every component.
   *
   * @param p shape of a customer's transaction-value distribution; positive
   * @param q shape of the distribution of ν across customers; positive
   * @param gamma rate of the distribution of ν across customers; positive
   * @throws IllegalArgumentException if a component is not positive and finite
   */
  public GammaGammaParameters {
    requirePositiveFinite(p, "p");
    requirePositiveFinite(q, "q");
    requirePositiveFinite(gamma, "gamma");
  }

  /**
   * Returns the parameters' names.
   *
   * @return {@code p, q, gamma}
   */
  @Override
  public List<String> names() {
    return NAMES;
  }

  /**
   * Returns the parameters' values.
   *
   * @return {@code {p, q, gamma}}
   */
  @Override
  public double[] values() {
    return new double[] {p, q, gamma};
  }
}
