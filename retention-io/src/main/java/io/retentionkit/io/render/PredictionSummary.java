package io.retentionkit.io.render;

import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.CustomerPredictions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The aggregates the prediction renderers show: per churn-risk band and in total, the customers, their
 * expected orders, predicted CLV and mean P(alive); and the top customers, by predicted CLV (by expected
 * orders when there is no spend model), ties broken by index, which is customer-id order for predictions
 * from summaries.
 */
final class PredictionSummary {
  private static final int BANDS = ChurnRisk.values().length;

  final CustomerPredictions predictions;
  /** Per {@link ChurnRisk} ordinal, then the total at index {@link #TOTAL}. */
  final long[] customers = new long[BANDS + 1];
  final double[] expectedOrders = new double[BANDS + 1];
  final double[] predictedClv = new double[BANDS + 1];
  final double[] probabilityAlive = new double[BANDS + 1];
  /** The indices of the top customers, best first. */
  final int[] top;

  /** The index of the totals in the per-band arrays. */
  static final int TOTAL = BANDS;

  private PredictionSummary(CustomerPredictions predictions, int topCustomers) {
    this.predictions = predictions;
    double[] rankBy = predictions.hasSpend() ? predictions.predictedClv() : predictions.expectedTransactions();
    Comparator<Integer> better = (i, j) -> rankBy[i] != rankBy[j] ? Double.compare(rankBy[j], rankBy[i])
        : Integer.compare(i, j);
    // The worst of the best so far at the head: one pass, no sort of a million customers.
    PriorityQueue<Integer> best = new PriorityQueue<>(better.reversed());
    for (int i = 0; i < predictions.size(); i++) {
      int band = predictions.churnRisk(i).ordinal();
      add(band, i);
      add(TOTAL, i);
      if (topCustomers > 0) {
        best.add(i);
        if (best.size() > topCustomers) {
          best.poll();
        }
      }
    }
    this.top = best.stream().sorted(better).mapToInt(Integer::intValue).toArray();
  }

  private void add(int slot, int i) {
    customers[slot]++;
    expectedOrders[slot] += predictions.expectedTransactions(i);
    probabilityAlive[slot] += predictions.probabilityAlive(i);
    if (predictions.hasSpend()) {
      predictedClv[slot] += predictions.predictedClv(i).getAsDouble();
    }
  }

  /**
   * Returns the summary of {@code predictions} with its {@code topCustomers} best customers.
   *
   * @throws IllegalArgumentException if {@code topCustomers} is negative
   */
  static PredictionSummary of(CustomerPredictions predictions, int topCustomers) {
    if (topCustomers < 0) {
      throw new IllegalArgumentException("top customers must not be negative: " + topCustomers);
    }
    return new PredictionSummary(predictions, topCustomers);
  }

  /** Returns the mean P(alive) of a band, or of all at {@link #TOTAL}; empty for an empty band. */
  Optional<Double> meanProbabilityAlive(int slot) {
    return customers[slot] == 0 ? Optional.empty() : Optional.of(probabilityAlive[slot] / customers[slot]);
  }

  /** Returns the last day of the horizon: the calibration end plus the horizon, in whole days. */
  Optional<LocalDate> horizonEnd() {
    return predictions.calibrationEnd()
        .map(end -> end.plusDays(Math.round(predictions.horizon() * predictions.timeUnit().days())));
  }

  /** Returns whether ranking is by predicted CLV (else by expected orders). */
  boolean rankedByClv() {
    return predictions.hasSpend();
  }
}
