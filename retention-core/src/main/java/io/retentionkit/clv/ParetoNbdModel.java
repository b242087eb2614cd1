package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.internal.ExponentialIntegral;
import java.util.Objects;

/**
 * The Pareto/NBD model of repeat transactions (Schmittlein, Morrison and Colombo 1987), with its
 * likelihood, P(alive), expected transactions, P(X(t) = n) and discounted expected residual transactions
 * (DERT), all finite for heavy buyers (x in the thousands) and extreme parameters.
 *
 * <p>With parameters (r, alpha, s, beta) (see {@link ParetoNbdParameters}) and a customer's (x, t_x, T):
 *
 * <ul>
 *   <li>likelihood (Fader and Hardie 2005, note 009, equations 22-23): L = Gamma(r+x) alpha^r beta^s /
 *       Gamma(r) [s K(r+x, s+1; t_x) + (r+x) K(r+x+1, s; T)], with K(p, q; t) = integral from t to
 *       infinity of (alpha+y)^-p (beta+y)^-q dy = (m+t)^-(p+q-1) 2F1(p+q-1, e; p+q; |alpha-beta|/(m+t)) /
 *       (p+q-1), m = max(alpha, beta), e = q if alpha &gt;= beta, else p. Both terms are positive and the
 *       2F1 argument is in [0, 1) whichever of alpha and beta is larger, so there is no cancelling
 *       difference and no negative argument;</li>
 *   <li>P(alive at T) = (alpha+T)^-(r+x) (beta+T)^-s / [s K(r+x, s+1; t_x) + (r+x) K(r+x+1, s; T)],
 *       a ratio in [0, 1] (the numerator is the denominator with t_x = T);</li>
 *   <li>given alive at T, the purchase rate is Gamma(r+x, alpha+T) and the dropout rate Gamma(s, beta+T),
 *       independently, so E[Y(t) | alive] = (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)]
 *       (limit (r+x)(beta+T)/(alpha+T) ln(1 + t/(beta+T)) at s = 1), and the future is a Pareto/NBD process
 *       with parameters (r+x, alpha+T, s, beta+T);</li>
 *   <li>E[X(t)] = r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)] for a new customer;</li>
 *   <li>DERT(delta) = P(alive) (r+x)(beta+T)/(alpha+T) g(s, delta (beta+T)), delta the continuous
 *       {@link DiscountRate} per time unit, g(s, z) = integral from 0 to infinity of e^(-z u) (1+u)^-s du
 *       (Fader, Hardie and Lee 2005, where it appears as Tricomi's function: g = z^(s-1) U(s, s, z)).</li>
 * </ul>
 *
 * <p>The tail integrals K are summed as the series of their (Euler-transformed) hypergeometric function
 * where alpha and beta are within a factor of two, as the series in (min(alpha, beta) + t)/(max(alpha, beta)
 * + t) of its connection formula where they are further apart or s and beta grow together (the limit
 * below), and otherwise integrated by double-exponential quadrature; all three are accurate to about 1e-13
 * or better. Every quantity here is combined in log space.
 *
 * <p>{@link TransactionModelFamily#PARETO_NBD} fits it by its short name, {@code pnbd}, and
 * {@link ClvPredictor} and {@link HoldoutReport} use it like any other {@link TransactionModel}.
 *
 * <h2>Limits</h2>
 *
 * <p>A fit that runs to the upper end of the parameters' search range (see {@link FitOptions}; the status
 * is {@link FitStatus#BOUNDARY}) has found that the data prefer a limit of the model, which
 * {@link FitDiagnostics#warnings()} names:
 *
 * <ul>
 *   <li>r and alpha without bound, r/alpha fixed: no heterogeneity in purchase rates; every customer buys
 *       as a Poisson process with rate r/alpha while alive.</li>
 *   <li>s and beta without bound, s/beta fixed: no heterogeneity in dropout rates; every lifetime is
 *       exponential with rate s/beta, and the model is NBD purchasing with a common exponential lifetime.
 *       Data whose customers lapse at much the same rate, or buy at regular intervals, push a fit here.</li>
 * </ul>
 * Predictions at such estimates are those of the limiting model; the parameters at the edge have no
 * standard error ({@link FitDiagnostics#unavailableStandardErrors()} says why).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * <p>References: D. C. Schmittlein, D. G. Morrison and R. Colombo (1987), "Counting your customers: who
 * are they and what will they do next?", Management Science 33(1), 1-24; P. S. Fader and B. G. S. Hardie
 * (2005), "A note on deriving the Pareto/NBD model and related expressions",
 * http://brucehardie.com/notes/009/; P. S. Fader, B. G. S. Hardie and K. L. Lee (2005), "RFM and CLV:
 * using iso-value curves for customer base analysis", Journal of Marketing Research 42(4), 415-430.
 *
 * @since 0.1.0
 */
public final class ParetoNbdModel implements TransactionModel {
  private final ParetoNbdParameters parameters;

