package io.retentionkit.clv;

import java.util.Locale;

/**
 * When a pair of parameters describes a heterogeneous distribution whose limit the data prefer: the tests
 * that {@link LogLikelihood#limits} implementations share, and the number format of their sentences.
 */
final class Limits {
  /**
   * A converged estimate above its data-driven starting value times this has reached the upper end of its
   * range, whether or not the optimiser went all the way to the bound: towards a limit the log-likelihood
   * approaches its supremum like 1/θ (and loses digits to cancellation), so the gradient tolerance or
   * machine precision may stop the search anywhere out there, and a shape of 10^3 (the start is 1) already
   * means a coefficient of variation of 3 %.
   */
  static final double NEAR = 1e3;
  /**
   * A gamma shape above this is treated as infinite once its partner has reached the end of its range
   * (the partner may get there first, depending on their ratio): the coefficient of variation
   * 1/sqrt(shape) is then below 10 %.
   */
  private static final double LARGE_SHAPE = 100;

  private Limits() {}

  /**
   * Whether a gamma distribution with this shape and rate (or scale) parameter has collapsed to its mean:
   * the shape has reached the upper end of its range, or its partner has and the shape is large.
   */
  static boolean gamma(double[] theta, boolean[] reached, int shape, int partner) {
    return reached[shape] || (reached[partner] && theta[shape] > LARGE_SHAPE);
  }

  /** Whether a beta distribution with these two shapes has collapsed to its mean a / (a + b). */
  static boolean beta(boolean[] reached, int a, int b) {
    return reached[a] || reached[b];
  }

  /**
   * The opening of a limit's sentence: which parameters reached the end of their range, and what the data
   * therefore show (almost) no heterogeneity in; the caller adds what every customer then shares.
   */
  static String noHeterogeneity(String parameters, String in) {
    return parameters + " reached the upper end of their range: the data show (almost) no heterogeneity in " + in
        + "; ";
  }

  /**
   * The limit of gamma-distributed purchase rates (r, alpha at indices 0 and 1) that BG/NBD, MBG/NBD and
   * Pareto/NBD share: Poisson purchases at the common rate r/alpha while the customer is {@code state}, and
   * what the model reduces to.
   */
  static String poissonPurchases(double[] theta, String state, String reduction) {
    return noHeterogeneity("r and alpha", "purchase rates") + "while " + state
        + ", every customer buys at the same rate r/alpha = " + number(theta[0] / theta[1])
        + " per time unit (a Poisson process), and " + reduction;
  }

  /** Four significant digits, for the numbers in warnings. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
