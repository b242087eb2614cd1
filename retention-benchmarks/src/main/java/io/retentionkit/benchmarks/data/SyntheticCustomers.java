package io.retentionkit.benchmarks.data;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded customer summaries drawn from the BG/NBD model with Gamma-Gamma spend, at the published CDNOW
 * estimates, in weeks: the input of the CLV benchmarks, without the cost of generating and summarising
 * orders.
 *
 * <ul>
 *   <li>Each customer's first purchase falls uniformly on one of the 364 days before the calibration end,
 *       so T is a whole number of days divided by 7 (as summaries of real orders are).</li>
 *   <li>Transactions follow BG/NBD with r = 0.243, α = 4.414, a = 0.793, b = 2.426; t_x is rounded to the
 *       day of the last transaction.</li>
 *   <li>The mean repeat spend follows Gamma-Gamma with p = 6.25, q = 3.74, γ = 15.44 (NaN when x = 0).</li>
 * </ul>
 *
 * <p>The same seed always gives the same customers.
 */
public final class SyntheticCustomers {
  private static final double R = 0.243;
  private static final double ALPHA = 4.414;
  private static final double A = 0.793;
  private static final double B = 2.426;
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
   * Draws {@code customers} customers.
   *
   * @param customers how many; not negative
   * @param seed the seed
   * @return the customers' summaries
   * @throws IllegalArgumentException if {@code customers} is negative
   */
  public static SyntheticCustomers generate(int customers, long seed) {
    if (customers < 0) {
      throw new IllegalArgumentException("customers must not be negative: " + customers);
    }
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ContinuousSampler rate = AhrensDieterMarsagliaTsangGammaSampler.of(random, R, 1 / ALPHA);
    ContinuousSampler dropout = ChengBetaSampler.of(random, A, B);
    ContinuousSampler spendRate = AhrensDieterMarsagliaTsangGammaSampler.of(random, Q, 1 / GAMMA);
    SyntheticCustomers out = new SyntheticCustomers(customers);
    for (int i = 0; i < customers; i++) {
      double age = random.nextInt(DAYS + 1) / 7.0;
      double lambda = rate.sample();
      double p = dropout.sample();
      int x = 0;
      double last = 0;
      double t = 0;
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / lambda;
        if (t > age) {
          break;
        }
        x++;
        last = t;
        if (random.nextDouble() < p) {
          break;
        }
      }
      out.repeatTransactions[i] = x;
      out.ages[i] = age;
      out.lastPurchaseTimes[i] = Math.min(age, Math.ceil(last * 7) / 7.0);
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

  /**
   * Returns the number of customers.
   *
   * @return the length of every array
   */
  public int size() {
    return ages.length;
  }
}
