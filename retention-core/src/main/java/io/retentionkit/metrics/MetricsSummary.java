package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Period;
import java.util.List;

/**
 * Every order-derived retention metric of one window, as of the window's end, each with its inputs and,
 * when undefined, the reason. The definitions are in the {@link io.retentionkit.metrics package
 * documentation}.
 *
 * <p>Two summaries are equal when every metric and input is equal, so a parallel, an incremental and a
 * sequential run over the same orders can be compared with {@code equals}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param window the analysed window
 * @param totals order and customer counts, ignored orders and revenue totals
 * @param customerRetentionRate {@code (E − N) / S} and the strict {@code |S ∩ E| / |S|}
 * @param churnRate the share of {@code S} inactive for the churn threshold at the end
 * @param repeatPurchaseRate customers with at least two orders in the window over customers with at
 *     least one in the window; orders before the window do not count
 * @param returningCustomerRate customers who ordered in the window and have at least two orders up to
 *     its end, those before the window included, over customers who ordered in the window
 * @param purchaseFrequency orders in the window over customers who ordered in it
 * @param averageOrderValue gross and net average order value of the window's orders
 * @param daysBetweenOrders gaps between consecutive orders of a customer whose later order lies in the
 *     window
 * @param secondPurchaseRate the share of eligible new customers who ordered again within N days
 * @param revenueSplit window revenue of returning versus new customers, and their spend ratio
 * @param paretoShare the share of window revenue from the top customers
 * @param historicalClv mean and median net revenue per customer acquired before the end, after the
 *     refunds dated before the end
 * @param simpleClv net AOV × purchase frequency × expected lifespan × margin
 * @param orderSequence steps {@code k = 1..5} of order sequencing, in order; unmodifiable
 * @param repeatRateByFirstOrder repeat rate of new customers by first-order attribute
 * @since 0.1.0
 */
public record MetricsSummary(
    Period window,
    WindowTotals totals,
    RetentionRate customerRetentionRate,
    ChurnRate churnRate,
    Rate repeatPurchaseRate,
    Rate returningCustomerRate,
    Ratio purchaseFrequency,
    AverageOrderValue averageOrderValue,
    DaysBetween daysBetweenOrders,
    SecondPurchaseRate secondPurchaseRate,
    RevenueSplit revenueSplit,
    ParetoShare paretoShare,
    HistoricalClv historicalClv,
    SimpleClv simpleClv,
    List<SequenceStep> orderSequence,
    RepeatRateByFirstOrder repeatRateByFirstOrder) {

  /**
   * Creates a {@code MetricsSummary}, validating every component.
   *
   * @param window the analysed window
   * @param totals order and customer counts, ignored orders and revenue totals
   * @param customerRetentionRate {@code (E − N) / S} and the strict {@code |S ∩ E| / |S|}
   * @param churnRate the share of {@code S} inactive for the churn threshold at the end
   * @param repeatPurchaseRate customers with at least two orders in the window over customers with at
   *     least one in the window; orders before the window do not count
   * @param returningCustomerRate customers who ordered in the window and have at least two orders up to
   *     its end, those before the window included, over customers who ordered in the window
   * @param purchaseFrequency orders in the window over customers who ordered in it
   * @param averageOrderValue gross and net average order value of the window's orders
   * @param daysBetweenOrders gaps between consecutive orders of a customer whose later order lies in the
   *     window
   * @param secondPurchaseRate the share of eligible new customers who ordered again within N days
   * @param revenueSplit window revenue of returning versus new customers, and their spend ratio
   * @param paretoShare the share of window revenue from the top customers
   * @param historicalClv mean and median net revenue per customer acquired before the end, after the
   *     refunds dated before the end
   * @param simpleClv net AOV × purchase frequency × expected lifespan × margin
   * @param orderSequence steps {@code k = 1..5} of order sequencing, in order; copied
   * @param repeatRateByFirstOrder repeat rate of new customers by first-order attribute
   * @throws NullPointerException if a component or step is null
   * @throws IllegalArgumentException if the steps are not numbered 1, 2, ... in order
   */
  public MetricsSummary {
    requireNonNull(window, "window");
    requireNonNull(totals, "totals");
    requireNonNull(customerRetentionRate, "customerRetentionRate");
    requireNonNull(churnRate, "churnRate");
    requireNonNull(repeatPurchaseRate, "repeatPurchaseRate");
    requireNonNull(returningCustomerRate, "returningCustomerRate");
    requireNonNull(purchaseFrequency, "purchaseFrequency");
    requireNonNull(averageOrderValue, "averageOrderValue");
    requireNonNull(daysBetweenOrders, "daysBetweenOrders");
    requireNonNull(secondPurchaseRate, "secondPurchaseRate");
    requireNonNull(revenueSplit, "revenueSplit");
    requireNonNull(paretoShare, "paretoShare");
    requireNonNull(historicalClv, "historicalClv");
    requireNonNull(simpleClv, "simpleClv");
    orderSequence = List.copyOf(requireNonNull(orderSequence, "orderSequence"));
    requireNonNull(repeatRateByFirstOrder, "repeatRateByFirstOrder");
    for (int i = 0; i < orderSequence.size(); i++) {
      requireArgument(orderSequence.get(i).k() == i + 1,
          "order sequence steps must be numbered from 1 in order: step %d at position %d",
          orderSequence.get(i).k(), i);
    }
  }
}
