package io.retentionkit.clv;

import io.retentionkit.internal.Checks;
import io.retentionkit.internal.ExponentialIntegral;

/**
 * The four parameters of the Pareto/NBD model (Schmittlein, Morrison and Colombo 1987) and the
 * model's closed-form quantities for one customer.
 *
 * <p>While alive, a customer buys as a Poisson process with rate lambda; the customer's lifetime is
 * exponential with rate mu; across customers lambda ~ Gamma(shape r, rate alpha) and mu ~ Gamma(shape
 * s, rate beta), independently. Times are in the caller's time unit (for example weeks); alpha and
 * beta are in that unit, r and s are unit-free.
 *
 * <p>A customer's history is summarised by x, the number of repeat transactions (the first purchase is
 * not counted), t_x, the time from the first to the last purchase (0 when x = 0), and T, the time from
 * the first purchase to the end of the observation period, with 0 &lt;= t_x &lt;= T.
 *
 * <p>Numerics: every quantity is evaluated in log space. The likelihood is written as the sum of two
 * positive terms (Fader and Hardie 2005, note 009, equations 22 and 23),
 * L = Gamma(r+x) alpha^r beta^s / Gamma(r) [s K(r+x, s+1; t_x) + (r+x) K(r+x+1, s; T)], with
 * K(p, q; t) = integral from t to infinity of (alpha+y)^-p (beta+y)^-q dy
 * = (m+t)^-(p+q-1) 2F1(p+q-1, e; p+q; |alpha-beta|/(m+t)) / (p+q-1), m = max(alpha, beta),
 * e = q if alpha &gt;= beta else p. The argument of 2F1 is therefore always in [0, 1), for both
 * orderings of alpha and beta, and there is no difference of two large terms; the hypergeometric
 * function itself is {@code io.retentionkit.internal.Hypergeometric}, which stays accurate for
 * heavy buyers (x in the thousands) and arguments close to 1.
 *
 * <p>This is a value-based, immutable and thread-safe record.
 *
 * <p>References: D. C. Schmittlein, D. G. Morrison and R. Colombo (1987), "Counting your customers:
 * who are they and what will they do next?", Management Science 33(1), 1-24; P. S. Fader and B. G. S.
 * Hardie (2005), "A note on deriving the Pareto/NBD model and related expressions",
 * http://brucehardie.com/notes/009/; P. S. Fader, B. G. S. Hardie and K. L. Lee (2005), "RFM and CLV:
 * using iso-value curves for customer base analysis", Journal of Marketing Research 42(4), 415-430.
 *
 * @param r the shape of the purchase-rate distribution; positive and finite
 * @param alpha the rate (inverse scale) of the purchase-rate distribution, per time unit; positive
 *     and finite
 * @param s the shape of the dropout-rate distribution; positive and finite
 * @param beta the rate of the dropout-rate distribution, per time unit; positive and finite
 * @since 0.1.0
 */
public record ParetoNbdParameters(double r, double alpha, double s, double beta) {

  /**
   * Validates the parameters.
   *
   * @param r the shape of the purchase-rate distribution; positive and finite
   * @param alpha the rate of the purchase-rate distribution; positive and finite
   * @param s the shape of the dropout-rate distribution; positive and finite
   * @param beta the rate of the dropout-rate distribution; positive and finite
   * @throws IllegalArgumentException if a parameter is not positive and finite
   */
  public ParetoNbdParameters {
    Checks.requirePositiveFinite(r, "r");
    Checks.requirePositiveFinite(alpha, "alpha");
    Checks.requirePositiveFinite(s, "s");
    Checks.requirePositiveFinite(beta, "beta");
  }

  /**
   * Returns the parameters (r, alpha, s, beta).
   *
   * @param r the shape of the purchase-rate distribution; positive and finite
   * @param alpha the rate of the purchase-rate distribution; positive and finite
   * @param s the shape of the dropout-rate distribution; positive and finite
   * @param beta the rate of the dropout-rate distribution; positive and finite
   * @return the parameters
   * @throws IllegalArgumentException if a parameter is not positive and finite
   */
  public static ParetoNbdParameters of(double r, double alpha, double s, double beta) {
    return new ParetoNbdParameters(r, alpha, s, beta);
  }

  /**
   * Returns the log-likelihood of one customer's history, ln L(r, alpha, s, beta | x, t_x, T), the
   * log-density of the purchase times (not of the summary), as in the published fits.
   *
   * @param x the number of repeat transactions; not negative
   * @param tx the time of the last transaction, t_x, from the first; 0 when x = 0, at most T
   * @param age the observation time T from the first transaction; not negative and finite
   * @return the log-likelihood, finite
   * @throws IllegalArgumentException if the history is invalid
   */
  public double logLikelihood(int x, double tx, double age) {
    ParetoNbdHistory.check(x, tx, age);
    return ParetoNbdLikelihood.logLikelihood(r, alpha, s, beta, x, tx, age);
  }

  /**
   * Returns P(alive at T | x, t_x, T): the probability that the customer has not dropped out by the end
   * of the observation period, (alpha+T)^-(r+x) (beta+T)^-s / [s K(r+x, s+1; t_x) + (r+x)
   * K(r+x+1, s; T)] (the numerator equals the denominator with t_x = T, so the ratio is in [0, 1]).
   *
   * @param x the number of repeat transactions; not negative
   * @param tx the time of the last transaction from the first; 0 when x = 0, at most T
   * @param age the observation time T from the first transaction; not negative and finite
   * @return the probability, in [0, 1]; 1 when t_x = T
   * @throws IllegalArgumentException if the history is invalid
   */
  public double probabilityAlive(int x, double tx, double age) {
    ParetoNbdHistory.check(x, tx, age);
    return Math.exp(logProbabilityAlive(x, tx, age));
  }

