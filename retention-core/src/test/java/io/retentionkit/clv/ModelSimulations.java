package io.retentionkit.clv;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;

/** Seeded draws of customers from each model with known parameters, for fit-back tests. */
final class ModelSimulations {
  private ModelSimulations() {}

  /** Customers of BG/NBD (or MBG/NBD) with ages uniform in [minAge, maxAge], rounded to days of a week unit. */
  static WeightedSummaries nbd(double r, double alpha, double a, double b, boolean dropoutAtFirstPurchase,
      int customers, double minAge, double maxAge, long seed) {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ContinuousSampler rate = AhrensDieterMarsagliaTsangGammaSampler.of(random, r, 1 / alpha);
    ContinuousSampler dropout = ChengBetaSampler.of(random, a, b);
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] age = new double[customers];
    for (int i = 0; i < customers; i++) {
      age[i] = Math.round((minAge + (maxAge - minAge) * random.nextDouble()) * 7) / 7.0;
      double lambda = rate.sample();
      double p = dropout.sample();
      boolean alive = !(dropoutAtFirstPurchase && random.nextDouble() < p);
      double t = 0;
      while (alive) {
        t += -Math.log(1 - random.nextDouble()) / lambda;
        if (t > age[i]) {
          break;
        }
        x[i]++;
        tx[i] = t;
        alive = random.nextDouble() >= p;
      }
    }
    return WeightedSummaries.of(x, tx, age);
  }

  /**
   * Customers of Pareto/NBD with ages uniform in [minAge, maxAge], rounded to days of a week unit: purchase
   * rate λ ~ gamma(r, α) and dropout rate μ ~ gamma(s, β) per customer, an exponential lifetime of rate μ
   * and Poisson purchases at rate λ until the lifetime or the age ends.
   */
  static WeightedSummaries paretoNbd(double r, double alpha, double s, double beta, int customers,
      double minAge, double maxAge, long seed) {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ContinuousSampler rate = AhrensDieterMarsagliaTsangGammaSampler.of(random, r, 1 / alpha);
    ContinuousSampler dropout = AhrensDieterMarsagliaTsangGammaSampler.of(random, s, 1 / beta);
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] age = new double[customers];
    for (int i = 0; i < customers; i++) {
      age[i] = Math.round((minAge + (maxAge - minAge) * random.nextDouble()) * 7) / 7.0;
      double lambda = rate.sample();
      double end = Math.min(age[i], -Math.log(1 - random.nextDouble()) / dropout.sample());
      double t = -Math.log(1 - random.nextDouble()) / lambda;
      while (t <= end) {
        x[i]++;
        tx[i] = t;
        t += -Math.log(1 - random.nextDouble()) / lambda;
      }
    }
    return WeightedSummaries.of(x, tx, age);
  }

  /** Customers of BG/BB over n opportunities. */
  static WeightedSummaries bgBb(double alpha, double beta, double gamma, double delta, int customers, int n,
      long seed) {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ContinuousSampler transact = ChengBetaSampler.of(random, alpha, beta);
    ContinuousSampler dropout = ChengBetaSampler.of(random, gamma, delta);
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] periods = new double[customers];
    Arrays.fill(periods, n);
    for (int i = 0; i < customers; i++) {
      double p = transact.sample();
      double theta = dropout.sample();
      for (int t = 1; t <= n; t++) {
        if (random.nextDouble() < theta) {
          break;
        }
        if (random.nextDouble() < p) {
          x[i]++;
          tx[i] = t;
        }
      }
    }
    return WeightedSummaries.of(x, tx, periods);
  }

  /** A cohort under the shifted-beta-geometric model: customers active at the start of periods 0..periods. */
  static long[] survival(double alpha, double beta, int cohort, int periods, long seed) {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ContinuousSampler churn = ChengBetaSampler.of(random, alpha, beta);
    long[] active = new long[periods + 1];
    for (int i = 0; i < cohort; i++) {
      double theta = churn.sample();
      int t = 0;
      do {
        active[t++]++;
      } while (t <= periods && random.nextDouble() >= theta);
    }
    return active;
  }

  /** Repeat customers under Gamma-Gamma: x ~ 1 + Poisson(3), their mean transaction value. */
  static double[][] gammaGamma(double p, double q, double gamma, int customers, long seed) {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ContinuousSampler rate = AhrensDieterMarsagliaTsangGammaSampler.of(random, q, 1 / gamma);
    DiscreteSampler extra = PoissonSampler.of(random, 3);
    double[] x = new double[customers];
    double[] mean = new double[customers];
    for (int i = 0; i < customers; i++) {
      double nu = rate.sample();
      ContinuousSampler value = AhrensDieterMarsagliaTsangGammaSampler.of(random, p, 1 / nu);
      int count = 1 + extra.sample();
      double sum = 0;
      for (int k = 0; k < count; k++) {
        sum += value.sample();
      }
      x[i] = count;
      mean[i] = sum / count;
    }
    return new double[][] {x, mean};
  }
}
