package io.retentionkit.cli;

import io.retentionkit.columnar.OrderAttribute;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.Refund;
import java.util.List;

/**
 * Appends {@link Order} objects one at a time to an {@link OrderLog.Builder}, converted as
 * {@link OrderLog#from} converts them, so that a log streamed from an export equals the log of the same
 * orders held in a list: an order that can qualify gets its total and refunds in the reporting currency
 * ({@link AnalysisPolicy#grossMinor}, {@link AnalysisPolicy#refundMinor}); one that cannot is kept for
 * counting only, and the builder zeroes its amounts, so they are passed unconverted.
 *
 * <p>The builder judges "zero-value" and "refunded in full" on the converted amounts, {@code OrderLog.from}
 * on the order's own; they differ only when rounding in the conversion makes a small amount zero. Such
 * orders, and refunds that convert to nothing (the builder takes positive refunds only, and such a refund
 * changes no amount), are counted, for the loader to report rather than drop them silently.
 */
final class LogAppender {
  private static final OrderAttribute[] ATTRIBUTES = OrderAttribute.values();

  private final AnalysisPolicy policy;
  private final QualifyingOrders rule;
  private final OrderLog.Builder builder;
  private long requalified;
  private long zeroRefunds;

  /**
   * Starts a log of about {@code expectedOrders} orders, so its columns are allocated once at their size.
   */
  LogAppender(AnalysisPolicy policy, int expectedOrders) {
    this.policy = policy;
    this.rule = policy.qualifyingOrders();
    this.builder = OrderLog.newBuilder(policy).expectedOrders(expectedOrders);
  }

  /** Appends {@code order}, whose customer id is already resolved. */
  void append(Order order) {
    boolean qualifies = policy.qualifies(order);
    boolean qualifiesUnrefunded = rule.accepts(order.status(), order.total().isZero(), false);
    boolean converted = qualifies || qualifiesUnrefunded;
    long gross = converted ? policy.grossMinor(order) : order.total().minorUnits();
    builder.order(order.customerId().value(), order.placedAt().getEpochSecond(), order.placedAt().getNano(), gross)
        .status(order.status());
    for (OrderAttribute attribute : ATTRIBUTES) {
      attribute.valueOf(order).ifPresent(value -> builder.attribute(attribute, value));
    }
    List<Refund> refunds = order.refunds();
    long refunded = 0;
    for (int i = 0; i < refunds.size(); i++) {
      Refund refund = refunds.get(i);
      long amount = converted ? policy.refundMinor(order, i) : refund.amount().minorUnits();
      if (amount == 0) {
        zeroRefunds++;
        continue;
      }
      refunded += amount;
      builder.refund(amount, refund.refundedAt().getEpochSecond(), refund.refundedAt().getNano());
    }
    if (converted) {
      // What the builder will decide from the converted amounts, against what OrderLog.from decided.
      boolean zero = gross == 0;
      boolean fullyRefunded = !zero && refunded == gross;
      if (rule.accepts(order.status(), zero, fullyRefunded) != qualifies
          || rule.accepts(order.status(), zero, false) != qualifiesUnrefunded) {
        requalified++;
      }
    }
  }

  /** Returns the log; the appender cannot be used afterwards. */
  OrderLog build() {
    return builder.build();
  }

  /** Returns how many orders the builder qualifies otherwise than their own currency's amounts would. */
  long requalified() {
    return requalified;
  }

  /** Returns how many refunds were left out for converting to zero minor units of the reporting currency. */
  long zeroRefunds() {
    return zeroRefunds;
  }
}
