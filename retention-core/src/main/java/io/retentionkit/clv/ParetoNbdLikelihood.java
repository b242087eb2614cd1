package io.retentionkit.clv;

import io.retentionkit.internal.EulerIntegral;
import io.retentionkit.internal.Hypergeometric;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Pareto/NBD log-likelihood with its analytic gradient, for {@link MaximumLikelihood}, and the
 * per-customer functions on unchecked arguments that {@link ParetoNbdModel} shares. See
 * {@link ParetoNbdModel} for the formula.
 *
 * <h2>Gradient</h2>
 *
 * <p>Each tail integral K(p, q; t) is written, around m = max(alpha, beta) with e = q (alpha &gt;= beta)
 * or e = p (alpha &lt; beta), b = p + q - e and A = p + q - 1, as
 *
 * <pre>
 * ln K = -A ln(m + t) - ln A + (1 - e) ln(1 - z) + ln G(z),   z = |alpha - beta| / (m + t),
 * G(z) = 2F1(1, b; A + 1; z) = sum_k g_k,   g_k = prod_(j &lt; k) (b + j) / (A + 1 + j) z
 * </pre>
 *
 * <p>(Euler's transformation of the 2F1 in {@link ParetoNbdParameters}). Every term is positive and the
 * term ratio is below z, and the derivatives of ln G with respect to A, b and z are sums over the same
 * terms weighted by sum_(j&lt;k) 1/(A+1+j), sum_(j&lt;k) 1/(b+j) and k, so one pass gives ln K and its
 * four partial derivatives in closed form. When z is close to 1 (only for extreme ratios of alpha and
 * beta) the pass is abandoned for {@link Hypergeometric#log2F1} and central differences.
 */
final class ParetoNbdLikelihood implements LogLikelihood {
  private static final List<String> NAMES = List.of("r", "alpha", "s", "beta");
  /** Terms of the one-pass series before the fallback. */
  private static final int SERIES_TERMS = 600;
  /** Up to this z the value-only tail integral sums its series directly (at most a few hundred terms). */
  private static final double FAST_SERIES_LIMIT = 0.9;
  /** Relative size of the neglected tail. */
  private static final double TOLERANCE = 0x1p-54;
  /** Below this count ln Gamma(r+x) - ln Gamma(r) and psi(r+x) - psi(r) are summed exactly. */
  private static final int DIRECT_SUM_LIMIT = 64;

  private final WeightedSummaries data;

  ParetoNbdLikelihood(WeightedSummaries data) {
    this.data = data;
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  /**
   * r = s = 1, alpha matching the observed purchase rate r/alpha = sum x / sum T, and beta the mean age,
   * so that a typical customer's expected lifetime is of the order of the observation period.
   */
  @Override
  public double[] initialValues() {
    double ages = 0;
    for (int row = 0; row < data.rows(); row++) {
      ages += data.weight[row] * data.age[row];
    }
    double alpha = ages / data.totalRepeatTransactions();
    double beta = ages / data.totalWeight();
    return new double[] {1, Double.isFinite(alpha) && alpha > 0 ? alpha : 1, 1,
        Double.isFinite(beta) && beta > 0 ? beta : 1};
  }

  @Override
  public List<String> limits(double[] theta, boolean[] reached) {
    List<String> limits = new ArrayList<>();
    if (Limits.gamma(theta, reached, 0, 1)) {
      limits.add("r and alpha reached the upper end of their range: the data show (almost) no heterogeneity in "
          + "purchase rates; while alive, every customer buys at the same rate r/alpha = "
          + Limits.number(theta[0] / theta[1]) + " per time unit (a Poisson process), and Pareto/NBD reduces to "
          + "Poisson purchases with heterogeneous exponential lifetimes");
    }
    if (Limits.gamma(theta, reached, 2, 3)) {
      limits.add("s and beta reached the upper end of their range: the data show (almost) no heterogeneity in "
          + "dropout rates; every customer's lifetime is exponential with the same rate s/beta = "
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

  @Override
  public double value(double[] theta, double[] gradient) {
    double r = theta[0];
    double alpha = theta[1];
    double s = theta[2];
    double beta = theta[3];
    int[] distinctX = data.distinctX;
    double[] logPochhammer = new double[distinctX.length];
    double[] digammaDifference = new double[distinctX.length];
    for (int k = 0; k < distinctX.length; k++) {
      logPochhammer[k] = logPochhammer(r, distinctX[k]);
      digammaDifference[k] = digammaDifference(r, distinctX[k]);
    }
    double[] sums = RowBlocks.sum(data.rows(), 5, (from, to, out) -> {
      double[] rowGradient = new double[4];
      double[] scratch = new double[8];
      for (int row = from; row < to; row++) {
        int k = data.xIndex[row];
        double w = data.weight[row];
        out[0] += w * valueAndGradient(r, alpha, s, beta, data.x[row], logPochhammer[k], digammaDifference[k],
            data.lastPurchaseTime[row], data.age[row], rowGradient, scratch);
        for (int j = 0; j < 4; j++) {
          out[j + 1] += w * rowGradient[j];
        }
      }
    });
    System.arraycopy(sums, 1, gradient, 0, 4);
    return sums[0];
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
   * @param scratch working space of length at least 8, overwritten
   * @return ln L
   */
  static double valueAndGradient(double r, double alpha, double s, double beta, int x, double logPochhammer,
      double digammaDifference, double tx, double age, double[] gradient, double[] scratch) {
    double rx = r + x;
    double a1 = Math.log(s) + logTailWithGradient(rx, s + 1, alpha, beta, tx, scratch, 0);
    double a2 = Math.log(rx) + logTailWithGradient(rx + 1, s, alpha, beta, age, scratch, 4);
    double top = Math.max(a1, a2);
    double e1 = Math.exp(a1 - top);
    double e2 = Math.exp(a2 - top);
    double sum = e1 + e2;
    double w1 = e1 / sum;
    double w2 = e2 / sum;
    double logAlpha = Math.log(alpha);
    double logBeta = Math.log(beta);
    gradient[0] = digammaDifference + logAlpha + w1 * scratch[0] + w2 * (1 / rx + scratch[4]);
    gradient[1] = r / alpha + w1 * scratch[2] + w2 * scratch[6];
    gradient[2] = logBeta + w1 * (1 / s + scratch[1]) + w2 * scratch[5];
    gradient[3] = s / beta + w1 * scratch[3] + w2 * scratch[7];
    return logPochhammer + r * logAlpha + s * logBeta + top + Math.log(sum);
  }

  /**
   * ln K(p, q; t) and its partial derivatives d/dp, d/dq, d/dalpha, d/dbeta (in that order in
   * {@code derivatives}).
   *
   * @param p the exponent of alpha + y
   * @param q the exponent of beta + y
   * @param alpha the purchase rate parameter
   * @param beta the dropout rate parameter
   * @param t the lower limit
   * @param derivatives receives the four partial derivatives of ln K
   * @param offset the index of the first derivative in {@code derivatives}
   * @return ln K(p, q; t)
   */
  static double logTailWithGradient(double p, double q, double alpha, double beta, double t,
      double[] derivatives, int offset) {
    boolean alphaLarger = alpha >= beta;
    double larger = (alphaLarger ? alpha : beta) + t;
    double smaller = (alphaLarger ? beta : alpha) + t;
    double z = (larger - smaller) / larger;
    double e = alphaLarger ? q : p;
    double b = alphaLarger ? p : q;
    double order = p + q - 1;
    double series = 1;
    double weightedByA = 0;
    double weightedByB = 0;
    double derivativeInZ = 0;
    double term = 1;
    double sumA = 0;
    double sumB = 0;
    boolean converged = false;
    for (int k = 0; k < SERIES_TERMS; k++) {
      double inverseA = 1 / (order + 1 + k);
      double withoutZ = (b + k) * inverseA;
      derivativeInZ += (k + 1) * term * withoutZ;
      sumA += inverseA;
      sumB += 1 / (b + k);
      term *= withoutZ * z;
      series += term;
      weightedByA += term * sumA;
      weightedByB += term * sumB;
      // The ratio is below z from here on, and the weights grow at most linearly in k.
      if (term * (k + 2) <= TOLERANCE * (1 - z) * (1 - z) * series) {
        converged = true;
        break;
      }
    }
    if (!converged) {
      return logTailByQuadrature(e, b, smaller, larger, alphaLarger, derivatives, offset);
    }
    double logLarger = Math.log(larger);
    double logOneMinusZ = Math.log(smaller / larger);
    double byA = -weightedByA / series;
    double byB = weightedByB / series;
    double byZ = derivativeInZ / series;
    // ln K depends on p and q through A = p + q - 1 and through e and b (one of them is p, the other q).
    double common = -logLarger - 1 / order + byA;
    double dE = -logOneMinusZ;
    // d ln K / d(larger + t) and d(smaller + t), from z = 1 - smaller/larger and the prefactors.
    double dLarger = -(order + 1 - e) / larger + byZ * smaller / (larger * larger);
    double dSmaller = (1 - e) / smaller - byZ / larger;
    derivatives[offset] = common + (alphaLarger ? byB : dE);
    derivatives[offset + 1] = common + (alphaLarger ? dE : byB);
    derivatives[offset + 2] = alphaLarger ? dLarger : dSmaller;
    derivatives[offset + 3] = alphaLarger ? dSmaller : dLarger;
    return -order * logLarger - Math.log(order) + (1 - e) * logOneMinusZ + Math.log(series);
  }

  /**
   * ln K and its four partial derivatives for z too close to 1 for the series: K = S^(1-e) L^-b I with
   * S = smaller + t, L = larger + t, rho = S/L and I the integral from 0 to infinity of (1 + v)^-e
   * (1 + rho v)^-b dv, by {@link EulerIntegral} (mu = 1, nu = e, kappa = b, ell = ln rho), whose means
   * give every derivative without a difference: d ln I / de = -E[ln(1 + v)], d ln I / db =
   * -E[ln(1 + rho v)] and d ln I / d ln rho = -b E[rho v / (1 + rho v)].
   */
  private static double logTailByQuadrature(double e, double b, double smaller, double larger,
      boolean alphaLarger, double[] derivatives, int offset) {
    double logSmaller = Math.log(smaller);
    double logLarger = Math.log(larger);
    double[] means = new double[EulerIntegral.MEANS];
    double logIntegral = EulerIntegral.logWithMeans(1, e, b, logSmaller - logLarger, means);
    double byE = -logSmaller - means[0];
    double byB = -logLarger - means[1];
    double bySmaller = (1 - e - b * means[2]) / smaller;
    double byLarger = -b * means[3] / larger;
    derivatives[offset] = alphaLarger ? byB : byE;
    derivatives[offset + 1] = alphaLarger ? byE : byB;
    derivatives[offset + 2] = alphaLarger ? byLarger : bySmaller;
    derivatives[offset + 3] = alphaLarger ? bySmaller : byLarger;
    return (1 - e) * logSmaller - b * logLarger + logIntegral;
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
    return logPochhammer + r * Math.log(alpha) + s * Math.log(beta)
        + logBracket(r, alpha, s, beta, x, tx, age);
  }

  /**
   * ln [s K(r+x, s+1; t_x) + (r+x) K(r+x+1, s; T)], the part of the likelihood that holds the two
   * hypergeometric terms (both positive, added with log-sum-exp).
   *
   * @param r the purchase shape
   * @param alpha the purchase rate parameter
   * @param s the dropout shape
   * @param beta the dropout rate parameter
   * @param x the number of repeat transactions
   * @param tx the time of the last transaction
   * @param age the observation time T
   * @return the log of the bracket
   */
  static double logBracket(double r, double alpha, double s, double beta, int x, double tx, double age) {
    double rx = r + x;
    double diedAfterLastPurchase = Math.log(s) + logTail(rx, s + 1, alpha, beta, tx);
    double aliveOrDiedAfterT = Math.log(rx) + logTail(rx + 1, s, alpha, beta, age);
    double top = Math.max(diedAfterLastPurchase, aliveOrDiedAfterT);
    return top + Math.log(Math.exp(diedAfterLastPurchase - top) + Math.exp(aliveOrDiedAfterT - top));
  }

  /**
   * ln K(p, q; t), K = integral from t to infinity of (alpha+y)^-p (beta+y)^-q dy, expanded around the
   * larger of alpha and beta so the hypergeometric argument |alpha - beta| / (max + t) is in [0, 1).
   *
   * @param p the exponent of alpha + y
   * @param q the exponent of beta + y
   * @param alpha the purchase rate parameter
   * @param beta the dropout rate parameter
   * @param t the lower limit
   * @return ln K(p, q; t)
   */
  static double logTail(double p, double q, double alpha, double beta, double t) {
    boolean alphaLarger = alpha >= beta;
    double larger = (alphaLarger ? alpha : beta) + t;
    double smaller = (alphaLarger ? beta : alpha) + t;
    double z = (larger - smaller) / larger;
    double e = alphaLarger ? q : p;
    double b = alphaLarger ? p : q;
    double order = p + q - 1;
    double prefix = -order * Math.log(larger) - Math.log(order);
    if (z <= FAST_SERIES_LIMIT) {
      // The Euler-transformed series G of the class comment: positive terms with ratios below z.
      double series = 1;
      double term = 1;
      for (int k = 0; k < SERIES_TERMS; k++) {
        term *= (b + k) / (order + 1 + k) * z;
        series += term;
        if (term * z <= TOLERANCE * (1 - z) * series) {
          return prefix + (1 - e) * Math.log(smaller / larger) + Math.log(series);
        }
      }
    }
    return prefix + Hypergeometric.log2F1(order, e, order + 1, z);
  }
}