  private ParetoNbdModel(ParetoNbdParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * Returns the model with the given parameters.
   *
   * @param parameters the parameters
   * @return the model
   * @throws NullPointerException if {@code parameters} is null
   */
  public static ParetoNbdModel of(ParetoNbdParameters parameters) {
    return new ParetoNbdModel(requireNonNull(parameters, "parameters"));
  }

  /**
   * Fits the model by maximum likelihood with default options.
   *
   * @param data the customers' (x, t_x, T), folded
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if {@code data} is null
   * @throws IllegalArgumentException if the data contain no repeat transaction
   */
  public static ModelFit<ParetoNbdModel> fit(WeightedSummaries data) {
    return fit(data, FitOptions.defaults());
  }

  /**
   * Fits the model by maximum likelihood, with the likelihood's analytic gradient.
   *
   * @param data the customers' (x, t_x, T), folded
   * @param options how to fit
   * @return the fitted model and its diagnostics (standard errors from the Hessian where it is invertible)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the data contain no repeat transaction
   */
  public static ModelFit<ParetoNbdModel> fit(WeightedSummaries data, FitOptions options) {
    requireNonNull(data, "data");
    requireNonNull(options, "options");
    SummaryChecks.requireRepeatTransactions(data, "Pareto/NBD");
    MaximumLikelihood.Estimate estimate = MaximumLikelihood.fit(new ParetoNbdLikelihood(data), options);
    double[] t = estimate.parameters();
    return new ModelFit<>(of(new ParetoNbdParameters(t[0], t[1], t[2], t[3])), estimate.diagnostics());
  }

  @Override
  public String name() {
    return "pnbd";
  }

  @Override
  public ParetoNbdParameters parameters() {
    return parameters;
  }

  @Override
  public double logLikelihood(int x, double lastPurchaseTime, double age) {
    SummaryChecks.requireRow(-1, x, lastPurchaseTime, age);
    return ParetoNbdLikelihood.logLikelihood(parameters.r(), parameters.alpha(), parameters.s(),
        parameters.beta(), x, lastPurchaseTime, age);
  }

  @Override
  public double logLikelihood(WeightedSummaries data) {
    requireNonNull(data, "data");
    return new ParetoNbdLikelihood(data).value(parameters.values(), new double[4]);
  }

  @Override
  public double probabilityAlive(int x, double lastPurchaseTime, double age) {
    SummaryChecks.requireRow(-1, x, lastPurchaseTime, age);
    return Math.exp(logProbabilityAlive(x, lastPurchaseTime, age));
  }

  @Override
  public double expectedTransactionsIfAlive(double horizon, int x, double age) {
    SummaryChecks.requireHorizon(horizon);
    SummaryChecks.requireRow(-1, x, 0, age);
    double s = parameters.s();
    double scale = parameters.beta() + age;
    return (parameters.r() + x) / (parameters.alpha() + age) * scale * survivalIntegral(s, horizon / scale);
  }

  @Override
  public double expectedTransactions(double time) {
    SummaryChecks.requireHorizon(time);
    double beta = parameters.beta();
    return parameters.r() / parameters.alpha() * beta * survivalIntegral(parameters.s(), time / beta);
  }

  /**
   * Returns the median time from T to the next transaction of a customer who is alive at T and stays
   * alive: with the posterior purchase rate Gamma(r+x, alpha+T), P(wait &gt; w) = ((alpha+T)/(alpha+T+w))^(r+x),
   * so the median is (alpha+T)(2^(1/(r+x)) - 1).
   *
   * @param x repeat transactions; not negative
   * @param age T; finite and not negative
   * @return the median waiting time in the model's unit; positive
   * @throws IllegalArgumentException if an argument is out of range
   */
  @Override
  public double medianTimeToNextTransaction(int x, double age) {
    SummaryChecks.requireRow(-1, x, 0, age);
    return (parameters.alpha() + age) * Math.expm1(Math.log(2) / (parameters.r() + x));
  }

  /**
   * Returns P(X(t) = n), the probability that a new customer makes exactly {@code n} repeat transactions
   * in the {@code time} after the first purchase. It is evaluated as a positive integral over the dropout
   * time rather than by the cancelling closed form of Fader and Hardie's note 012; see the package-private
   * {@code ParetoNbdCountDistribution}.
   *
   * @param n the number of transactions; not negative
   * @param time the time since the first purchase; finite and not negative
   * @return the probability, in [0, 1]; at time 0 it is 1 for n = 0 and 0 otherwise
   * @throws IllegalArgumentException if an argument is out of range
   */
  public double probabilityOfTransactions(int n, double time) {
    requireArgument(n >= 0, "transactions must not be negative: %s", n);
    SummaryChecks.requireHorizon(time);
    return countProbability(n, parameters.r(), parameters.alpha(), parameters.beta(), time);
  }

  /**
   * Returns P(Y(horizon) = n | x, t_x, T), the probability that a customer makes exactly {@code n}
   * transactions in the next {@code horizon}: P(alive) times the Pareto/NBD count probability with the
   * posterior parameters (r+x, alpha+T, s, beta+T), plus 1 - P(alive) for n = 0.
   *
   * @param n the number of transactions; not negative
   * @param horizon the length of the future period; finite and not negative
   * @param x repeat transactions; not negative
   * @param lastPurchaseTime t_x; between 0 and {@code age}, and 0 when x = 0
   * @param age T; finite and not negative
   * @return the probability, in [0, 1]
   * @throws IllegalArgumentException if an argument is out of range
   */
  public double probabilityOfTransactions(int n, double horizon, int x, double lastPurchaseTime, double age) {
    requireArgument(n >= 0, "transactions must not be negative: %s", n);
    SummaryChecks.requireHorizon(horizon);
    double alive = probabilityAlive(x, lastPurchaseTime, age);
    double ifAlive = countProbability(n, parameters.r() + x, parameters.alpha() + age, parameters.beta() + age,
        horizon);
    return alive * ifAlive + (n == 0 ? 1 - alive : 0);
  }

  /**
   * Returns DERT, the discounted expected residual transactions of a customer at T (Fader, Hardie and Lee
   * 2005): the expected number of all future transactions, each discounted from T to the moment it
   * happens, over an unlimited horizon. With delta the {@linkplain DiscountRate#continuousRate continuous
   * rate} per {@code unit}, DERT = P(alive) (r+x)(beta+T)/(alpha+T) g(s, delta (beta+T)), with
   * g(s, z) = integral from 0 to infinity of e^(-z u) (1+u)^-s du. It decreases strictly as the rate
   * increases. Multiplied by the expected spend per transaction it is the customer's residual lifetime
   * value; {@link ClvPredictor}'s CLV over a long horizon approaches that value from below (its class
   * documentation bounds the difference).
   *
   * @param rate the discount rate; positive, since the undiscounted sum over an unlimited horizon has no
   *     finite value when s &lt;= 1
   * @param unit the unit the model was fitted in (of t_x, T, alpha and beta)
   * @param x repeat transactions; not negative
   * @param lastPurchaseTime t_x; between 0 and {@code age}, and 0 when x = 0
   * @param age T; finite and not negative
   * @return DERT, in transactions; positive
   * @throws NullPointerException if {@code rate} or {@code unit} is null
   * @throws IllegalArgumentException if the rate is zero or too small to be positive per {@code unit}, or
   *     another argument is out of range
   */
  public double discountedExpectedResidualTransactions(DiscountRate rate, DurationUnit unit, int x,
      double lastPurchaseTime, double age) {
    requireNonNull(rate, "rate");
    double delta = rate.continuousRate(unit);
    requireArgument(delta > 0, "discount rate must be positive for DERT: %s", rate);
    SummaryChecks.requireRow(-1, x, lastPurchaseTime, age);
    return Math.exp(logProbabilityAlive(x, lastPurchaseTime, age) + logDertIfAlive(delta, x, age));
  }

  /**
   * ln DERT of a customer alive at T: ln((r+x)(beta+T)/(alpha+T) g(s, delta (beta+T))), on checked
   * arguments; DERT is P(alive) times its exponential. {@link ClvPredictor} computes it once per (x, T).
   *
   * @param delta the continuous discount rate per time unit; positive
   * @param x repeat transactions
   * @param age T
   * @return the logarithm of the DERT of an active customer
   */
  double logDertIfAlive(double delta, int x, double age) {
    double scale = parameters.beta() + age;
    return Math.log((parameters.r() + x) / (parameters.alpha() + age)) + Math.log(scale)
        + ExponentialIntegral.logScaled(parameters.s(), delta * scale);
  }

  /** ln P(alive) for a checked row; at most 0, and exactly 0 for a purchase at T. */
  private double logProbabilityAlive(int x, double lastPurchaseTime, double age) {
    if (lastPurchaseTime == age) {
      // The ratio's numerator and denominator are then the same expression.
      return 0;
    }
    double r = parameters.r();
    double alpha = parameters.alpha();
    double s = parameters.s();
    double beta = parameters.beta();
    // Both scaled by alpha^r beta^s, so that no large terms cancel (see ParetoNbdLikelihood).
    double numerator = -r * Math.log1p(age / alpha) - x * Math.log(alpha + age) - s * Math.log1p(age / beta);
    double denominator = ParetoNbdLikelihood.logScaledBracket(r, alpha, s, beta, x, lastPurchaseTime, age);
    return Math.min(0, numerator - denominator);
  }

  private double countProbability(int n, double r, double alpha, double beta, double time) {
    if (time == 0) {
      return n == 0 ? 1 : 0;
    }
    return Math.exp(ParetoNbdCountDistribution.logProbability(r, alpha, parameters.s(), beta, n, time));
  }

  /**
   * [1 - (1+u)^-(s-1)] / (s-1), the expected time alive within a horizon of u dropout-scale units, with its
   * limit ln(1+u) at s = 1; evaluated without cancellation.
   */
  private static double survivalIntegral(double s, double u) {
    double log1pU = Math.log1p(u);
    double v = -(s - 1) * log1pU;
    return v == 0 ? log1pU : log1pU * (Math.expm1(v) / v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParetoNbdModel other && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ParetoNbdModel.class, parameters);
  }

  @Override
  public String toString() {
    return "ParetoNbdModel" + parameters.asMap();
  }
}