  /**
   * Returns E[Y(t) | x, t_x, T], the expected number of transactions in the next {@code t} time units
   * after T: P(alive) (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)], with its
   * limit (r+x)(beta+T)/(alpha+T) ln((beta+T+t)/(beta+T)) P(alive) at s = 1.
   *
   * @param t the forecast horizon in time units; not negative and finite
   * @param x the number of repeat transactions; not negative
   * @param tx the time of the last transaction from the first; 0 when x = 0, at most T
   * @param age the observation time T from the first transaction; not negative and finite
   * @return the expected number of transactions, not negative
   * @throws IllegalArgumentException if the horizon or history is invalid
   */
  public double conditionalExpectedTransactions(double t, int x, double tx, double age) {
    checkHorizon(t);
    ParetoNbdHistory.check(x, tx, age);
    double rate = (r + x) / (alpha + age);
    double lifetime = (beta + age) * survivalIntegral(t / (beta + age));
    return Math.exp(logProbabilityAlive(x, tx, age)) * rate * lifetime;
  }

  /**
   * Returns E[X(t)], the expected number of repeat transactions of a new customer in the first
   * {@code t} time units: r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)], with its limit
   * (r beta / alpha) ln((beta+t)/beta) at s = 1.
   *
   * @param t the time since the first purchase, in time units; not negative and finite
   * @return the expected number of repeat transactions, not negative
   * @throws IllegalArgumentException if {@code t} is negative or not finite
   */
  public double expectedTransactions(double t) {
    checkHorizon(t);
    return r / alpha * beta * survivalIntegral(t / beta);
  }

  /**
   * Returns DERT, the discounted expected residual transactions of a customer at T (Fader, Hardie and
   * Lee 2005): the expected number of future transactions, each discounted continuously at rate
   * {@code delta} from T. It equals P(alive) (r+x)(beta+T)/(alpha+T) g(s, delta (beta+T)) with
   * g(s, z) = integral from 0 to infinity of e^(-z u) (1+u)^-s du = e^z E_s(z) = z^(s-1) e^z
   * Gamma(1-s, z), the confluent hypergeometric function of the second kind U(1, 2-s, z) written as a
   * generalised exponential integral. It decreases strictly as {@code delta} increases.
   *
   * <p>Discounting: {@code delta} is a continuously compounded rate per time unit. An annual rate d
   * compounded once a year corresponds, with weekly time units, to delta = ln(1 + d) / 52 (for
   * d = 15 %, delta = 0.00269).
   *
   * @param delta the continuously compounded discount rate per time unit; positive and finite
   * @param x the number of repeat transactions; not negative
   * @param tx the time of the last transaction from the first; 0 when x = 0, at most T
   * @param age the observation time T from the first transaction; not negative and finite
   * @return DERT, in transactions, not negative
   * @throws IllegalArgumentException if {@code delta} or the history is invalid
   */
  public double discountedExpectedResidualTransactions(double delta, int x, double tx, double age) {
    Checks.requirePositiveFinite(delta, "delta");
    ParetoNbdHistory.check(x, tx, age);
    double logValue = logProbabilityAlive(x, tx, age) + Math.log((r + x) / (alpha + age))
        + Math.log(beta + age) + ExponentialIntegral.logScaled(s, delta * (beta + age));
    return Math.exp(logValue);
  }

  /**
   * Returns P(X(t) = n), the probability that a new customer makes exactly {@code n} repeat
   * transactions in the first {@code t} time units after the first purchase. Evaluated as a positive
   * integral over the dropout time, without the cancelling difference of the published closed form; see
   * the package-private {@code ParetoNbdCountDistribution} for the method.
   *
   * @param n the number of repeat transactions; not negative
   * @param t the time since the first purchase, in time units; not negative and finite
   * @return the probability, in [0, 1]; at t = 0 it is 1 for n = 0 and 0 otherwise
   * @throws IllegalArgumentException if {@code n} is negative or {@code t} is negative or not finite
   */
  public double probabilityOfTransactions(int n, double t) {
    Checks.requireArgument(n >= 0, "n must not be negative: %s", n);
    checkHorizon(t);
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    return Math.exp(ParetoNbdCountDistribution.logProbability(this, n, t));
  }

  /** ln P(alive) for a checked history; at most 0. */
  double logProbabilityAlive(int x, double tx, double age) {
    double rx = r + x;
    double numerator = -rx * Math.log(alpha + age) - s * Math.log(beta + age);
    double denominator = ParetoNbdLikelihood.logBracket(r, alpha, s, beta, x, tx, age);
    return Math.min(0, numerator - denominator);
  }

  /**
   * [1 - (1+u)^-(s-1)] / (s-1), the expected time alive within a horizon of u dropout-scale units
   * (beta, or beta + T, per unit), with its limit ln(1+u) at s = 1; evaluated without cancellation.
   */
  private double survivalIntegral(double u) {
    double log1pU = Math.log1p(u);
    double v = -(s - 1) * log1pU;
    return v == 0 ? log1pU : log1pU * (Math.expm1(v) / v);
  }

  private static void checkHorizon(double t) {
    Checks.requireArgument(t >= 0 && t < Double.POSITIVE_INFINITY, "t must be non-negative and finite: %s", t);
  }

}
