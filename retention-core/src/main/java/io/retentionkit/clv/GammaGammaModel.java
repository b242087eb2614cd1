package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV"; Fader &amp;
 * Hardie 2013, "The Gamma-Gamma Model of Monetary Value"). A customer's transaction values are gamma
 * distributed around a customer-specific mean; the model shrinks each customer's observed mean repeat spend
 * m̄ towards the population mean, the more so the fewer transactions it rests on.
 *
 * <p>The model assumes that spend is independent of the number of transactions; check the correlation of
 * x and m̄ in the data before relying on it. It is fitted on customers with at least one repeat
 * transaction (x &gt; 0), using their mean repeat spend, in major units of the reporting currency.
 *
 * <p>Formulas, with parameters (p, q, γ):
 * <ul>
 *   <li>population mean spend per transaction: p γ / (q − 1), finite for q &gt; 1;</li>
 *   <li>population variance: p² γ² / ((q − 1)² (q − 2)), finite for q &gt; 2;</li>
 *   <li>expected spend per transaction of a customer with x transactions of mean m̄:
 *       E[M | x, m̄] = (p γ + p x m̄) / (p x + q − 1); for x = 0 this is the population mean.</li>
 * </ul>
 *
 * <h2>Limits</h2>
 *
 * <p>A fit that runs to the upper end of the parameters' search range (see {@link FitOptions}; the status
 * is {@link FitStatus#BOUNDARY}) has found that the data prefer a limit of the model, which
 * {@link FitDiagnostics#warnings()} names:
 *
 * <ul>
 *   <li>q and gamma without bound, p gamma/q fixed: no heterogeneity in customers' mean spend; every
 *       customer's transactions have the same expected value p gamma/q, the population mean.</li>
 *   <li>p without bound (gamma with it): no variation of transaction values around each customer's mean;
 *       the customers' values follow an inverse gamma distribution with shape q.</li>
 * </ul>
 * Predictions at such estimates are those of the limiting model; the parameters at the edge have no
 * standard error ({@link FitDiagnostics#unavailableStandardErrors()} says why).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @since 0.1.0
 */
public final class GammaGammaModel {
  private final GammaGammaParameters parameters;

  private GammaGammaModel(GammaGammaParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * Returns the model with the given parameters.
   *
   * @param parameters the parameters
   * @return the model
   * @throws NullPointerException if {@code parameters} is null
   */
  public static GammaGammaModel of(GammaGammaParameters parameters) {
    return new GammaGammaModel(requireNonNull(parameters, "parameters"));
  }

  /**
   * Fits the model to the repeat customers of {@code summaries} with default options.
   *
   * @param summaries the customer summaries; customers without repeat transactions are not used
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if {@code summaries} is null
   * @throws IllegalArgumentException if no customer has a repeat transaction of positive value
   */
  public static ModelFit<GammaGammaModel> fit(CustomerSummaries summaries) {
    return fit(summaries, FitOptions.defaults());
  }

  /**
   * Fits the model to the repeat customers of {@code summaries}.
   *
   * @param summaries the customer summaries; customers without repeat transactions are not used
   * @param options how to fit
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no customer has a repeat transaction of positive value
   */
  public static ModelFit<GammaGammaModel> fit(CustomerSummaries summaries, FitOptions options) {
    requireNonNull(summaries, "summaries");
    return fit(summaries.repeatTransactions(), summaries.meanRepeatSpends(), options);
  }

  /**
   * Fits the model to customers' repeat transaction counts and mean repeat spends. Customers with x = 0
   * carry no spend information and are skipped (their m̄ is ignored, and may be {@code NaN}); customers
   * with x &gt; 0 whose m̄ is 0 (free orders only) cannot be fitted by a gamma model, are skipped too and
   * reported in the diagnostics' warnings.
   *
   * @param repeatTransactions x per customer; not negative
   * @param meanRepeatSpends m̄ per customer, in major currency units; finite and not negative where x &gt; 0
   * @param options how to fit
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the arrays differ in length, a value is out of range (the message
   *     names its index), or no customer has x &gt; 0 and m̄ &gt; 0
   */
  public static ModelFit<GammaGammaModel> fit(int[] repeatTransactions, double[] meanRepeatSpends,
      FitOptions options) {
    requireNonNull(repeatTransactions, "repeatTransactions");
    double[] ones = new double[repeatTransactions.length];
    Arrays.fill(ones, 1);
    return fit(repeatTransactions, meanRepeatSpends, ones, options);
  }

  /**
   * Fits the model to weighted rows of (x, m̄): each row stands for {@code weights[i]} customers with the
   * same x and m̄ (for example identical rows folded into one, or a sample with sampling weights). The
   * weighted log-likelihood is the sum of each row's log-likelihood times its weight, so a row of weight k
   * fits exactly as k copies of it would. Rows with x = 0 or m̄ = 0 are skipped as in
   * {@link #fit(int[], double[], FitOptions)}; the warning counts the weight of the zero-value rows, and
   * {@link FitDiagnostics#observations()} is the total weight of the rows used.
   *
   * @param repeatTransactions x per row; not negative
   * @param meanRepeatSpends m̄ per row, in major currency units; finite and not negative where x &gt; 0
   * @param weights the number of customers per row; positive and finite (need not be whole)
   * @param options how to fit
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the arrays differ in length, a value is out of range (the message
   *     names its index), or no row has x &gt; 0 and m̄ &gt; 0
   */
  public static ModelFit<GammaGammaModel> fit(int[] repeatTransactions, double[] meanRepeatSpends,
      double[] weights, FitOptions options) {
    requireNonNull(repeatTransactions, "repeatTransactions");
    requireNonNull(meanRepeatSpends, "meanRepeatSpends");
    requireNonNull(weights, "weights");
    requireNonNull(options, "options");
    requireArgument(
        repeatTransactions.length == meanRepeatSpends.length && weights.length == meanRepeatSpends.length,
        "arrays must have the same length: %d repeat transactions, %d mean repeat spends, %d weights",
        repeatTransactions.length, meanRepeatSpends.length, weights.length);
    int n = repeatTransactions.length;
    int[] x = new int[n];
    double[] mean = new double[n];
    double[] weight = new double[n];
    int used = 0;
    double zeroSpend = 0;
    for (int i = 0; i < n; i++) {
      int xi = repeatTransactions[i];
      requireArgument(xi >= 0, "repeat transactions must not be negative: %s (index %d)", xi, i);
      requireArgument(Double.isFinite(weights[i]) && weights[i] > 0,
          "weight must be positive and finite: %s (index %d)", weights[i], i);
      if (xi == 0) {
        continue;
      }
      double m = meanRepeatSpends[i];
      requireArgument(Double.isFinite(m) && m >= 0,
          "mean repeat spend must be finite and not negative where x > 0: %s (index %d)", m, i);
      if (m == 0) {
        zeroSpend += weights[i];
      } else {
        x[used] = xi;
        weight[used] = weights[i];
        mean[used++] = m;
      }
    }
    requireArgument(used > 0,
        "data must contain a customer with repeat transactions of positive value to fit Gamma-Gamma: %d of %d",
        used, n);
    MaximumLikelihood.Estimate estimate = MaximumLikelihood.fit(new GammaGammaLikelihood(Arrays.copyOf(x, used),
        Arrays.copyOf(mean, used), Arrays.copyOf(weight, used)), options);
    FitDiagnostics diagnostics = estimate.diagnostics();
    if (zeroSpend > 0) {
      diagnostics = diagnostics.withWarning(String.format(Locale.ROOT,
          "%s customer(s) with repeat transactions of zero total value were left out",
          zeroSpend == Math.rint(zeroSpend) && zeroSpend < 1e15 ? Long.toString((long) zeroSpend)
              : Double.toString(zeroSpend)));
    }
    double[] t = estimate.parameters();
    return new ModelFit<>(of(new GammaGammaParameters(t[0], t[1], t[2])), diagnostics);
  }

  /**
   * Returns the model's parameters.
   *
   * @return the parameters
   */
  public GammaGammaParameters parameters() {
    return parameters;
  }

  /**
   * Returns the expected spend per transaction of a customer, E[M | x, m̄]: the observed mean shrunk
   * towards the population mean.
   *
   * @param x the customer's repeat transactions; not negative
   * @param meanRepeatSpend m̄, in major currency units; finite and not negative when x &gt; 0, ignored when
   *     x = 0
   * @return (p γ + p x m̄) / (p x + q − 1)
   * @throws IllegalArgumentException if an argument is out of range, or if p x + q ≤ 1, where the model's
   *     expected spend is infinite
   */
  public double expectedSpend(int x, double meanRepeatSpend) {
    requireArgument(x >= 0, "repeat transactions must not be negative: %s", x);
    requireArgument(x == 0 || (Double.isFinite(meanRepeatSpend) && meanRepeatSpend >= 0),
        "mean repeat spend must be finite and not negative: %s", meanRepeatSpend);
    double p = parameters.p();
    double denominator = p * x + parameters.q() - 1;
    requireArgument(denominator > 0,
        "p x + q must exceed 1 for a finite expected spend: p = %s, q = %s, x = %s", p, parameters.q(), x);
    return (p * parameters.gamma() + (x == 0 ? 0 : p * x * meanRepeatSpend)) / denominator;
  }

  /**
   * Returns the population mean spend per transaction, p γ / (q − 1).
   *
   * @return the mean; empty when q ≤ 1, where it is infinite
   */
  public OptionalDouble populationMeanSpend() {
    double q = parameters.q();
    return q > 1 ? OptionalDouble.of(parameters.p() * parameters.gamma() / (q - 1)) : OptionalDouble.empty();
  }

  /**
   * Returns the population variance of spend per transaction, p² γ² / ((q − 1)² (q − 2)).
   *
   * @return the variance; empty when q ≤ 2, where it is infinite
   */
  public OptionalDouble populationSpendVariance() {
    double q = parameters.q();
    double pg = parameters.p() * parameters.gamma();
    return q > 2 ? OptionalDouble.of(pg * pg / ((q - 1) * (q - 1) * (q - 2))) : OptionalDouble.empty();
  }

  /**
   * Returns one customer's contribution to the log-likelihood: the log-density of observing a mean of
   * {@code meanRepeatSpend} over {@code x} transactions.
   *
   * @param x the customer's repeat transactions; positive
   * @param meanRepeatSpend m̄; positive and finite
   * @return log f(m̄ | p, q, γ, x)
   * @throws IllegalArgumentException if an argument is out of range
   */
  public double logLikelihood(int x, double meanRepeatSpend) {
    requireArgument(x > 0, "repeat transactions must be positive: %s", x);
    requireArgument(Double.isFinite(meanRepeatSpend) && meanRepeatSpend > 0,
        "mean repeat spend must be positive and finite: %s", meanRepeatSpend);
    double p = parameters.p();
    double q = parameters.q();
    double gamma = parameters.gamma();
    double px = p * x;
    return LogGamma.value(px + q) - LogGamma.value(px) - LogGamma.value(q) + q * Math.log(gamma)
        + (px - 1) * Math.log(meanRepeatSpend) + px * Math.log(x) - (px + q) * Math.log(gamma + x * meanRepeatSpend);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GammaGammaModel other && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(GammaGammaModel.class, parameters);
  }

  @Override
  public String toString() {
    return "GammaGammaModel" + parameters.asMap();
  }
}
