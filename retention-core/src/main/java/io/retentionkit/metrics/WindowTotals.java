package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Money;

/**
 * What the analysis saw: order and customer counts, what it ignored, and the window's revenue in the
 * reporting currency. Every order passed to the analysis is counted exactly once, in
 * {@code nonQualifyingOrders}, {@code ordersAfterWindow}, {@code ordersBeforeWindow} or {@code orders}.
 *
 * <p>{@code netRevenue} is {@code grossRevenue − refunds}. Under
 * {@link io.retentionkit.model.RefundPolicy#NET_AT_REFUND_DATE} {@code refunds} are the refunds dated in
 * the window (of any qualifying order placed before the end); under the other policies they are every
 * refund of the window's orders, whatever its date. {@code revenue} is the revenue under the refund
 * policy: {@code grossRevenue} under {@code GROSS}, {@code netRevenue} otherwise.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param orders qualifying orders dated in the window
 * @param customers customers with a qualifying order dated in the window
 * @param customersBeforeEnd customers with a qualifying order dated before the window's end
 * @param ordersBeforeWindow qualifying orders dated before the window (they shape activity and history)
 * @param ordersAfterWindow qualifying orders dated on or after the window's end, ignored
 * @param nonQualifyingOrders orders the qualifying rule rejects (e.g. cancelled), ignored
 * @param grossRevenue the totals of the window's orders
 * @param refunds the refunds netted against {@code grossRevenue}, as described above
 * @param netRevenue {@code grossRevenue − refunds}
 * @param revenue the window's revenue under the refund policy
 * @since 0.1.0
 */
public record WindowTotals(long orders, long customers, long customersBeforeEnd, long ordersBeforeWindow,
    long ordersAfterWindow, long nonQualifyingOrders, Money grossRevenue, Money refunds, Money netRevenue,
    Money revenue) {

  /**
   * Creates a {@code WindowTotals}, validating every component.
   *
   * @param orders qualifying orders dated in the window
   * @param customers customers with a qualifying order dated in the window
   * @param customersBeforeEnd customers with a qualifying order dated before the window's end
   * @param ordersBeforeWindow qualifying orders dated before the window (they shape activity and history)
   * @param ordersAfterWindow qualifying orders dated on or after the window's end, ignored
   * @param nonQualifyingOrders orders the qualifying rule rejects (e.g. cancelled), ignored
   * @param grossRevenue the totals of the window's orders
   * @param refunds the refunds netted against {@code grossRevenue}, as described above
   * @param netRevenue {@code grossRevenue − refunds}
   * @param revenue the window's revenue under the refund policy
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range or the amounts disagree
   */
  public WindowTotals {
    requireArgument(orders >= 0 && customers >= 0 && customersBeforeEnd >= 0 && ordersBeforeWindow >= 0
            && ordersAfterWindow >= 0 && nonQualifyingOrders >= 0,
        "counts must not be negative: %d, %d, %d, %d, %d, %d", orders, customers, customersBeforeEnd,
        ordersBeforeWindow, ordersAfterWindow, nonQualifyingOrders);
    requireArgument(customers <= orders && customers <= customersBeforeEnd,
        "customers must be at most orders and customersBeforeEnd: %d", customers);
    requireNonNull(grossRevenue, "grossRevenue");
    requireNonNull(refunds, "refunds");
    requireNonNull(netRevenue, "netRevenue");
    requireNonNull(revenue, "revenue");
    requireArgument(!grossRevenue.isNegative() && !refunds.isNegative(),
        "gross revenue and refunds must not be negative: %s, %s", grossRevenue, refunds);
    requireArgument(grossRevenue.minus(refunds).equals(netRevenue),
        "netRevenue must equal grossRevenue - refunds: %s - %s != %s", grossRevenue, refunds, netRevenue);
    requireArgument(revenue.equals(grossRevenue) || revenue.equals(netRevenue),
        "revenue must equal grossRevenue or netRevenue: %s", revenue);
  }
}
