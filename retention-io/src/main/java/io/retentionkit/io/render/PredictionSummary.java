package io.retentionkit.io.render;

import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.CustomerPredictions;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The aggregates the prediction renderers show: per churn-risk band and in total, the customers, their
 * expected orders, predicted CLV and mean P(alive); and the {@link TopCustomers}.
 */
final class PredictionSummary {
  private static final int BANDS = ChurnRisk.values().length;

  final CustomerPredictions predictions;
  /** Per {@link ChurnRisk} ordinal, then the total at index {@link #TOTAL}; from {@link ChurnRiskCounts}. */
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
    ChurnRiskCounts counts = ChurnRiskCounts.of(predictions);
    for (ChurnRisk risk : ChurnRisk.values()) {
      customers[risk.ordinal()] = counts.count(risk);
    }
    customers[TOTAL] = counts.total();
    for (int i = 0; i < predictions.size(); i++) {
      add(predictions.churnRisk(i).ordinal(), i);
      add(TOTAL, i);
    }
    this.top = TopCustomers.indices(predictions, topCustomers);
  }

  private void add(int slot, int i) {
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
