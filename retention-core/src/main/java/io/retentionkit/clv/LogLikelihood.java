package io.retentionkit.clv;

import java.util.List;

/**
 * A model's log-likelihood over one data set, as {@link MaximumLikelihood} needs it. Every model in this
 * package plugs into the fitting machinery through this interface; all parameters are positive, since
 * they are optimised on the log scale.
 */
interface LogLikelihood {

  /** Returns the parameters' names, in the order of the parameter vectors. */
  List<String> parameterNames();

  /** Returns a data-driven starting point: natural parameters, each positive and finite. */
  double[] initialValues();

  /** Returns a data-driven starting value, or 1 where the data leave it undefined (no repeat purchases). */
  static double startingValue(double estimate) {
    return Double.isFinite(estimate) && estimate > 0 ? estimate : 1;
  }

  /** Returns the total weight of the data (the number of customers). */
  double totalWeight();

  /**
   * Returns the total weighted log-likelihood at {@code theta} and writes its partial derivatives with
   * respect to each (natural) parameter into {@code gradient}. Returns a non-finite value where the
   * likelihood underflows or is undefined, or throws {@link ArithmeticException} where a special function
   * cannot be computed; the gradient is then ignored.
   */
  double value(double[] theta, double[] gradient);

  /**
   * Returns what the estimates mean when parameters reached the upper end of their search range: the
   * model's limiting case in words, one sentence per limit reached (a distribution without heterogeneity),
   * or nothing if no known limit applies. See {@link Limits} for when a pair counts as having reached it.
   *
   * @param theta the estimates
   * @param reached which parameters lie on the upper bound or within {@link Limits#NEAR} of it
   */
  List<String> limits(double[] theta, boolean[] reached);
}
