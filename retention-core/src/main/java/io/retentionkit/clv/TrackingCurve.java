package io.retentionkit.clv;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cumulative repeat transactions of a group of customers, actual against what a model expects, per time
 * unit from the group's first purchase: the "tracking plot" of the CLV literature, which shows whether a
 * model captures the shape of the purchasing over calibration and holdout.
 *
 * <p>Period k (from 1) covers the days from {@code start + ⌊(k−1) u⌋} to {@code start + ⌊k u⌋ − 1}, u the
 * unit's length in days; the last period may be partial. Actual is the number of repeat transactions
 * dated up to the period's last day. Expected is Σ_i E[X(t_ik)] over the customers, where E[X(t)] is the
 * model's expectation for a new customer and t_ik the time from customer i's first purchase to the
 * period's last day (measured as in the summaries, so at the calibration end t equals T).
 *
 * <p>This is a value-based, immutable and thread-safe class; array accessors return copies.
 *
 * @since 0.1.0
 */
public final class TrackingCurve {
  private final DurationUnit unit;
  private final LocalDate start;
  private final LocalDate calibrationEnd;
  private final double[] actual;
  private final double[] expected;

  private TrackingCurve(DurationUnit unit, LocalDate start, LocalDate calibrationEnd, double[] actual,
      double[] expected) {
    this.unit = unit;
    this.start = start;
    this.calibrationEnd = calibrationEnd;
    this.actual = actual;
    this.expected = expected;
  }

  /**
   * Returns the tracking curve of {@code summaries} under {@code model}.
   *
   * @param model a model fitted in the summaries' time unit
   * @param summaries the customers, with or without a holdout period
   * @return the curve, up to the observation end (or the calibration end without a holdout)
   * @throws NullPointerException if an argument is null
   */
  public static TrackingCurve of(TransactionModel model, CustomerSummaries summaries) {
    requireNonNull(model, "model");
    requireNonNull(summaries, "summaries");
    long[] daily = summaries.trackedRepeatTransactions();
    int days = daily.length;
    double unitDays = summaries.timeUnit().days();
    int periods = (int) Math.ceil(days / unitDays);
    long startDay = summaries.trackingStart().toEpochDay();
    // Customers born on the same day share every expectation: count them per birth offset.
    long[] born = new long[days];
    for (long first : summaries.firstPurchaseDays()) {
      born[(int) (first - startDay)]++;
    }
    // E[X(t)] depends only on the days since the first purchase: one model evaluation per day count.
    double[] expectedByAge = new double[days];
    for (int d = 0; d < days; d++) {
      expectedByAge[d] = model.expectedTransactions(d / unitDays);
    }
    double[] actual = new double[periods];
    double[] expected = new double[periods];
    long cumulative = 0;
    int day = 0;
    for (int k = 1; k <= periods; k++) {
      int end = (int) Math.min(days, Math.floor(k * unitDays)); // exclusive
      while (day < end) {
        cumulative += daily[day++];
      }
      actual[k - 1] = cumulative;
      double sum = 0;
      for (int offset = 0; offset < end; offset++) {
        if (born[offset] > 0) {
          sum += born[offset] * expectedByAge[end - 1 - offset];
        }
      }
      expected[k - 1] = sum;
    }
    return new TrackingCurve(summaries.timeUnit(), summaries.trackingStart(), summaries.calibrationEnd(), actual,
        expected);
  }

  /**
   * Returns the number of periods.
   *
   * @return the periods, each one time unit
   */
  public int periods() {
    return actual.length;
  }

  /**
   * Returns the unit of the periods.
   *
   * @return the time unit
   */
  public DurationUnit unit() {
    return unit;
  }

  /**
   * Returns the first day of period 1: the earliest first purchase.
   *
   * @return the start date
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day of the calibration period, where the holdout part of the curve begins.
   *
   * @return the calibration end
   */
  public LocalDate calibrationEnd() {
    return calibrationEnd;
  }

  /**
   * Returns the actual cumulative repeat transactions at the end of each period.
   *
   * @return a new array; element {@code k − 1} is period k
   */
  public double[] actualCumulative() {
    return actual.clone();
  }

  /**
   * Returns the expected cumulative repeat transactions at the end of each period.
   *
   * @return a new array; element {@code k − 1} is period k
   */
  public double[] expectedCumulative() {
    return expected.clone();
  }

  /**
   * Returns the actual repeat transactions within each period.
   *
   * @return a new array; element {@code k − 1} is period k
   */
  public double[] actualIncremental() {
    return increments(actual);
  }

  /**
   * Returns the expected repeat transactions within each period.
   *
   * @return a new array; element {@code k − 1} is period k
   */
  public double[] expectedIncremental() {
    return increments(expected);
  }

  private static double[] increments(double[] cumulative) {
    double[] out = new double[cumulative.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = cumulative[k] - (k == 0 ? 0 : cumulative[k - 1]);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrackingCurve other
        && unit == other.unit
        && start.equals(other.start)
        && calibrationEnd.equals(other.calibrationEnd)
        && Arrays.equals(actual, other.actual)
        && Arrays.equals(expected, other.expected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, start, calibrationEnd, Arrays.hashCode(actual), Arrays.hashCode(expected));
  }

  @Override
  public String toString() {
    return "TrackingCurve[unit=" + unit + ", start=" + start + ", periods=" + periods() + "]";
  }
}
