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
    return !(excludeCancelled && order.status().isCancelledOrFailed())
        && !(excludeFullyRefunded && order.isFullyRefunded())
        && !(excludeZeroValue && order.total().isZero());
  }
}
