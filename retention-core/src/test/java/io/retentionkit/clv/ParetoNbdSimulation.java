package io.retentionkit.clv;

import java.util.SplittableRandom;

/** Draws customer summaries from the Pareto/NBD model itself, for parameter-recovery tests. */
final class ParetoNbdSimulation {
  private ParetoNbdSimulation() {}

  /**
   * Simulates {@code customers} customers with ages T uniform on [horizon/2, horizon] (a cohort acquired
   * over half the observation period) and folds their (x, t_x, T).
   */
  static WeightedSummaries summaries(ParetoNbdParameters p, int customers, double horizon, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] age = new double[customers];
    for (int i = 0; i < customers; i++) {
      double lambda = gamma(random, p.r()) / p.alpha();
      double mu = gamma(random, p.s()) / p.beta();
      age[i] = horizon * (0.5 + 0.5 * random.nextDouble());
      double end = Math.min(age[i], -Math.log1p(-random.nextDouble()) / mu);
      double t = -Math.log1p(-random.nextDouble()) / lambda;
      while (t <= end) {
        x[i]++;
        tx[i] = t;
        t += -Math.log1p(-random.nextDouble()) / lambda;
      }
    }
    return WeightedSummaries.of(x, tx, age);
  }

  /** A Gamma(shape, 1) draw (Marsaglia and Tsang 2000, with the u^(1/shape) boost below shape 1). */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = random.nextGaussian();
      double v = 1 + c * z;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
