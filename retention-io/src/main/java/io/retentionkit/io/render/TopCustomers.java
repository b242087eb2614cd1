package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.clv.CustomerPredictions;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The customers that prediction summaries list first, in {@code retention clv predict} and in the report
 * alike: the highest predicted CLV, or the most expected transactions when there is no spend model; ties go
 * to the customer with the lower index, which is customer-id order for predictions made from summaries, so
 * the list is deterministic.
 *
 * @since 0.1.0
 */
public final class TopCustomers {
  private TopCustomers() {}

  /**
   * Returns the indices of the top {@code count} customers, best first. A bounded heap selects them in
   * O(n log count), without sorting every customer.
   *
   * @param predictions the predictions
   * @param count how many customers; not negative (fewer are returned if there are fewer)
   * @return the indices into {@code predictions}
   * @throws NullPointerException if {@code predictions} is null
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static int[] indices(CustomerPredictions predictions, int count) {
    requireNonNull(predictions, "predictions");
    if (count < 0) {
      throw new IllegalArgumentException("top customers must not be negative: " + count);
    }
    double[] rankBy = predictions.hasSpend() ? predictions.predictedClv() : predictions.expectedTransactions();
    Comparator<Integer> better = (i, j) -> rankBy[i] != rankBy[j] ? Double.compare(rankBy[j], rankBy[i])
        : Integer.compare(i, j);
    // The worst of the best so far at the head.
    PriorityQueue<Integer> best = new PriorityQueue<>(better.reversed());
    for (int i = 0; i < rankBy.length && count > 0; i++) {
      best.add(i);
      if (best.size() > count) {
        best.poll();
      }
    }
    return best.stream().sorted(better).mapToInt(Integer::intValue).toArray();
  }
}
