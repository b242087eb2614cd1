package io.retentionkit.internal;

import org.apache.commons.numbers.gamma.Gamma;

/**
 * The scaled generalised exponential integral e^z E_s(z) = integral from 0 to infinity of
 * e^(-z u) (1 + u)^-s du, for real s &gt; 0 and z &gt; 0. It is the confluent hypergeometric function
 * of the second kind U(1, 2 - s, z) = z^(s-1) U(s, s, z) = z^(s-1) e^z Gamma(1 - s, z), which the
 * Pareto/NBD discounted expected residual transactions (DERT) need.
 *
 * <p>Method: for z &gt; 1 the Legendre continued fraction of E_s (modified Lentz; Numerical Recipes
 * 6.3), which converges for every real s. For z &lt;= 1 the power series E_s(z) = z^(s-1) Gamma(1-s) -
 * sum_k (-z)^k / (k! (1 - s + k)) at an order s0 in [1/2, 3/2) (or s itself below 1/2), with the pole
 * pair at s0 = 1 combined into (exp(e l) - 1)/e, e = 1 - s0, so integer s need no special case; then
 * the upward recurrence E_(k+1) = (e^-z - z E_k)/k, which is stable for z &lt;= 1.
 *
 * <p>Valid for s in (0, 1e4] and z in (0, 1e300); relative accuracy about 1e-14, see
 * {@code ExponentialIntegralTest}.
 *
 * <p>Reference: NIST DLMF 8.19 (https://dlmf.nist.gov/8.19); W. H. Press et al., Numerical Recipes,
 * 3rd ed., section 6.3.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class ExponentialIntegral {
  private static final double EPSILON = 0x1p-53;
  private static final double TINY = 1e-300;
  private static final int MAX_ITERATIONS = 100_000;

  private ExponentialIntegral() {}

  /**
   * Returns ln(e^z E_s(z)), the log of the integral from 0 to infinity of e^(-z u) (1 + u)^-s du.
   *
   * @param s the order; positive and finite
   * @param z the argument; positive and finite
   * @return ln(e^z E_s(z)), finite
   * @throws IllegalArgumentException if {@code s} or {@code z} is not positive and finite
   */
  public static double logScaled(double s, double z) {
    Checks.requirePositiveFinite(s, "s");
    Checks.requirePositiveFinite(z, "z");
    if (z > 1) {
      return Math.log(continuedFraction(s, z));
    }
    return z + Math.log(smallArgument(s, z));
  }

  /** e^z E_s(z) for z &gt; 1 by the continued fraction. */
  private static double continuedFraction(double s, double z) {
    double b = z + s;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i <= MAX_ITERATIONS; i++) {
      double an = -i * (s - 1 + i);
      b += 2;
      d = 1 / (an * d + b);
      c = b + an / c;
      double delta = c * d;
      h *= delta;
      if (Math.abs(delta - 1) <= EPSILON) {
        return h;
      }
    }
    throw new ArithmeticException("continued fraction of E_s(z) must converge: s = " + s + ", z = " + z);
  }

  /** E_s(z) for 0 &lt; z &lt;= 1. */
  private static double smallArgument(double s, double z) {
    if (s < 0.5) {
      return Math.pow(z, s - 1) * Gamma.value(1 - s) - seriesTail(1 - s, z, 0);
    }
    long steps = Math.round(s) - 1;
    double order = s - steps;
    double e = 1 - order;
    // z^-e Gamma(e) - 1/e = (z^-e Gamma(1 + e) - 1)/e = l (exp(e l) - 1)/(e l), l = lnGamma(1+e)/e - ln z
    double l = Hypergeometric.logGammaShift(1, e) - Math.log(z);
    double v = e * l;
    double value = (v == 0 ? l : l * (Math.expm1(v) / v)) - seriesTail(e, z, 1);
    double expMinusZ = Math.exp(-z);
    for (long k = 0; k < steps; k++) {
      value = (expMinusZ - z * value) / (order + k);
    }
    return value;
  }

  /** sum over k &gt;= from of (-z)^k / (k! (e + k)), for 0 &lt; z &lt;= 1 and e + from &gt; 0. */
  private static double seriesTail(double e, double z, int from) {
    double power = 1;
    for (int k = 1; k <= from; k++) {
      power *= -z / k;
    }
    double sum = 0;
    for (int k = from; k < 200; k++) {
      double term = power / (e + k);
      sum += term;
      if (Math.abs(term) <= EPSILON * Math.abs(sum)) {
        break;
      }
      power *= -z / (k + 1);
    }
    return sum;
  }
}
