package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

/**
 * The average order value of the window's qualifying orders, gross and net of refunds, in the reporting
 * currency. Both divide by the same order count.
 *
 * <p>The net total is the window's net revenue ({@link WindowTotals#netRevenue()}): the orders' totals
 * minus their refunds under {@code GROSS} and {@code NET_AT_ORDER_DATE}, and minus the refunds dated in
 * the window under {@code NET_AT_REFUND_DATE} (which may belong to older orders, so the net average can
 * then even be negative).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param gross the gross revenue over the window's orders
 * @param net the net revenue over the window's orders
 * @since 0.1.0
 */
public record AverageOrderValue(MoneyAverage gross, MoneyAverage net) {

  /**
   * Creates an {@code AverageOrderValue}, validating every component.
   *
   * @param gross the gross revenue over the window's orders
   * @param net the net revenue over the window's orders
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the two averages count different orders or currencies
   */
  public AverageOrderValue {
    requireNonNull(gross, "gross");
    requireNonNull(net, "net");
    gross.total().requireSameCurrency(net.total());
    requireArgument(gross.count() == net.count(),
        "gross and net averages must count the same orders: %d and %d", gross.count(), net.count());
  }
}
