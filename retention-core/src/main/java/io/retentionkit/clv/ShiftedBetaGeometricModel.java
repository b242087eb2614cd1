package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader &amp; Hardie 2007, "How to
 * Project Customer Retention", doi:10.1002/dir.20074; 2010, "Customer-Base Valuation in a Contractual
 * Setting: The Perils of Ignoring Heterogeneity", doi:10.1287/mksc.1090.0502). Every customer renews at the
 * end of each period with a constant, customer-specific probability 1 − θ, θ beta distributed across
 * customers; heterogeneity makes the aggregate retention rate rise over time even though no individual's
 * does.
 *
 * <p>Periods are counted from the cohort's start: period 0 is the first, and a customer "active at the
 * start of period t" has renewed t times. Formulas, with parameters (α, β):
 * <ul>
 *   <li>survival S(t) = P(active at the start of period t) = B(α, β+t) / B(α, β);</li>
 *   <li>churn P(T = t) = P(lost at the end of period t − 1) = B(α+1, β+t−1) / B(α, β), t ≥ 1;</li>
 *   <li>retention rate r(t) = S(t) / S(t−1) = (β+t−1) / (α+β+t−1), t ≥ 1;</li>
 *   <li>discounted expected residual lifetime of a customer who has renewed n times, just before the
 *       next renewal: DERL = Σ_{k≥0} [S(n+1+k) / S(n)] / (1+d)^k (Fader &amp; Hardie 2010, eq. 6),
 *       the expected number of further renewals (payments), each discounted by d, the effective
 *       {@link DiscountRate} per period, the first one undiscounted.</li>
 * </ul>
 *
 * <h2>Limits</h2>
 *
 * <p>A fit that runs to the upper end of the parameters' search range (see {@link FitOptions}; the status
 * is {@link FitStatus#BOUNDARY}) has found that the data prefer a limit of the model, which
 * {@link FitDiagnostics#warnings()} names:
 *
 * <ul>
 *   <li>alpha and beta without bound, alpha/(alpha+beta) fixed: no heterogeneity in churn; every customer
 *       churns each period with probability alpha/(alpha+beta), the geometric model with a constant
 *       retention rate.</li>
 * </ul>
 * Predictions at such estimates are those of the limiting model; the parameters at the edge have no
 * standard error ({@link FitDiagnostics#unavailableStandardErrors()} says why).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @since 0.1.0
 */
public final class ShiftedBetaGeometricModel {
  /** Safety cap on the DERL series; at the smallest allowed discount rate it needs far fewer terms. */
  private static final int MAX_TERMS = 50_000_000;
  private final ShiftedBetaGeometricParameters parameters;

  private ShiftedBetaGeometricModel(ShiftedBetaGeometricParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * Returns the model with the given parameters.
   *
   * @param parameters the parameters
   * @return the model
   * @throws NullPointerException if {@code parameters} is null
   */
  public static ShiftedBetaGeometricModel of(ShiftedBetaGeometricParameters parameters) {
    return new ShiftedBetaGeometricModel(requireNonNull(parameters, "parameters"));
  }

  /**
   * Fits the model with default options to the number of customers of one cohort still active at the start
   * of each period, for example one row of a cohort table.
   *
   * @param activeAtPeriodStart customers active at the start of periods 0, 1, …; the first is the cohort
   *     size
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if {@code activeAtPeriodStart} is null
   * @throws IllegalArgumentException if the counts are not valid survival counts or show no churn at all
   */
  public static ModelFit<ShiftedBetaGeometricModel> fit(long[] activeAtPeriodStart) {
    return fit(activeAtPeriodStart, FitOptions.defaults());
  }

  /**
   * Fits the model to the number of customers of one cohort still active at the start of each period.
   *
   * @param activeAtPeriodStart customers active at the start of periods 0, 1, …: at least two counts, the
   *     first positive (the cohort size), none negative, none above its predecessor
   * @param options how to fit
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the counts are not valid survival counts or show no churn at all
   */
  public static ModelFit<ShiftedBetaGeometricModel> fit(long[] activeAtPeriodStart, FitOptions options) {
    requireNonNull(activeAtPeriodStart, "activeAtPeriodStart");
    requireNonNull(options, "options");
    long[] active = activeAtPeriodStart.clone();
    requireArgument(active.length >= 2, "survival counts must cover at least two periods: %d", active.length);
    requireArgument(active[0] > 0, "cohort size must be positive: %s", active[0]);
    for (int t = 1; t < active.length; t++) {
      requireArgument(active[t] >= 0 && active[t] <= active[t - 1],
          "active customers must not be negative nor grow: %s at period %d after %s", active[t], t,
          active[t - 1]);
    }
    requireArgument(active[active.length - 1] < active[0],
        "survival counts must show some churn to fit the churn distribution: all %s stayed", active[0]);
    MaximumLikelihood.Estimate estimate =
        MaximumLikelihood.fit(new ShiftedBetaGeometricLikelihood(active), options);
    double[] t = estimate.parameters();
    return new ModelFit<>(of(new ShiftedBetaGeometricParameters(t[0], t[1])), estimate.diagnostics());
  }

  /**
   * Returns the model's parameters.
   *
   * @return the parameters
   */
  public ShiftedBetaGeometricParameters parameters() {
    return parameters;
  }

  /**
   * Returns the probability that a new customer is still active at the start of period {@code t}.
   *
   * @param t the period, from 0
   * @return S(t) = B(α, β+t) / B(α, β); S(0) = 1
   * @throws IllegalArgumentException if {@code t} is negative
   */
  public double survival(int t) {
    requireArgument(t >= 0, "period must not be negative: %s", t);
    double alpha = parameters.alpha();
    double beta = parameters.beta();
    return t == 0 ? 1 : Math.exp(LogBeta.value(alpha, beta + t) - LogBeta.value(alpha, beta));
  }

  /**
   * Returns S(0), …, S(periods): the projected survival curve of a cohort.
   *
   * @param periods the last period; not negative
   * @return a new array of {@code periods + 1} survival probabilities
   * @throws IllegalArgumentException if {@code periods} is negative
   */
  public double[] projectedSurvival(int periods) {
    requireArgument(periods >= 0, "periods must not be negative: %s", periods);
    double[] survival = new double[periods + 1];
    survival[0] = 1;
    for (int t = 1; t <= periods; t++) {
      survival[t] = survival[t - 1] * retentionRate(t);
    }
    return survival;
  }

  /**
   * Returns the probability that a new customer is lost at the end of period {@code t − 1}.
   *
   * @param t the first period the customer is no longer active in; at least 1
   * @return P(T = t) = B(α+1, β+t−1) / B(α, β)
   * @throws IllegalArgumentException if {@code t} is less than 1
   */
  public double churnProbability(int t) {
    requireArgument(t >= 1, "period must be at least 1: %s", t);
    double alpha = parameters.alpha();
    double beta = parameters.beta();
    return Math.exp(LogBeta.value(alpha + 1, beta + t - 1) - LogBeta.value(alpha, beta));
  }

  /**
   * Returns the share of the customers active in period {@code t − 1} who are still active in period t.
   *
   * @param t the period; at least 1
   * @return r(t) = (β+t−1) / (α+β+t−1)
   * @throws IllegalArgumentException if {@code t} is less than 1
   */
  public double retentionRate(int t) {
    requireArgument(t >= 1, "period must be at least 1: %s", t);
    double beta = parameters.beta();
    return (beta + t - 1) / (parameters.alpha() + beta + t - 1);
  }

  /**
   * Returns the discounted expected residual lifetime of a customer who has renewed {@code renewals}
   * times and is about to decide on the next renewal: the expected number of further renewals, each
   * discounted by its own number of periods at d, the {@linkplain DiscountRate#effectiveRate effective rate}
   * of {@code rate} per {@code period}, the next one undiscounted. Multiply by the margin per period for the
   * residual value of the customer.
   *
   * @param renewals renewals made so far; not negative
   * @param rate the discount rate, e.g. {@code DiscountRate.annualEffective(0.1)}; at least 1e-6 per period
   * @param period the length of one period of the survival counts the model was fitted on, e.g.
   *     {@link DurationUnit#YEAR}
   * @return DERL, at most 1 / (1 − 1/(1+d))
   * @throws NullPointerException if {@code rate} or {@code period} is null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public double discountedExpectedResidualLifetime(int renewals, DiscountRate rate, DurationUnit period) {
    requireArgument(renewals >= 0, "renewals must not be negative: %s", renewals);
    requireNonNull(rate, "rate");
    double discountRate = rate.effectiveRate(period);
    requireArgument(discountRate >= 1e-6, "discount rate must be at least 1e-6 per period: %s per %s",
        discountRate, period);
    double alpha = parameters.alpha();
    double beta = parameters.beta();
    double q = 1 / (1 + discountRate);
    // Terms S(n+1+k)/S(n) q^k; each is the previous times r(n+1+k) q. Stop once the geometric tail
    // bound term q / (1 − q) is negligible.
    double term = (beta + renewals) / (alpha + beta + renewals);
    double sum = 0;
    double tailFactor = q / (1 - q);
    for (int k = 0; k < MAX_TERMS && term > 0; k++) {
      sum += term;
      double next = beta + renewals + 1 + k;
      term *= q * next / (alpha + next);
      if (term * tailFactor < 1e-17 * sum) {
        break;
      }
    }
    return sum;
  }

  /**
   * Returns the discounted expected lifetime of a customer just acquired, counting the current period:
   * {@code 1 + DERL(0) / (1 + d)}, d the effective rate per period.
   *
   * @param rate the discount rate; at least 1e-6 per period
   * @param period the length of one period of the survival counts the model was fitted on
   * @return the expected discounted number of periods, the current one undiscounted
   * @throws NullPointerException if {@code rate} or {@code period} is null
   * @throws IllegalArgumentException if the rate is out of range
   */
  public double discountedExpectedLifetime(DiscountRate rate, DurationUnit period) {
    return 1 + discountedExpectedResidualLifetime(0, rate, period) / (1 + rate.effectiveRate(period));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShiftedBetaGeometricModel other && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ShiftedBetaGeometricModel.class, parameters);
  }

  @Override
  public String toString() {
    return "ShiftedBetaGeometricModel" + parameters.asMap();
  }
}
