package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireArgument;

/**
 * What became of the orders a cohort table was computed from, so that nothing is left out silently.
 *
 * <p>Every order is exactly one of: placed at or after the as-of instant (ignored), not qualifying under
 * the policy's {@link io.retentionkit.model.QualifyingOrders} rule (ignored), or qualifying (counted).
 * Refunds made at or after the as-of instant are ignored too, as if they had not happened yet.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param orders every order given to the analysis
 * @param qualifyingOrders the orders that were counted
 * @param nonQualifyingOrders the orders placed before the as-of instant that did not qualify
 * @param ordersAfterAsOf the orders placed at or after the as-of instant
 * @param refundsAfterAsOf the refunds, of orders placed before the as-of instant, made at or after it
 * @since 0.1.0
 */
public record InputCounts(
    long orders, long qualifyingOrders, long nonQualifyingOrders, long ordersAfterAsOf, long refundsAfterAsOf) {

  /**
   * Creates an {@code InputCounts}, validating every component.
   *
   * @param orders every order given to the analysis; the sum of the next three
   * @param qualifyingOrders the orders that were counted; not negative
   * @param nonQualifyingOrders the orders placed before the as-of instant that did not qualify; not negative
   * @param ordersAfterAsOf the orders placed at or after the as-of instant; not negative
   * @param refundsAfterAsOf the refunds made at or after the as-of instant; not negative
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public InputCounts {
    requireArgument(qualifyingOrders >= 0 && nonQualifyingOrders >= 0 && ordersAfterAsOf >= 0
            && refundsAfterAsOf >= 0,
        "order counts must not be negative: %d, %d, %d, %d",
        qualifyingOrders, nonQualifyingOrders, ordersAfterAsOf, refundsAfterAsOf);
    requireArgument(orders == qualifyingOrders + nonQualifyingOrders + ordersAfterAsOf,
        "orders must be the sum of qualifying, non-qualifying and after-as-of orders: %d != %d + %d + %d",
        orders, qualifyingOrders, nonQualifyingOrders, ordersAfterAsOf);
  }
}
