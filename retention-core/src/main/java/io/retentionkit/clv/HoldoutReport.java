package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How well a fitted model predicts a holdout period it has not seen: the standard validation of
 * Fader, Hardie &amp; Lee (2005) and the report users of other CLV libraries assemble by hand.
 *
 * <p>For each customer of the calibration period the model's E[Y(t*) | x, t_x, T], with t* the holdout
 * length, is compared with the customer's actual holdout transactions:
 * <ul>
 *   <li>per calibration-frequency bin x = 0, 1, …, {@code topBin}+ (the last bin holds every customer
 *       with x ≥ {@code topBin}): customers, total actual and total expected transactions;</li>
 *   <li>totals over all customers;</li>
 *   <li>per-customer errors e_i = expected_i − actual_i: mean absolute error, root mean squared error
 *       and bias = mean(e_i), so a positive bias means the model over-predicts;</li>
 *   <li>with summaries, the {@link TrackingCurve} of cumulative repeat transactions over calibration and
 *       holdout.</li>
 * </ul>
 *
 * <p>A total below the actual does not by itself mean a bad fit: these models assume constant purchase
 * rates, so a holdout with seasonal bursts is under-predicted even when every other week is on target.
 * On the CDNOW sample BG/NBD expects 1,653 holdout transactions against 1,882, because two bursts of
 * purchasing (the 1997 holiday season and March 1998) bring 697 transactions in 11 of the 39 weeks; in the
 * other 28 weeks its tracking curve is within 1 % of the actual (see the package documentation). Look at
 * the tracking curve's weekly increments before reading the totals.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @since 0.1.0
 */
public final class HoldoutReport {
  /** The top bin of the published reports: 0, 1, …, 6, 7+. */
  public static final int DEFAULT_TOP_BIN = 7;

  private final String model;
  private final double holdoutLength;
  private final long customers;
  private final List<FrequencyBin> bins;
  private final double actualTotal;
  private final double expectedTotal;
  private final double meanAbsoluteError;
  private final double rootMeanSquaredError;
  private final double bias;
  private final Optional<TrackingCurve> tracking;

  private HoldoutReport(String model, double holdoutLength, long customers, List<FrequencyBin> bins,
      double actualTotal, double expectedTotal, double meanAbsoluteError, double rootMeanSquaredError,
      double bias, Optional<TrackingCurve> tracking) {
    this.model = model;
    this.holdoutLength = holdoutLength;
    this.customers = customers;
    this.bins = List.copyOf(bins);
    this.actualTotal = actualTotal;
    this.expectedTotal = expectedTotal;
    this.meanAbsoluteError = meanAbsoluteError;
    this.rootMeanSquaredError = rootMeanSquaredError;
    this.bias = bias;
    this.tracking = tracking;
  }

  /**
   * Returns the report of {@code model} on the holdout period of {@code summaries}, with bins 0 to 7+.
   *
   * @param model a model fitted on the summaries' calibration period, in their time unit
   * @param summaries customer summaries with a holdout period
   * @return the report, with a tracking curve
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are no customers
   * @throws IllegalStateException if the summaries have no holdout period
   */
  public static HoldoutReport of(TransactionModel model, CustomerSummaries summaries) {
    return of(model, summaries, DEFAULT_TOP_BIN);
  }

  /**
   * Returns the report of {@code model} on the holdout period of {@code summaries}.
   *
   * @param model a model fitted on the summaries' calibration period, in their time unit
   * @param summaries customer summaries with a holdout period
   * @param topBin the x of the last, open-ended bin; not negative
   * @return the report, with a tracking curve
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are no customers or {@code topBin} is negative
   * @throws IllegalStateException if the summaries have no holdout period
   */
  public static HoldoutReport of(TransactionModel model, CustomerSummaries summaries, int topBin) {
    requireNonNull(model, "model");
    requireNonNull(summaries, "summaries");
    double length = summaries.holdoutLength();
    return compute(model, summaries.x, summaries.lastPurchaseTime, summaries.age,
        summaries.holdoutTransactionsArray(), length, topBin, Optional.of(TrackingCurve.of(model, summaries)));
  }

  /**
   * Returns the report of {@code model} on customers given as arrays, without a tracking curve.
   *
   * @param model a model fitted on the customers' calibration period
   * @param repeatTransactions x per customer
   * @param lastPurchaseTimes t_x per customer
   * @param ages T per customer
   * @param holdoutTransactions actual holdout transactions per customer; not negative
   * @param holdoutLength t*, the length of the holdout period; positive and finite
   * @param topBin the x of the last, open-ended bin; not negative
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the arrays differ in length or are empty, or a value is out of range
   */
  public static HoldoutReport of(TransactionModel model, int[] repeatTransactions, double[] lastPurchaseTimes,
      double[] ages, int[] holdoutTransactions, double holdoutLength, int topBin) {
    requireNonNull(model, "model");
    requireNonNull(repeatTransactions, "repeatTransactions");
    requireNonNull(lastPurchaseTimes, "lastPurchaseTimes");
    requireNonNull(ages, "ages");
    requireNonNull(holdoutTransactions, "holdoutTransactions");
    SummaryChecks.requireRows(repeatTransactions, lastPurchaseTimes, ages);
    requireArgument(holdoutTransactions.length == repeatTransactions.length,
        "arrays must have the same length: %d repeat transactions, %d holdout transactions",
        repeatTransactions.length, holdoutTransactions.length);
    for (int i = 0; i < holdoutTransactions.length; i++) {
      requireArgument(holdoutTransactions[i] >= 0, "holdout transactions must not be negative: %s (index %d)",
          holdoutTransactions[i], i);
    }
    requireArgument(Double.isFinite(holdoutLength) && holdoutLength > 0,
        "holdout length must be positive and finite: %s", holdoutLength);
    return compute(model, repeatTransactions, lastPurchaseTimes, ages, holdoutTransactions, holdoutLength, topBin,
        Optional.empty());
  }

