package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requirePositiveFinite;

import java.util.List;

/**
 * The parameters of the Pareto/NBD model (Schmittlein, Morrison and Colombo 1987): while alive, a
 * customer buys as a Poisson process with rate lambda, gamma distributed across customers with shape
 * {@code r} and rate {@code alpha}; the customer's lifetime is exponential with rate mu, gamma
 * distributed with shape {@code s} and rate {@code beta}, independently of lambda.
 *
 * <p>{@code alpha} and {@code beta} are in the time unit of the data the model is fitted on; {@code r}
 * and {@code s} are unitless. See {@link ParetoNbdModel} for the model's quantities.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param r shape of the gamma distribution of purchase rates; positive
 * @param alpha rate (inverse scale) of the gamma distribution of purchase rates; positive
 * @param s shape of the gamma distribution of dropout rates; positive
 * @param beta rate (inverse scale) of the gamma distribution of dropout rates; positive
 * @since 0.1.0
 */
public record ParetoNbdParameters(double r, double alpha, double s, double beta) implements ModelParameters {
  /** The names, in the order of the values; also the likelihood's parameter order. */
  static final List<String> NAMES = List.of("r", "alpha", "s", "beta");

  /**
   * Creates {@code ParetoNbdParameters}, validating every component.
   *
   * @param r shape of the gamma distribution of purchase rates; positive
   * @param alpha rate of the gamma distribution of purchase rates; positive
   * @param s shape of the gamma distribution of dropout rates; positive
   * @param beta rate of the gamma distribution of dropout rates; positive
   * @throws IllegalArgumentException if a component is not positive and finite
   */
  public ParetoNbdParameters {
    requirePositiveFinite(r, "r");
    requirePositiveFinite(alpha, "alpha");
    requirePositiveFinite(s, "s");
    requirePositiveFinite(beta, "beta");
  }

  /**
   * Returns the parameters (r, alpha, s, beta).
   *
   * @param r shape of the gamma distribution of purchase rates; positive
   * @param alpha rate of the gamma distribution of purchase rates; positive
   * @param s shape of the gamma distribution of dropout rates; positive
   * @param beta rate of the gamma distribution of dropout rates; positive
   * @return the parameters
   * @throws IllegalArgumentException if a component is not positive and finite
   */
  public static ParetoNbdParameters of(double r, double alpha, double s, double beta) {
    return new ParetoNbdParameters(r, alpha, s, beta);
  }

  /**
   * Returns the parameters' names.
   *
   * @return {@code r, alpha, s, beta}
   */
  @Override
  public List<String> names() {
    return NAMES;
  }

  /**
   * Returns the parameters' values.
   *
   * @return {@code {r, alpha, s, beta}}
   */
  @Override
  public double[] values() {
    return new double[] {r, alpha, s, beta};
  }
}
