package io.retentionkit.benchmarks.data;

import io.retentionkit.clv.ParetoNbdParameters;
import io.retentionkit.clv.WeightedSummaries;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Customer summaries (x, t_x, T) drawn from the Pareto/NBD model itself, for benchmarks: purchase rates
 * Gamma(r, alpha), dropout rates Gamma(s, beta), ages uniform on [horizon/2, horizon] (a cohort acquired
 * over the first half of the observation period), purchases a Poisson process until dropout or T. Times
 * are continuous, so almost no two customers share a row: the folded data are as large as the input.
 */
public final class SyntheticParetoNbdCustomers {
  /** CDNOW-like parameters (weeks). */
  public static final ParetoNbdParameters CDNOW_LIKE = ParetoNbdParameters.of(0.55, 10.6, 0.61, 11.7);
  /**
   * CDNOW-like purchases with dropout rates 3,000 times slower than purchase rates (alpha = 1, beta = 3000,
   * weeks): the likelihood's hypergeometric series in z = 1 - rho converges slowly there, so its tail
   * integrals are summed as the series in rho of the connection formula.
   */
  public static final ParetoNbdParameters RATES_FAR_APART = ParetoNbdParameters.of(0.55, 1, 0.61, 3000);
  /**
   * CDNOW-like purchases and practically the same dropout rate, 0.05 a week, for everyone (s = 10^6): a fit
   * heads for the limit of large s and beta, where the likelihood is nearly flat (100,000 customers of seed
   * 42 stop at s of about 44 and beta of about 870).
   */
  public static final ParetoNbdParameters COMMON_DROPOUT_RATE = ParetoNbdParameters.of(0.55, 10.6, 1e6, 2e7);
  /** The observation period of {@link #CDNOW_LIKE} data, in weeks. */
  public static final double HORIZON = 39;

  private SyntheticParetoNbdCustomers() {}

  /**
   * Draws the summaries of {@code customers} customers.
   *
   * @param parameters the model's parameters
   * @param customers how many customers; positive
   * @param horizon the longest age T; positive
   * @param seed the random seed; equal seeds give equal data
   * @return the folded summaries
   */
  public static WeightedSummaries generate(ParetoNbdParameters parameters, int customers, double horizon,
      long seed) {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ContinuousSampler purchaseRate =
        AhrensDieterMarsagliaTsangGammaSampler.of(random, parameters.r(), 1 / parameters.alpha());
    ContinuousSampler dropoutRate =
        AhrensDieterMarsagliaTsangGammaSampler.of(random, parameters.s(), 1 / parameters.beta());
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] age = new double[customers];
    for (int i = 0; i < customers; i++) {
      double lambda = purchaseRate.sample();
      double mu = dropoutRate.sample();
      age[i] = horizon * (0.5 + 0.5 * random.nextDouble());
      double end = Math.min(age[i], exponential(random) / mu);
      double t = exponential(random) / lambda;
      while (t <= end) {
        x[i]++;
        tx[i] = t;
        t += exponential(random) / lambda;
      }
    }
    return WeightedSummaries.of(x, tx, age);
  }

  private static double exponential(UniformRandomProvider random) {
    return -Math.log1p(-random.nextDouble());
  }
}
