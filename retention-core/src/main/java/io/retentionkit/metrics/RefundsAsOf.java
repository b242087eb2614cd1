package io.retentionkit.metrics;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.Refund;
import java.util.List;

/**
 * An order's net revenue as it was known at the start of a shop-local date: its total minus the refunds
 * dated before that date. A value "as of" a date must not look ahead, so a refund made later does not
 * reduce it, however certain it is by the time the data is analysed.
 */
final class RefundsAsOf {
  private RefundsAsOf() {}

  /**
   * Returns {@code order}'s total minus its refunds dated before {@code endDay}, in minor units of the
   * reporting currency; equal to {@link AnalysisPolicy#netMinor} when every refund is dated before it.
   *
   * @param policy the policy that dates and converts the amounts
   * @param order the order
   * @param endDay the first shop-local epoch day whose refunds are not counted
   * @return the net revenue known at the start of {@code endDay}
   * @throws IllegalArgumentException if an amount cannot be converted
   */
  static long netMinor(AnalysisPolicy policy, Order order, long endDay) {
    List<Refund> refunds = order.refunds();
    long net = policy.grossMinor(order);
    for (int i = 0; i < refunds.size(); i++) {
      if (policy.localDate(refunds.get(i).refundedAt()).toEpochDay() < endDay) {
        // refundMinor, not the refund's own amount: the converted refunds add up to gross − net exactly.
        net -= policy.refundMinor(order, i);
      }
    }
    return net;
  }
}
