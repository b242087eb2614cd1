package io.retentionkit.benchmarks.data;

import io.retentionkit.clv.TransactionModelFamily;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded customer summaries drawn from one of the continuous-time transaction models with Gamma-Gamma
 * spend, at the published CDNOW estimates, in weeks: the input of the CLV benchmarks, without the cost of
 * generating and summarising orders.
 *
 * <ul>
 *   <li>Each customer's first purchase falls uniformly on one of the 364 days before the calibration end,
 *       so T is a whole number of days divided by 7 (as summaries of real orders are).</li>
 *   <li>While active, a customer purchases as a Poisson process with rate λ ~ gamma(r, α). BG/NBD
 *       (r = 0.243, α = 4.414, a = 0.793, b = 2.426): after each purchase the customer drops out with
 *       probability p ~ beta(a, b). MBG/NBD (0.525, 6.183, 0.891, 1.614): also at the first purchase.
 *       Pareto/NBD (r = 0.553, α = 10.578, s = 0.606, β = 11.669): the customer is active for an
 *       exponential lifetime with rate μ ~ gamma(s, β). t_x is rounded up to the day of the last
 *       transaction.</li>
 *   <li>The mean repeat spend follows Gamma-Gamma with p = 6.25, q = 3.74, γ = 15.44 (NaN when x = 0).</li>
 * </ul>
 *
 * <p>The same model and seed always give the same customers.
 */
public final class SyntheticCustomers {
  private static final double P = 6.25;
  private static final double Q = 3.74;
  private static final double GAMMA = 15.44;
  private static final int DAYS = 364;

  /** x per customer. */
  public final int[] repeatTransactions;
  /** t_x per customer, in weeks. */
  public final double[] lastPurchaseTimes;
  /** T per customer, in weeks. */
  public final double[] ages;
  /** m̄ per customer; NaN when x = 0. */
  public final double[] meanRepeatSpends;

  private SyntheticCustomers(int customers) {
    repeatTransactions = new int[customers];
    lastPurchaseTimes = new double[customers];
    ages = new double[customers];
    meanRepeatSpends = new double[customers];
  }

  /**
   * Draws {@code customers} customers from a model.
   *
   * @param model BG/NBD, MBG/NBD or Pareto/NBD
   * @param customers how many; not negative
   * @param seed the seed
   * @return the customers' summaries
   * @throws IllegalArgumentException if {@code customers} is negative or the model is not continuous-time
   */
  public static SyntheticCustomers generate(TransactionModelFamily model, int customers, long seed) {
    Objects.requireNonNull(model, "model");
    if (customers < 0) {
      throw new IllegalArgumentException("customers must not be negative: " + customers);
    }
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    Purchases purchases = switch (model) {
      case BG_NBD -> betaGeometric(random, 0.243, 4.414, 0.793, 2.426, false);
      case MBG_NBD -> betaGeometric(random, 0.525, 6.183, 0.891, 1.614, true);
      case PARETO_NBD -> pareto(random, 0.553, 10.578, 0.606, 11.669);
      case BG_BB -> throw new IllegalArgumentException("model must be a continuous-time model: " + model);
    };
    ContinuousSampler spendRate = AhrensDieterMarsagliaTsangGammaSampler.of(random, Q, 1 / GAMMA);
    SyntheticCustomers out = new SyntheticCustomers(customers);
    for (int i = 0; i < customers; i++) {
      double age = random.nextInt(DAYS + 1) / 7.0;
      purchases.draw(age, out, i);
      int x = out.repeatTransactions[i];
      out.ages[i] = age;
      out.lastPurchaseTimes[i] = Math.min(age, Math.ceil(out.lastPurchaseTimes[i] * 7) / 7.0);
      if (x == 0) {
        out.meanRepeatSpends[i] = Double.NaN;
      } else {
        // The mean of x gamma(p, ν) values is gamma(p x, x ν).
        double nu = spendRate.sample();
        out.meanRepeatSpends[i] = AhrensDieterMarsagliaTsangGammaSampler.of(random, P * x, 1 / (x * nu)).sample();
      }
    }
    return out;
  }

  /** Draws one customer's repeat purchases within an age: x and the unrounded t_x. */
  @FunctionalInterface
  private interface Purchases {
    void draw(double age, SyntheticCustomers out, int i);
  }

  private static Purchases betaGeometric(UniformRandomProvider random, double r, double alpha, double a, double b,
      boolean dropoutAtFirstPurchase) {
    ContinuousSampler rate = AhrensDieterMarsagliaTsangGammaSampler.of(random, r, 1 / alpha);
    ContinuousSampler dropout = ChengBetaSampler.of(random, a, b);
    return (age, out, i) -> {
      double lambda = rate.sample();
      double p = dropout.sample();
      boolean active = !(dropoutAtFirstPurchase && random.nextDouble() < p);
      double t = 0;
      while (active) {
        t += exponential(random) / lambda;
        if (t > age) {
          break;
        }
        out.repeatTransactions[i]++;
        out.lastPurchaseTimes[i] = t;
        active = random.nextDouble() >= p;
      }
    };
  }

  private static Purchases pareto(UniformRandomProvider random, double r, double alpha, double s, double beta) {
    ContinuousSampler rate = AhrensDieterMarsagliaTsangGammaSampler.of(random, r, 1 / alpha);
    ContinuousSampler dropoutRate = AhrensDieterMarsagliaTsangGammaSampler.of(random, s, 1 / beta);
    return (age, out, i) -> {
      double lambda = rate.sample();
      double end = Math.min(age, exponential(random) / dropoutRate.sample());
      for (double t = exponential(random) / lambda; t <= end; t += exponential(random) / lambda) {
        out.repeatTransactions[i]++;
        out.lastPurchaseTimes[i] = t;
      }
    };
  }

  private static double exponential(UniformRandomProvider random) {
    return -Math.log1p(-random.nextDouble());
  }

  /**
   * Returns the number of customers.
   *
   * @return the length of every array
   */
  public int size() {
    return ages.length;
  }
}
