package io.retentionkit.clv;

import java.util.List;

/**
 * The parameters of the BG/NBD model: while active, a customer's transaction rate λ is gamma distributed
 * across customers with shape {@code r} and rate {@code alpha}; after each transaction the customer
 * becomes inactive with probability p, beta distributed with parameters {@code a} and {@code b}.
 *
 * <p>{@code alpha} is in the time unit of the data the model is fitted on (its reciprocal scales the
 * rates); the others are unitless.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param r shape of the gamma distribution of transaction rates; positive
 * @param alpha rate (inverse scale) of the gamma distribution of transaction rates; positive
 * @param a first shape of the beta distribution of the dropout probability; positive
 * @param b second shape of the beta distribution of the dropout probability; positive
 * @since 0.1.0
 */
public record BgNbdParameters(double r, double alpha, double a, double b) implements ModelParameters {
  /**
   * Creates {@code BgNbdParameters}, validating every component.
   *
   * @param r shape of the gamma distribution of transaction rates; positive
   * @param alpha rate (inverse scale) of the gamma distribution of transaction rates; positive
   * @param a first shape of the beta distribution of the dropout probability; positive
   * @param b second shape of the beta distribution of the dropout probability; positive
   * @throws IllegalArgumentException if a component is not positive and finite
   */
  public BgNbdParameters {
    BetaGeometricNbdModel.requireParameters(r, alpha, a, b);
  }

  /**
   * Returns the parameters' names.
   *
   * @return {@code r, alpha, a, b}
   */
  @Override
  public List<String> names() {
    return BetaGeometricNbdModel.NAMES;
  }

  /**
   * Returns the parameters' values.
   *
   * @return {@code {r, alpha, a, b}}
   */
  @Override
  public double[] values() {
    return new double[] {r, alpha, a, b};
  }
}
