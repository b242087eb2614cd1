package io.retentionkit.segments;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.metrics.Accumulator;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers each customer's recency, frequency and monetary value from orders fed one at a time, in any
 * order, and combines with other accumulators of the same {@link RfmAnalysis}; {@link #result()} scores
 * and segments what it has seen. Created by {@link RfmAnalysis#newAccumulator()}.
 *
 * <p>Mutable and not thread-safe (see {@link Accumulator}).
 *
 * @since 0.1.0
 */
public final class RfmAccumulator implements Accumulator<Order, RfmAccumulator, RfmSegmentation> {
  private final RfmAnalysis analysis;
  private final AnalysisPolicy policy;
  private final Instant asOf;
  /** Per customer: the latest shop-local epoch day, the order count and the revenue in minor units. */
  private final Map<CustomerId, long[]> byCustomer = new HashMap<>();
  private long counted;
  private long notQualifying;
  private long afterAsOf;

  RfmAccumulator(RfmAnalysis analysis) {
    this.analysis = analysis;
    this.policy = analysis.policy();
    this.asOf = analysis.asOf();
  }

  @Override
  public void accept(Order order) {
    requireNonNull(order, "order");
    if (!order.placedAt().isBefore(asOf)) {
      afterAsOf++;
      return;
    }
    if (!policy.qualifies(order)) {
      notQualifying++;
      return;
    }
    long revenue = revenueMinor(order);
    long day = policy.localDate(order.placedAt()).toEpochDay();
    counted++;
    long[] values = byCustomer.computeIfAbsent(order.customerId(), id -> new long[] {Long.MIN_VALUE, 0, 0});
    values[0] = Math.max(values[0], day);
    values[1]++;
    values[2] = Math.addExact(values[2], revenue);
  }

  /**
   * Returns the order's revenue as known at the as-of instant: under {@code NET_AT_REFUND_DATE} only the
   * refunds made before it reduce it, since later ones had not happened yet.
   */
  private long revenueMinor(Order order) {
    long revenue = policy.revenueAtOrderDateMinor(order);
    if (policy.refundsBookedSeparately()) {
      for (int i = 0; i < order.refunds().size(); i++) {
        if (order.refunds().get(i).refundedAt().isBefore(asOf)) {
          revenue = Math.subtractExact(revenue, policy.refundMinor(order, i));
        }
      }
    }
    return revenue;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code other} belongs to an analysis with another policy or as-of
   *     instant
   */
  @Override
  public RfmAccumulator combine(RfmAccumulator other) {
    requireNonNull(other, "other");
    requireArgument(other.policy.equals(policy) && other.asOf.equals(asOf),
        "accumulator must belong to an equal analysis: %s, not %s", analysis, other.analysis);
    other.byCustomer.forEach((id, theirs) -> byCustomer.merge(id, theirs, (mine, add) -> new long[] {
        Math.max(mine[0], add[0]), Math.addExact(mine[1], add[1]), Math.addExact(mine[2], add[2])}));
    counted = Math.addExact(counted, other.counted);
    notQualifying = Math.addExact(notQualifying, other.notQualifying);
    afterAsOf = Math.addExact(afterAsOf, other.afterAsOf);
    return this;
  }

  /**
   * {@inheritDoc}
   *
   * @throws ArithmeticException if the total revenue overflows a {@code long} of minor units
   */
  @Override
  public RfmSegmentation result() {
    List<CustomerTally> customers = new ArrayList<>(byCustomer.size());
    byCustomer.forEach((id, values) -> customers.add(new CustomerTally(id, values[0], values[1], values[2])));
    customers.sort(Comparator.comparing(CustomerTally::customerId));
    return RfmAssembly.assemble(policy, asOf, customers, new OrderCounts(counted, notQualifying, afterAsOf));
  }
}
