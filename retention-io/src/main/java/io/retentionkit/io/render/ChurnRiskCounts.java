package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.CustomerPredictions;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many predicted customers fall in each {@link ChurnRisk} band: the one count that the text, JSON and
 * HTML renderers and the command line's notes all show, so that they cannot disagree. The bands are those
 * the predictor classified with ({@link CustomerPredictions#churnRisk(int)}); nothing here re-applies the
 * P(alive) thresholds.
 *
 * <p>This is a value-based, immutable and thread-safe class; two counts are equal when every band's is.
 *
 * @since 0.1.0
 */
public final class ChurnRiskCounts {
  private final long[] counts;

  private ChurnRiskCounts(long[] counts) {
    this.counts = counts;
  }

  /**
   * Counts the customers of {@code predictions} per churn-risk band.
   *
   * @param predictions the predictions
   * @return the counts
   * @throws NullPointerException if {@code predictions} is null
   */
  public static ChurnRiskCounts of(CustomerPredictions predictions) {
    requireNonNull(predictions, "predictions");
    long[] counts = new long[ChurnRisk.values().length];
    for (int i = 0; i < predictions.size(); i++) {
      counts[predictions.churnRisk(i).ordinal()]++;
    }
    return new ChurnRiskCounts(counts);
  }

  /**
   * Returns how many customers are in {@code risk}'s band.
   *
   * @param risk the band
   * @return the count; 0 for an empty band
   * @throws NullPointerException if {@code risk} is null
   */
  public long count(ChurnRisk risk) {
    return counts[requireNonNull(risk, "risk").ordinal()];
  }

  /**
   * Returns how many customers there are in all bands together.
   *
   * @return the number of predicted customers
   */
  public long total() {
    return Arrays.stream(counts).sum();
  }

  /**
   * Returns every band's count, in band order.
   *
   * @return an unmodifiable map with every band, empty ones at 0
   */
  public Map<ChurnRisk, Long> asMap() {
    EnumMap<ChurnRisk, Long> map = new EnumMap<>(ChurnRisk.class);
    for (ChurnRisk risk : ChurnRisk.values()) {
      map.put(risk, counts[risk.ordinal()]);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChurnRiskCounts that && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /**
   * Returns the counts, for debugging.
   *
   * @return e.g. {@code "ChurnRiskCounts{LOW=1814, MEDIUM=465, HIGH=316}"}
   */
  @Override
  public String toString() {
    return "ChurnRiskCounts" + asMap();
  }
}
