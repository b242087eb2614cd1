package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;

/**
 * One customer's historical lifetime value: the net revenue of their qualifying orders placed before a
 * date (their totals minus the refunds also dated before it), in the reporting currency.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param customerId the customer
 * @param orders how many qualifying orders the value sums; positive
 * @param netRevenue the orders' totals minus their refunds dated before the date; not negative
 * @since 0.1.0
 */
public record CustomerValue(CustomerId customerId, long orders, Money netRevenue) {

  /**
   * Creates a {@code CustomerValue}, validating every component.
   *
   * @param customerId the customer
   * @param orders how many qualifying orders the value sums; positive
   * @param netRevenue the orders' totals minus their refunds dated before the date; not negative
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public CustomerValue {
    requireNonNull(customerId, "customerId");
    requireNonNull(netRevenue, "netRevenue");
    requireArgument(orders > 0, "orders must be positive: %d", orders);
    requireArgument(!netRevenue.isNegative(), "netRevenue must not be negative: %s", netRevenue);
  }
}
