package io.retentionkit.model;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;

/**
 * Which orders count as purchases. An order that does not qualify is ignored by every calculator: it
 * makes no customer active, starts no cohort and adds no revenue.
 *
 * <p>The {@linkplain #standard() standard rule} excludes cancelled and failed orders and keeps fully
 * refunded and zero-value ones (a refunded order was still a purchase decision; a free sample still
 * acquired the customer). Shopify's and GA4's customer counts behave the same way.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param excludeCancelled ignore {@link OrderStatus#CANCELLED} and {@link OrderStatus#FAILED} orders
 * @param excludeFullyRefunded ignore orders whose positive total was refunded in full
 * @param excludeZeroValue ignore orders with a zero total
 * @since 0.1.0
 */
public record QualifyingOrders(boolean excludeCancelled, boolean excludeFullyRefunded, boolean excludeZeroValue)
    implements Predicate<Order> {

  private static final QualifyingOrders STANDARD = new QualifyingOrders(true, false, false);

  /**
   * Returns the standard rule: every order but cancelled and failed ones.
   *
   * @return the rule
   */
  public static QualifyingOrders standard() {
    return STANDARD;
  }

  /**
   * Returns the strictest rule: no cancelled, failed, fully refunded or zero-value orders.
   *
   * @return the rule
   */
  public static QualifyingOrders strict() {
    return new QualifyingOrders(true, true, true);
  }

  /**
   * Returns whether {@code order} counts as a purchase under this rule.
   *
   * @param order the order
   * @return {@code true} if it qualifies
   * @throws NullPointerException if {@code order} is null
   */
  @Override
  public boolean test(Order order) {
    requireNonNull(order, "order");
    // Summing the refunds only matters, and is only paid for, under a rule that excludes full refunds.
    return accepts(order.status(), order.total().isZero(), excludeFullyRefunded && order.isFullyRefunded());
  }

  /**
   * Returns whether an order with these facts counts as a purchase under this rule. This is the rule
   * itself, for callers that hold an order's facts rather than an {@link Order} (the columnar
   * {@code io.retentionkit.columnar.OrderLog} builder); {@link #test} applies it to an order.
   *
   * @param status the order's status
   * @param zeroValue whether the order's total is zero
   * @param fullyRefunded whether the order's positive total was refunded in full
   * @return {@code true} if such an order qualifies
   * @throws NullPointerException if {@code status} is null
   */
  public boolean accepts(OrderStatus status, boolean zeroValue, boolean fullyRefunded) {
    requireNonNull(status, "status");
    return !(excludeCancelled && status.isCancelledOrFailed())
        && !(excludeFullyRefunded && fullyRefunded)
        && !(excludeZeroValue && zeroValue);
  }
}
