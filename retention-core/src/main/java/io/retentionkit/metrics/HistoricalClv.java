package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Historical customer lifetime value as of the window's end: per customer, the net revenue of all their
 * qualifying orders placed before the end, that is their totals minus the refunds dated before the end,
 * summarised over every customer acquired before the end. The value does not look ahead: a refund dated
 * on or after the end does not reduce it (it reduces the value of a later window's end). The per-customer
 * values are available from {@link MetricsAnalysis#historicalClv}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param mean the customers' total net revenue over the number of customers
 * @param median the median customer's net revenue in major units (the mean of the two middle customers
 *     for an even count, so possibly half a minor unit); empty exactly when there are no customers
 * @since 0.1.0
 */
public record HistoricalClv(MoneyAverage mean, Optional<BigDecimal> median) {

  /**
   * Creates a {@code HistoricalClv}, validating every component.
   *
   * @param mean the customers' total net revenue over the number of customers
   * @param median the median customer's net revenue in major units (the mean of the two middle customers
   *     for an even count, so possibly half a minor unit); empty exactly when there are no customers
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code median} is present without customers or vice versa
   */
  public HistoricalClv {
    requireNonNull(mean, "mean");
    requireNonNull(median, "median");
    requireArgument(median.isPresent() == (mean.count() > 0),
        "median must be present exactly when there are customers: %d customers", mean.count());
  }

  /**
   * Returns how many customers the values summarise.
   *
   * @return customers with a qualifying order before the window's end
   */
  public long customers() {
    return mean.count();
  }
}