  private static HoldoutReport compute(TransactionModel model, int[] x, double[] tx, double[] age, int[] actual,
      double length, int topBin, Optional<TrackingCurve> tracking) {
    requireArgument(topBin >= 0, "top bin must not be negative: %s", topBin);
    int n = x.length;
    requireArgument(n > 0, "customers must not be empty for a holdout report: %s", n);
    GroupIndex pairs = GroupIndex.byPair(x, age);
    double[] ifAlive = new double[pairs.groups];
    for (int g = 0; g < pairs.groups; g++) {
      ifAlive[g] = model.expectedTransactionsIfAlive(length, pairs.groupX[g], pairs.groupAge[g]);
    }
    long[] binCustomers = new long[topBin + 1];
    double[] binActual = new double[topBin + 1];
    double[] binExpected = new double[topBin + 1];
    double absolute = 0;
    double squared = 0;
    double signed = 0;
    for (int i = 0; i < n; i++) {
      double expected = model.probabilityAlive(x[i], tx[i], age[i]) * ifAlive[pairs.groupOf[i]];
      double error = expected - actual[i];
      absolute += Math.abs(error);
      squared += error * error;
      signed += error;
      int bin = Math.min(x[i], topBin);
      binCustomers[bin]++;
      binActual[bin] += actual[i];
      binExpected[bin] += expected;
    }
    List<FrequencyBin> bins = new ArrayList<>();
    double actualTotal = 0;
    double expectedTotal = 0;
    for (int b = 0; b <= topBin; b++) {
      bins.add(new FrequencyBin(b, b == topBin, binCustomers[b], binActual[b], binExpected[b]));
      actualTotal += binActual[b];
      expectedTotal += binExpected[b];
    }
    return new HoldoutReport(model.name(), length, n, bins, actualTotal, expectedTotal, absolute / n,
        Math.sqrt(squared / n), signed / n, tracking);
  }

  /**
   * Returns the short name of the model evaluated.
   *
   * @return for example {@code "bgnbd"}
   */
  public String model() {
    return model;
  }

  /**
   * Returns t*, the length of the holdout period.
   *
   * @return the length, in the summaries' time unit
   */
  public double holdoutLength() {
    return holdoutLength;
  }

  /**
   * Returns the number of customers compared.
   *
   * @return the customers of the calibration period
   */
  public long customers() {
    return customers;
  }

  /**
   * Returns the calibration-frequency bins.
   *
   * @return bins x = 0 to the top bin, in order; unmodifiable
   */
  public List<FrequencyBin> bins() {
    return bins;
  }

  /**
   * Returns the total actual holdout transactions.
   *
   * @return the sum over all customers
   */
  public double actualTotal() {
    return actualTotal;
  }

  /**
   * Returns the total expected holdout transactions.
   *
   * @return the sum over all customers
   */
  public double expectedTotal() {
    return expectedTotal;
  }

  /**
   * Returns the mean absolute error per customer, mean(|expected_i − actual_i|).
   *
   * @return the MAE in transactions
   */
  public double meanAbsoluteError() {
    return meanAbsoluteError;
  }

  /**
   * Returns the root mean squared error per customer, √mean((expected_i − actual_i)²).
   *
   * @return the RMSE in transactions
   */
  public double rootMeanSquaredError() {
    return rootMeanSquaredError;
  }

  /**
   * Returns the bias per customer, mean(expected_i − actual_i); positive when the model over-predicts.
   *
   * @return the bias in transactions
   */
  public double bias() {
    return bias;
  }

  /**
   * Returns the tracking curve over calibration and holdout.
   *
   * @return the curve; empty for reports built from arrays
   */
  public Optional<TrackingCurve> tracking() {
    return tracking;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HoldoutReport other
        && model.equals(other.model)
        && Double.compare(holdoutLength, other.holdoutLength) == 0
        && customers == other.customers
        && bins.equals(other.bins)
        && Double.compare(actualTotal, other.actualTotal) == 0
        && Double.compare(expectedTotal, other.expectedTotal) == 0
        && Double.compare(meanAbsoluteError, other.meanAbsoluteError) == 0
        && Double.compare(rootMeanSquaredError, other.rootMeanSquaredError) == 0
        && Double.compare(bias, other.bias) == 0
        && tracking.equals(other.tracking);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, holdoutLength, customers, bins, actualTotal, expectedTotal, meanAbsoluteError,
        rootMeanSquaredError, bias, tracking);
  }

  @Override
  public String toString() {
    return "HoldoutReport[model=" + model + ", customers=" + customers + ", actual=" + actualTotal
        + ", expected=" + expectedTotal + ", mae=" + meanAbsoluteError + ", rmse=" + rootMeanSquaredError
        + ", bias=" + bias + "]";
  }
}
