package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

/**
 * One step of order sequencing: of the customers with at least {@code k} qualifying orders before the
 * window's end, the share who placed a {@code (k+1)}-th before the end, and the days from order
 * {@code k} to order {@code k+1}. Step 1 is the classic "second purchase" rate over all time.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param k the order number, from 1
 * @param nextOrderRate customers with {@code k + 1} orders over customers with {@code k} orders
 * @param daysToNextOrder the gaps between order {@code k} and order {@code k + 1}
 * @since 0.1.0
 */
public record SequenceStep(int k, Rate nextOrderRate, DaysBetween daysToNextOrder) {

  /**
   * Creates a {@code SequenceStep}, validating every component.
   *
   * @param k the order number, from 1
   * @param nextOrderRate customers with {@code k + 1} orders over customers with {@code k} orders
   * @param daysToNextOrder the gaps between order {@code k} and order {@code k + 1}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public SequenceStep {
    requireArgument(k >= 1, "k must be positive: %d", k);
    requireNonNull(nextOrderRate, "nextOrderRate");
    requireNonNull(daysToNextOrder, "daysToNextOrder");
    requireArgument(daysToNextOrder.count() == nextOrderRate.numerator(),
        "there must be one gap per customer with a next order: %d gaps, %d customers",
        daysToNextOrder.count(), nextOrderRate.numerator());
  }
}
