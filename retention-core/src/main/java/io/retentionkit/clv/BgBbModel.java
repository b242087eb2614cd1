package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * The beta-geometric/beta-Bernoulli (BG/BB) model of repeat transactions at discrete opportunities (Fader,
 * Hardie &amp; Shang 2010, "Customer-Base Analysis in a Discrete-Time Noncontractual Setting",
 * doi:10.1287/mksc.1100.0580): yearly donations, annual events, weekly visits of a subscription box.
 *
 * <p>A customer is described by x transactions in n opportunities after the first purchase, the last at
 * opportunity t_x (0 when x = 0); the {@link TransactionModel} methods take n as the "age" and t_x as the
 * "last purchase time", and horizons are numbers of opportunities. All of them must be whole numbers.
 * Formulas, with parameters (α, β, γ, δ):
 * <ul>
 *   <li>P(alive at opportunity n+1 | x, t_x, n) = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L (eq. 11);</li>
 *   <li>given alive at n+1, transactions in the next n* opportunities: E = (α+x)/(α+β+n) · Σ_{i=0..n*−1}
 *       B(γ, δ+n+1+i)/B(γ, δ+n+1), the posterior transaction probability times the expected number of
 *       opportunities still alive for (equivalent to eq. 13 divided by P(alive));</li>
 *   <li>E[X(n)] of a new customer = α/(α+β) · Σ_{t=1..n} B(γ, δ+t)/B(γ,δ) (eq. 9 written as a sum, which
 *       stays finite at γ = 1).</li>
 *   <li>DERT, the discounted expected residual transactions at the end of opportunity n, every future
 *       opportunity n+k discounted by (1+d)^−k: P(alive) · (α+x)/(α+β+n) · Σ_{i≥0} (1+d)^−(i+1)
 *       B(γ, δ+n+1+i)/B(γ, δ+n+1), which equals the paper's closed form B(α+x+1, β+n−x)/B(α,β) ·
 *       B(γ, δ+n+1)/((1+d) B(γ,δ)) · ₂F₁(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / L (Fader, Hardie &amp; Shang
 *       2010), summed here term by term with a bound on the tail.</li>
 * </ul>
 *
 * <h2>Limits</h2>
 *
 * <p>A fit that runs to the upper end of the parameters' search range (see {@link FitOptions}; the status
 * is {@link FitStatus#BOUNDARY}) has found that the data prefer a limit of the model, which
 * {@link FitDiagnostics#warnings()} names:
 *
 * <ul>
 *   <li>alpha and beta without bound, alpha/(alpha+beta) fixed: no heterogeneity in transaction
 *       probabilities; every active customer transacts at each opportunity with probability
 *       alpha/(alpha+beta).</li>
 *   <li>gamma and delta without bound, gamma/(gamma+delta) fixed: no heterogeneity in dropout; every
 *       customer drops out before each opportunity with probability gamma/(gamma+delta).</li>
 * </ul>
 * Predictions at such estimates are those of the limiting model; the parameters at the edge have no
 * standard error ({@link FitDiagnostics#unavailableStandardErrors()} says why).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @since 0.1.0
 */
public final class BgBbModel implements TransactionModel {
  /**
   * Safety cap on the DERT series; 10⁻⁶ per opportunity (0.1 % a year at weekly opportunities is 2·10⁻⁵)
   * needs about 4·10⁷ terms.
   */
  private static final long MAX_DERT_TERMS = 100_000_000L;
  private final BgBbParameters parameters;
  private final BgBbLikelihood.Terms terms;

  private BgBbModel(BgBbParameters parameters) {
    this.parameters = parameters;
    this.terms = new BgBbLikelihood.Terms(parameters.alpha(), parameters.beta(), parameters.gamma(),
        parameters.delta());
  }

  /**
   * Returns the model with the given parameters.
   *
   * @param parameters the parameters
   * @return the model
   * @throws NullPointerException if {@code parameters} is null
   */
  public static BgBbModel of(BgBbParameters parameters) {
    return new BgBbModel(requireNonNull(parameters, "parameters"));
  }

  /**
   * Fits the model with default options.
   *
   * @param data rows of (x, t_x, n) with weights; whole numbers of opportunities
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if {@code data} is null
   * @throws IllegalArgumentException if a row is not a valid discrete summary, or nobody made a repeat
   *     transaction
   */
  public static ModelFit<BgBbModel> fit(WeightedSummaries data) {
    return fit(data, FitOptions.defaults());
  }

  /**
   * Fits the model.
   *
   * @param data rows of (x, t_x, n) with weights; whole numbers of opportunities
   * @param options how to fit
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a row is not a valid discrete summary, or nobody made a repeat
   *     transaction
   */
  public static ModelFit<BgBbModel> fit(WeightedSummaries data, FitOptions options) {
    requireNonNull(data, "data");
    requireNonNull(options, "options");
    for (int row = 0; row < data.rows(); row++) {
      requireDiscrete(data.repeatTransactions(row), data.lastPurchaseTime(row), data.age(row));
    }
    SummaryChecks.requireRepeatTransactions(data, "BG/BB");
    MaximumLikelihood.Estimate estimate = MaximumLikelihood.fit(new BgBbLikelihood(data), options);
    double[] t = estimate.parameters();
    return new ModelFit<>(of(new BgBbParameters(t[0], t[1], t[2], t[3])), estimate.diagnostics());
  }

  private static void requireDiscrete(int x, double lastPurchaseTime, double opportunities) {
    SummaryChecks.requireRow(-1, x, lastPurchaseTime, opportunities);
    requireArgument(lastPurchaseTime == Math.rint(lastPurchaseTime) && opportunities == Math.rint(opportunities)
        && opportunities <= Integer.MAX_VALUE,
        "opportunities must be whole numbers: t_x %s, n %s", lastPurchaseTime, opportunities);
    requireArgument(x <= lastPurchaseTime, "repeat transactions must not exceed t_x: x %s, t_x %s", x,
        lastPurchaseTime);
  }

  /** Checks x transactions in n opportunities, where t_x does not matter. */
  private static void requireOpportunities(int x, double opportunities) {
    requireArgument(x >= 0, "repeat transactions must not be negative: %s", x);
    requireArgument(opportunities == Math.rint(opportunities) && opportunities >= x
        && opportunities <= Integer.MAX_VALUE,
        "opportunities must be a whole number not below x %s: %s", x, opportunities);
  }

  private static int requireWhole(double horizon) {
    SummaryChecks.requireHorizon(horizon);
    requireArgument(horizon == Math.rint(horizon) && horizon <= Integer.MAX_VALUE,
        "horizon must be a whole number of opportunities: %s", horizon);
    return (int) horizon;
  }

  @Override
  public String name() {
    return "bgbb";
  }

  @Override
  public BgBbParameters parameters() {
    return parameters;
  }

  @Override
  public double logLikelihood(int x, double lastPurchaseTime, double age) {
    requireDiscrete(x, lastPurchaseTime, age);
    return terms.logLikelihood(x, (int) lastPurchaseTime, (int) age, null);
  }

  @Override
  public double probabilityAlive(int x, double lastPurchaseTime, double age) {
    double logLikelihood = logLikelihood(x, lastPurchaseTime, age);
    double alpha = parameters.alpha();
    double beta = parameters.beta();
    double gamma = parameters.gamma();
    double delta = parameters.delta();
    double logAlive = LogBeta.value(alpha + x, beta + age - x) - LogBeta.value(alpha, beta)
        + LogBeta.value(gamma, delta + age + 1) - LogBeta.value(gamma, delta);
    return Math.min(1, Math.exp(logAlive - logLikelihood));
  }

  @Override
  public double expectedTransactionsIfAlive(double horizon, int x, double age) {
    int opportunities = requireWhole(horizon);
    requireOpportunities(x, age);
    double transact = (parameters.alpha() + x) / (parameters.alpha() + parameters.beta() + age);
    return transact * expectedAliveOpportunities(opportunities, age + 1);
  }

  /**
   * Returns Σ_{i=0..count−1} B(γ, d+i)/B(γ, d), the expected opportunities alive for out of the next
   * {@code count}, given alive at the first; each ratio is the previous times (d+i−1)/(γ+d+i−1).
   */
  private double expectedAliveOpportunities(int count, double d0) {
    double gamma = parameters.gamma();
    double survival = 1;
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += survival;
      double d = parameters.delta() + d0 + i;
      survival *= d / (gamma + d);
    }
    return sum;
  }

  @Override
  public double expectedTransactions(double time) {
    int opportunities = requireWhole(time);
    double alpha = parameters.alpha();
    double gamma = parameters.gamma();
    double delta = parameters.delta();
    // Σ_{t=1..n} B(γ, δ+t)/B(γ,δ): the first ratio is δ/(γ+δ), then the recursion of the alive sum.
    double first = delta / (gamma + delta);
    return opportunities == 0 ? 0
        : alpha / (alpha + parameters.beta()) * first * expectedAliveOpportunities(opportunities, 1);
  }

  /**
   * Returns DERT, the discounted expected residual transactions of a customer at the end of opportunity n
   * (Fader, Hardie &amp; Shang 2010): the expected transactions at all the future opportunities n+1, n+2,
   * …, the one at n+k discounted by (1+d)^−k, d the {@linkplain DiscountRate#effectiveRate effective rate}
   * of {@code rate} per opportunity. Multiplied by the value of a transaction it is the customer's residual
   * lifetime value.
   *
   * @param rate the discount rate, e.g. {@code DiscountRate.annualEffective(0.1)} for yearly opportunities
   * @param opportunity the length of one opportunity, e.g. {@link DurationUnit#YEAR}
   * @param x repeat transactions; not negative
   * @param lastPurchaseTime t_x, the opportunity of the last transaction; a whole number
   * @param age n, the opportunities observed; a whole number
   * @return DERT, in transactions; positive
   * @throws NullPointerException if {@code rate} or {@code opportunity} is null
   * @throws IllegalArgumentException if the rate is not positive per opportunity, or a history is not a
   *     valid discrete summary
   */
  public double discountedExpectedResidualTransactions(DiscountRate rate, DurationUnit opportunity, int x,
      double lastPurchaseTime, double age) {
    requireNonNull(rate, "rate");
    double delta = rate.continuousRate(opportunity);
    requireArgument(delta > 0, "discount rate must be positive for DERT: %s", rate);
    return probabilityAlive(x, lastPurchaseTime, age) * dertIfAlive(delta, x, age);
  }

  /**
   * DERT of a customer alive at opportunity n+1, on checked arguments, with delta the continuous rate per
   * opportunity: (α+x)/(α+β+n) Σ_{i≥0} e^(−δ(i+1)) S_i, S_i = B(γ, δ+n+1+i)/B(γ, δ+n+1). The term ratios
   * are below e^−δ, so the tail after a term is at most that term times 1/(e^δ − 1).
   */
  double dertIfAlive(double delta, int x, double opportunities) {
    double discount = Math.exp(-delta);
    double tail = 1 / Math.expm1(delta);
    double gamma = parameters.gamma();
    double d0 = parameters.delta() + opportunities + 1;
    double term = discount;
    double sum = 0;
    for (long i = 0; i < MAX_DERT_TERMS && term > 0; i++) {
      sum += term;
      double d = d0 + i;
      term *= discount * d / (gamma + d);
      if (term * tail < 1e-17 * sum) {
        break;
      }
    }
    return (parameters.alpha() + x) / (parameters.alpha() + parameters.beta() + opportunities) * sum;
  }

  /**
   * Returns the median number of opportunities until the next transaction of a customer who is active at
   * opportunity n+1 and stays active: the smallest k with P(K &gt; k) ≤ 1/2, where P(K &gt; k) =
   * B(α+x, β+n−x+k) / B(α+x, β+n−x) under the posterior transaction probability.
   *
   * @param x repeat transactions; not negative
   * @param age n, the opportunities observed; a whole number not below x
   * @return the median, a whole number of opportunities; infinite if it exceeds {@link Integer#MAX_VALUE}
   * @throws IllegalArgumentException if an argument is out of range
   */
  @Override
  public double medianTimeToNextTransaction(int x, double age) {
    requireOpportunities(x, age);
    double a = parameters.alpha() + x;
    double b = parameters.beta() + age - x;
    double logStart = LogBeta.value(a, b);
    double logHalf = Math.log(0.5);
    long low = 0; // P(K > low) > 1/2
    long high = 1;
    while (LogBeta.value(a, b + high) - logStart > logHalf) {
      low = high;
      high *= 2;
      if (high > Integer.MAX_VALUE) {
        return Double.POSITIVE_INFINITY;
      }
    }
    while (high - low > 1) {
      long mid = (low + high) >>> 1;
      if (LogBeta.value(a, b + mid) - logStart > logHalf) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return high;
  }

  /**
   * Returns the probability that a new customer makes {@code transactions} repeat transactions in the first
   * {@code opportunities} opportunities (Fader, Hardie &amp; Shang 2010, eq. 8).
   *
   * @param transactions the count; not negative
   * @param opportunities n; not negative
   * @return P(X(n) = x); 0 when x &gt; n
   * @throws IllegalArgumentException if an argument is negative
   */
  public double probabilityOfTransactions(int transactions, int opportunities) {
    requireArgument(transactions >= 0, "transactions must not be negative: %s", transactions);
    requireArgument(opportunities >= 0, "opportunities must not be negative: %s", opportunities);
    if (transactions > opportunities) {
      return 0;
    }
    double alpha = parameters.alpha();
    double beta = parameters.beta();
    double gamma = parameters.gamma();
    double delta = parameters.delta();
    double logBetaAb = LogBeta.value(alpha, beta);
    double logBetaGd = LogBeta.value(gamma, delta);
    int x = transactions;
    double log = logChoose(opportunities, x) + LogBeta.value(alpha + x, beta + opportunities - x) - logBetaAb
        + LogBeta.value(gamma, delta + opportunities) - logBetaGd;
    for (int i = x; i < opportunities; i++) {
      log = LogSpace.logAddExp(log, logChoose(i, x) + LogBeta.value(alpha + x, beta + i - x) - logBetaAb
          + LogBeta.value(gamma + 1, delta + i) - logBetaGd);
    }
    return Math.exp(log);
  }

  private static double logChoose(int n, int k) {
    return -Math.log(n + 1.0) - LogBeta.value(n - k + 1.0, k + 1.0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BgBbModel other && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(BgBbModel.class, parameters);
  }

  @Override
  public String toString() {
    return "BgBbModel" + parameters.asMap();
  }
}
