package io.retentionkit.clv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Pareto/NBD log-likelihood with its analytic gradient, for {@link MaximumLikelihood}, and the
 * per-customer functions on unchecked arguments that {@link ParetoNbdModel} shares. See
 * {@link ParetoNbdModel} for the formula.
 *
 * <h2>Tail integrals and the gradient</h2>
 *
 * <p>The likelihood needs alpha^r beta^s K(p, q; t) for two tail integrals K (see {@link ParetoNbdModel}).
 * Written with S and L the smaller and larger of alpha + t and beta + t, e = q (alpha &gt;= beta) or
 * e = p (alpha &lt; beta), b = p + q - e, rho = S/L and z = 1 - rho, each is taken as the scaled integral
 *
 * <pre>
 * M(p, q; t) = alpha^p beta^q K(p, q; t) = S (1 + t/alpha)^-p (1 + t/beta)^-q I(e, b, rho),
 * I = integral from 0 to infinity of (1 + v)^-e (1 + rho v)^-b dv = G(z) / A,   A = p + q - 1,
 * G(z) = 2F1(1, b; A + 1; z) = sum_k g_k,   g_k = prod_(j &lt; k) (b + j) / (A + 1 + j) z
 * </pre>
 *
 * <p>(G is Euler's transformation of the 2F1 in {@link ParetoNbdParameters}). The likelihood is then
 * ln Gamma(r+x) - ln Gamma(r) + ln(s alpha^-x beta^-1 M(r+x, s+1; t_x) + (r+x) alpha^-(x+1) M(r+x+1, s; T)),
 * in which no term as large as s ln beta or r ln alpha is left to cancel: that keeps the likelihood and
 * its gradient accurate as s and beta (or r and alpha) grow towards the limits of the model.
 *
 * <p>Every term of G is positive and the term ratio is below z, and the derivatives of ln G with respect
 * to A, b and z are sums over the same terms weighted by sum_(j&lt;k) 1/(A+1+j), sum_(j&lt;k) 1/(b+j)
 * and k, so one pass gives ln M and its four partial derivatives in closed form.
 *
 * <p>When z is close to 1 this series converges too slowly: alpha and beta hundreds of times apart, or
 * s and beta growing together towards the limit without heterogeneity in dropout, where z = 1 - (alpha +
 * t)/(beta + t) approaches 1 while the terms fall only like 1 - e/(s + k). {@link TailIntegral} then sums
 * the series in rho = 1 - z that the connection formula gives, whose Gamma-function constants depend on x
 * alone and are computed once per distinct x and evaluation, and falls back to one double-exponential
 * quadrature where neither series is fast and accurate. Each M is computed once per distinct (x, time) pair
 * of the rows. The value-only functions use the same methods, so the model's likelihood and P(alive) equal
 * the fit's.
 */
final class ParetoNbdLikelihood implements LogLikelihood {
  /** Below this count ln Gamma(r+x) - ln Gamma(r) and psi(r+x) - psi(r) are summed exactly. */
  private static final int DIRECT_SUM_LIMIT = 64;
  /** Pairs per block of the parallel tail integrals. */
  private static final int PAIR_BLOCK = 2048;
  /** ln M and its four derivatives, as {@link #logScaledTailWithGradient} returns them. */
  private static final int TAIL_WIDTH = 5;

  private final WeightedSummaries data;
  /** The distinct (x, t_x) pairs of the rows, each row's index among them, and the same for (x, T). */
  private final Pairs lastPurchases;
  private final Pairs ages;

  ParetoNbdLikelihood(WeightedSummaries data) {
    this.data = data;
    this.lastPurchases = new Pairs(data, data.lastPurchaseTimeIndex);
    this.ages = new Pairs(data, data.ageIndex);
  }

  @Override
  public List<String> parameterNames() {
    return ParetoNbdParameters.NAMES;
  }

  /**
   * r = s = 1, alpha matching the observed purchase rate r/alpha = sum x / sum T, and beta the mean age,
   * so that a typical customer's expected lifetime is of the order of the observation period.
   */
  @Override
  public double[] initialValues() {
    double ages = data.totalAge();
    double alpha = ages / data.totalRepeatTransactions();
    double beta = ages / data.totalWeight();
    return new double[] {1, LogLikelihood.startingValue(alpha), 1, LogLikelihood.startingValue(beta)};
  }

  @Override
  public List<String> limits(double[] theta, boolean[] reached) {
    List<String> limits = new ArrayList<>();
    if (Limits.gamma(theta, reached, 0, 1)) {
      limits.add(Limits.poissonPurchases(theta, "alive",
          "Pareto/NBD reduces to Poisson purchases with heterogeneous exponential lifetimes"));
    }
    if (Limits.gamma(theta, reached, 2, 3)) {
      limits.add(Limits.noHeterogeneity("s and beta", "dropout rates")
          + "every customer's lifetime is exponential with the same rate s/beta = "
          + Limits.number(theta[2] / theta[3]) + " per time unit (a mean lifetime of "
          + Limits.number(theta[3] / theta[2]) + " time units), and Pareto/NBD reduces to NBD purchases with a "
          + "common exponential lifetime");
    }
    return limits;
  }

  @Override
  public double totalWeight() {
    return data.totalWeight();
  }

  /**
   * Each row needs K(r+x, s+1; t_x) and K(r+x+1, s; T); rows share them through their (x, t_x) and
   * (x, T) pairs (every customer without repeat purchases has t_x = 0, for example), so each is
   * computed once per distinct pair, with its derivatives, before the rows are summed.
   */
  @Override
  public double value(double[] theta, double[] gradient) {
    double r = theta[0];
    double alpha = theta[1];
    double s = theta[2];
    double beta = theta[3];
    int[] distinctX = data.distinctX;
    // Everything that depends on x alone, once per distinct x: the Pochhammer terms and the parts of the
    // two logarithms that combine() adds to the tails.
    double logAlpha = Math.log(alpha);
    double logSOverBeta = Math.log(s) - Math.log(beta);
    double[] logPochhammer = new double[distinctX.length];
    double[] digammaDifference = new double[distinctX.length];
    double[] diedBase = new double[distinctX.length];
    double[] aliveBase = new double[distinctX.length];
    for (int k = 0; k < distinctX.length; k++) {
      int x = distinctX[k];
      logPochhammer[k] = logPochhammer(r, x);
      digammaDifference[k] = digammaDifference(r, x);
      diedBase[k] = logSOverBeta - x * logAlpha;
      aliveBase[k] = Math.log(r + x) - (x + 1) * logAlpha;
    }
    double[] died = lastPurchases.tails(r, s + 1, alpha, beta, 0);
    double[] alive = ages.tails(r, s, alpha, beta, 1);
    double[] sums = RowBlocks.sum(data.rows(), 5, (from, to, out) -> {
      double[] rowGradient = new double[4];
      for (int row = from; row < to; row++) {
        int k = data.xIndex[row];
        double w = data.weight[row];
        out[0] += w * combine(r, alpha, s, beta, data.x[row], logPochhammer[k], digammaDifference[k], diedBase[k],
            aliveBase[k], died, TAIL_WIDTH * lastPurchases.ofRow[row], alive, TAIL_WIDTH * ages.ofRow[row],
            rowGradient);
        for (int j = 0; j < 4; j++) {
          out[j + 1] += w * rowGradient[j];
        }
      }
    });
    System.arraycopy(sums, 1, gradient, 0, 4);
    return sums[0];
  }

  /** Distinct (x, time) pairs of the rows, for one of the two tail integrals. */
  private static final class Pairs {
    final int[] ofRow;
    final int[] x;
    /** Each pair's index among the distinct x of the data. */
    final int[] xIndex;
    final double[] time;
    final int[] distinctX;

    Pairs(WeightedSummaries data, int[] timeIndex) {
      ofRow = new int[data.rows()];
      Map<Long, Integer> index = new HashMap<>();
      List<Integer> rows = new ArrayList<>();
      for (int row = 0; row < data.rows(); row++) {
        long key = (long) data.xIndex[row] * data.times.length + timeIndex[row];
        Integer pair = index.get(key);
        if (pair == null) {
          pair = rows.size();
          index.put(key, pair);
          rows.add(row);
        }
        ofRow[row] = pair;
      }
      x = new int[rows.size()];
      xIndex = new int[rows.size()];
      time = new double[rows.size()];
      for (int pair = 0; pair < rows.size(); pair++) {
        x[pair] = data.x[rows.get(pair)];
        xIndex[pair] = data.xIndex[rows.get(pair)];
        time[pair] = data.times[timeIndex[rows.get(pair)]];
      }
      distinctX = data.distinctX;
    }

    /**
     * ln K(r + x + shift, q; t) and its derivatives in (p, q, alpha, beta) for every pair, {@link #TAIL_WIDTH}
     * numbers each; pairs are independent, so blocks of them run in parallel without changing a bit.
     */
    double[] tails(double r, double q, double alpha, double beta, int shift) {
      double[] out = new double[TAIL_WIDTH * x.length];
      // The connection formula's constants depend on x alone; they are needed only where some pair has
      // rho = (smaller + t)/(larger + t) below 1/2, and rho is smallest at t = 0.
      TailIntegral.Shape[] shapes = new TailIntegral.Shape[distinctX.length];
      if (Math.min(alpha, beta) < 0.5 * Math.max(alpha, beta)) {
        for (int k = 0; k < distinctX.length; k++) {
          double p = r + distinctX[k] + shift;
          shapes[k] = alpha >= beta ? new TailIntegral.Shape(q, p) : new TailIntegral.Shape(p, q);
        }
      }
      // Blocks much smaller than the rows': with 100,000 pairs, blocks of 32,768 leave one of two cores
      // idle for a third of the time, and a pair costs a microsecond or so, far above the scheduling cost.
      RowBlocks.each(x.length, PAIR_BLOCK, (from, to) -> {
        for (int pair = from; pair < to; pair++) {
          out[TAIL_WIDTH * pair] = logScaledTailWithGradient(r + x[pair] + shift, q, alpha, beta, time[pair],
              shapes[xIndex[pair]], out, TAIL_WIDTH * pair + 1);
        }
      });
      return out;
    }
  }

  /**
   * ln Gamma(r + x) - ln Gamma(r), the log of the Pochhammer symbol (r)_x.
   *
   * @param r the purchase shape
   * @param x the count
   * @return ln (r)_x
   */
  static double logPochhammer(double r, int x) {
    if (x <= DIRECT_SUM_LIMIT) {
      double product = 1;
      double log = 0;
      for (int j = 0; j < x; j++) {
        product *= r + j;
        if (product > 1e280) {
          log += Math.log(product);
          product = 1;
        }
      }
      return log + Math.log(product);
    }
    return LogGamma.value(r + x) - LogGamma.value(r);
  }

  /**
   * psi(r + x) - psi(r) = sum_(j &lt; x) 1/(r + j).
   *
   * @param r the purchase shape
   * @param x the count
   * @return the digamma difference
   */
  static double digammaDifference(double r, int x) {
    if (x <= DIRECT_SUM_LIMIT) {
      double sum = 0;
      for (int j = 0; j < x; j++) {
        sum += 1 / (r + j);
      }
      return sum;
    }
    return Digamma.value(r + x) - Digamma.value(r);
  }

  /**
   * The log-likelihood of one customer and its gradient with respect to (r, alpha, s, beta), with the
   * x-only terms supplied by the caller (so they are computed once per distinct x).
   *
   * @param r the purchase shape
   * @param alpha the purchase rate parameter
   * @param s the dropout shape
   * @param beta the dropout rate parameter
   * @param x the number of repeat transactions
   * @param logPochhammer ln Gamma(r+x) - ln Gamma(r)
   * @param digammaDifference psi(r+x) - psi(r)
   * @param tx the time of the last transaction
   * @param age the observation time T
   * @param gradient receives d ln L / d(r, alpha, s, beta); length at least 4
   * @param scratch working space of length at least 10, overwritten
   * @return ln L
   */
  static double valueAndGradient(double r, double alpha, double s, double beta, int x, double logPochhammer,
      double digammaDifference, double tx, double age, double[] gradient, double[] scratch) {
    double rx = r + x;
    scratch[0] = logScaledTailWithGradient(rx, s + 1, alpha, beta, tx, null, scratch, 1);
    scratch[TAIL_WIDTH] = logScaledTailWithGradient(rx + 1, s, alpha, beta, age, null, scratch, TAIL_WIDTH + 1);
    double logAlpha = Math.log(alpha);
    return combine(r, alpha, s, beta, x, logPochhammer, digammaDifference,
        Math.log(s) - x * logAlpha - Math.log(beta), Math.log(rx) - (x + 1) * logAlpha, scratch, 0, scratch,
        TAIL_WIDTH, gradient);
  }

  /**
   * The log-likelihood of one customer and its gradient from the two scaled tail integrals: {@code died}
   * holds ln M(r+x, s+1; t_x) and its derivatives in (p, q, alpha, beta) from {@code diedAt}, and
   * {@code alive} the same for M(r+x+1, s; T) from {@code aliveAt}. With them alpha^r beta^s [s K1 + (r+x)
   * K2] = s alpha^-x beta^-1 M1 + (r+x) alpha^-(x+1) M2: no term as large as s ln beta is left to cancel.
   * {@code diedBase} = ln s - x ln alpha - ln beta and {@code aliveBase} = ln(r+x) - (x+1) ln alpha depend
   * on x alone.
   */
  private static double combine(double r, double alpha, double s, double beta, int x, double logPochhammer,
      double digammaDifference, double diedBase, double aliveBase, double[] died, int diedAt, double[] alive,
      int aliveAt, double[] gradient) {
    double a1 = diedBase + died[diedAt];
    double a2 = aliveBase + alive[aliveAt];
    // log-sum-exp with one exponential: the smaller term relative to the larger.
    boolean diedLarger = a1 >= a2;
    double smaller = Math.exp(-Math.abs(a1 - a2));
    double inverse = 1 / (1 + smaller);
    double w1 = diedLarger ? inverse : smaller * inverse;
    double w2 = diedLarger ? smaller * inverse : inverse;
    double rx = r + x;
    gradient[0] = digammaDifference + w1 * died[diedAt + 1] + w2 * (1 / rx + alive[aliveAt + 1]);
    gradient[1] = w1 * (died[diedAt + 3] - x / alpha) + w2 * (alive[aliveAt + 3] - (x + 1) / alpha);
    gradient[2] = w1 * (1 / s + died[diedAt + 2]) + w2 * alive[aliveAt + 2];
    gradient[3] = w1 * (died[diedAt + 4] - 1 / beta) + w2 * alive[aliveAt + 4];
    return logPochhammer + Math.max(a1, a2) + TailIntegral.log1p(smaller);
  }

  /**
   * ln M(p, q; t) = ln(alpha^p beta^q K(p, q; t)) and its partial derivatives d/dp, d/dq, d/dalpha,
   * d/dbeta (in that order in {@code derivatives}), where M = S (1 + t/alpha)^-p (1 + t/beta)^-q I as in
   * the class comment.
   *
   * @param p the exponent of alpha + y
   * @param q the exponent of beta + y
   * @param alpha the purchase rate parameter
   * @param beta the dropout rate parameter
   * @param t the lower limit
   * @param shape the connection constants of the integral's (e, b), or null to compute them where needed
   * @param derivatives receives the four partial derivatives of ln M
   * @param offset the index of the first derivative in {@code derivatives}
   * @return ln M(p, q; t)
   */
  static double logScaledTailWithGradient(double p, double q, double alpha, double beta, double t,
      TailIntegral.Shape shape, double[] derivatives, int offset) {
    boolean alphaLarger = alpha >= beta;
    double larger = (alphaLarger ? alpha : beta) + t;
    double smaller = (alphaLarger ? beta : alpha) + t;
    double e = alphaLarger ? q : p;
    double b = alphaLarger ? p : q;
    // d ln I / de, d ln I / db and d ln I / d ln rho go to the first three slots, then make way.
    double logIntegral = TailIntegral.logWithGradient(e, b, shape, smaller, larger, derivatives, offset);
    double byE = derivatives[offset];
    double byB = derivatives[offset + 1];
    double byLogRho = derivatives[offset + 2];
    double shiftAlpha = TailIntegral.log1p(t / alpha);
    double shiftBeta = TailIntegral.log1p(t / beta);
    derivatives[offset] = -shiftAlpha + (alphaLarger ? byB : byE);
    derivatives[offset + 1] = -shiftBeta + (alphaLarger ? byE : byB);
    derivatives[offset + 2] = p * t / (alpha * (alpha + t))
        + (alphaLarger ? -byLogRho / larger : (1 + byLogRho) / smaller);
    derivatives[offset + 3] = q * t / (beta * (beta + t))
        + (alphaLarger ? (1 + byLogRho) / smaller : -byLogRho / larger);
    return Math.log(smaller) - p * shiftAlpha - q * shiftBeta + logIntegral;
  }

  /**
   * ln L(r, alpha, s, beta | x, t_x, T).
   *
   * @param r the purchase shape
   * @param alpha the purchase rate parameter
   * @param s the dropout shape
   * @param beta the dropout rate parameter
   * @param x the number of repeat transactions
   * @param tx the time of the last transaction
   * @param age the observation time T
   * @return the log-likelihood
   */
  static double logLikelihood(double r, double alpha, double s, double beta, int x, double tx, double age) {
    double logPochhammer = x == 0 ? 0 : LogGamma.value(r + x) - LogGamma.value(r);
    return logPochhammer + logScaledBracket(r, alpha, s, beta, x, tx, age);
  }

  /**
   * ln(alpha^r beta^s [s K(r+x, s+1; t_x) + (r+x) K(r+x+1, s; T)]), the part of the likelihood that holds
   * the two tail integrals (both positive, added with log-sum-exp), from the scaled integrals M so that no
   * large terms cancel.
   *
   * @param r the purchase shape
   * @param alpha the purchase rate parameter
   * @param s the dropout shape
   * @param beta the dropout rate parameter
   * @param x the number of repeat transactions
   * @param tx the time of the last transaction
   * @param age the observation time T
   * @return the log of the scaled bracket
   */
  static double logScaledBracket(double r, double alpha, double s, double beta, int x, double tx, double age) {
    double rx = r + x;
    double logAlpha = Math.log(alpha);
    double diedAfterLastPurchase = Math.log(s) - x * logAlpha - Math.log(beta) + logScaledTail(rx, s + 1, alpha,
        beta, tx);
    double aliveOrDiedAfterT = Math.log(rx) - (x + 1) * logAlpha + logScaledTail(rx + 1, s, alpha, beta, age);
    double top = Math.max(diedAfterLastPurchase, aliveOrDiedAfterT);
    return top + Math.log(Math.exp(diedAfterLastPurchase - top) + Math.exp(aliveOrDiedAfterT - top));
  }

  /**
   * ln M(p, q; t) = ln(alpha^p beta^q K(p, q; t)), K = integral from t to infinity of (alpha+y)^-p
   * (beta+y)^-q dy: the series of the class comment, or the quadrature where z is too close to 1 for it.
   *
   * @param p the exponent of alpha + y
   * @param q the exponent of beta + y
   * @param alpha the purchase rate parameter
   * @param beta the dropout rate parameter
   * @param t the lower limit
   * @return ln M(p, q; t)
   */
  static double logScaledTail(double p, double q, double alpha, double beta, double t) {
    boolean alphaLarger = alpha >= beta;
    double larger = (alphaLarger ? alpha : beta) + t;
    double smaller = (alphaLarger ? beta : alpha) + t;
    double prefix = Math.log(smaller) - p * TailIntegral.log1p(t / alpha) - q * TailIntegral.log1p(t / beta);
    double e = alphaLarger ? q : p;
    double b = alphaLarger ? p : q;
    return prefix + TailIntegral.log(e, b, smaller, larger);
  }
}
