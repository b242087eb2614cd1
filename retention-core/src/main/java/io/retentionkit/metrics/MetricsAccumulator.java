package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import io.retentionkit.model.Period;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Accumulates orders into the {@link MetricsSummary} of one window: the streaming, incremental and
 * parallel form of {@link MetricsAnalysis#analyze}. Obtain one from {@link MetricsAnalysis#newAccumulator}.
 *
 * <p>Each order is looked at once. The accumulator keeps, per customer with a qualifying order before the
 * window's end, the dates of those orders, two revenue sums and the first order; everything else is a
 * count. Orders may arrive in any order, and {@link #combine} with an accumulator fed any other part of
 * the input gives exactly the result of one pass over all of it.
 *
 * <p>Mutable and not thread-safe: feed one accumulator from one thread at a time, or use
 * {@link MetricsAnalysis#collector} on a parallel stream.
 *
 * @since 0.1.0
 */
public final class MetricsAccumulator implements Accumulator<Order, MetricsAccumulator, MetricsSummary> {
  private final MetricsAnalysis analysis;
  private final AnalysisPolicy policy;
  private final Period window;
  private final long startDay;
  private final long endDay;
  private final Map<CustomerId, CustomerHistory> customers = new HashMap<>();
  private final OrderTally.Counter counts = new OrderTally.Counter();

  MetricsAccumulator(MetricsAnalysis analysis, Period window) {
    this.analysis = analysis;
    this.policy = analysis.policy();
    this.window = window;
    this.startDay = window.start().toEpochDay();
    this.endDay = window.endExclusive().toEpochDay();
  }

  /**
   * Adds one order. Orders that do not qualify under the policy, and orders dated on or after the
   * window's end, are only counted (see {@link WindowTotals}).
   *
   * @param order the order
   * @throws NullPointerException if {@code order} is null
   * @throws IllegalArgumentException if an amount of the order cannot be converted into the reporting
   *     currency (the message names both currencies); the accumulator is then unchanged
   * @throws ArithmeticException if a revenue sum overflows a {@code long} of minor units
   */
  @Override
  public void accept(Order order) {
    requireNonNull(order, "order");
    if (!policy.qualifies(order)) {
      counts.nonQualifying();
      return;
    }
    long day = policy.localDate(order.placedAt()).toEpochDay();
    if (day >= endDay) {
      counts.afterWindow();
      return;
    }
    if (day != (int) day) { // checked without a varargs call: this runs for every order
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "order date must lie within five million years of 1970: %s (order %s)", order.placedAt(), order.id()));
    }
    boolean orderInWindow = day >= startDay;
    // Convert everything before changing any state, so that a failed conversion leaves no trace.
    long netAsOfEnd = RefundsAsOf.netMinor(policy, order, endDay);
    long gross = orderInWindow ? policy.grossMinor(order) : 0;
    long revenueAtOrderDate = orderInWindow ? policy.revenueAtOrderDateMinor(order) : 0;
    long refundsCounted = orderInWindow && !policy.refundsBookedSeparately() ? policy.refundedMinor(order) : 0;
    long refundsBookedInWindow = policy.refundsBookedSeparately() ? refundsBookedInWindow(order) : 0;

    CustomerHistory history = customers.computeIfAbsent(order.customerId(), id -> new CustomerHistory());
    history.addOrder((int) day, netAsOfEnd, order);
    history.addWindowRevenue(Math.subtractExact(revenueAtOrderDate, refundsBookedInWindow));
    counts.beforeEnd(orderInWindow, gross, Math.addExact(refundsCounted, refundsBookedInWindow));
  }

  /** Sums the refunds of {@code order} whose shop-local date lies in the window. */
  private long refundsBookedInWindow(Order order) {
    long sum = 0;
    for (int i = 0; i < order.refunds().size(); i++) {
      long refundDay = policy.localDate(order.refunds().get(i).refundedAt()).toEpochDay();
      if (refundDay >= startDay && refundDay < endDay) {
        sum = Math.addExact(sum, policy.refundMinor(order, i));
      }
    }
    return sum;
  }

  /**
   * Adds everything {@code other} has accumulated; {@code other} must not be used afterwards.
   *
   * @param other an accumulator from an equal {@link MetricsAnalysis} for the same window
   * @return this accumulator
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is this accumulator, or has another analysis or
   *     window
   * @throws ArithmeticException if a revenue sum overflows a {@code long} of minor units
   */
  @Override
  public MetricsAccumulator combine(MetricsAccumulator other) {
    requireNonNull(other, "other");
    requireArgument(other != this, "other must not be this accumulator");
    requireArgument(analysis.equals(other.analysis) && window.equals(other.window),
        "other must have the same analysis and window: %s and %s", window, other.window);
    other.customers.forEach((id, history) -> customers.merge(id, history, (mine, theirs) -> {
      mine.merge(theirs);
      return mine;
    }));
    counts.combine(other.counts);
    return this;
  }

  /**
   * Returns the metrics of the orders accepted so far. The accumulator stays usable.
   *
   * @return the summary
   */
  @Override
  public MetricsSummary result() {
    SummaryCalculator calculator = new SummaryCalculator(analysis, window);
    for (CustomerHistory history : customers.values()) {
      history.addTo(calculator);
    }
    return calculator.finish(counts.tally());
  }
}
