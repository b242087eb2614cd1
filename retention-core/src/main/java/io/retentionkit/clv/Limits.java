package io.retentionkit.clv;

import java.util.Locale;

/**
 * When a pair of parameters describes a heterogeneous distribution whose limit the data prefer: the tests
 * that {@link LogLikelihood#limits} implementations share, and the number format of their sentences.
 */
final class Limits {
  /**
   * A gamma shape above this is treated as infinite once its partner is on the bound: the coefficient of
   * variation 1/sqrt(shape) is then below 3 %.
   */
  private static final double LARGE_SHAPE = 1e3;

  private Limits() {}

  /**
   * Whether a gamma distribution with this shape and rate (or scale) parameter has collapsed to its mean:
   * the shape is on the upper bound, or its partner is and the shape is large.
   */
  static boolean gamma(double[] theta, boolean[] atUpper, int shape, int partner) {
    return atUpper[shape] || (atUpper[partner] && theta[shape] > LARGE_SHAPE);
  }

  /** Whether a beta distribution with these two shapes has collapsed to its mean a / (a + b). */
  static boolean beta(boolean[] atUpper, int a, int b) {
    return atUpper[a] || atUpper[b];
  }

  /** Four significant digits, for the numbers in warnings. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
