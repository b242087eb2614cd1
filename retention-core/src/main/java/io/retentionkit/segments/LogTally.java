package io.retentionkit.segments;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.RefundPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers each customer's raw RFM values from a columnar {@link OrderLog}: the same values as
 * {@link RfmAccumulator} computes from the orders the log was built from, read from the log's columns customer
 * by customer in id order, without creating an object per order.
 */
final class LogTally {
  private final List<CustomerTally> customers = new ArrayList<>();
  private long counted;
  private long notQualifying;
  private long afterAsOf;

  LogTally(OrderLog log, Instant asOf) {
    boolean netAtOrderDate = log.policy().refundPolicy() == RefundPolicy.NET_AT_ORDER_DATE;
    boolean refundsBookedSeparately = log.policy().refundsBookedSeparately();
    for (int rank = 0; rank < log.customerCount(); rank++) {
      int customer = log.customerInIdOrder(rank);
      long lastDay = Long.MIN_VALUE;
      long frequency = 0;
      long revenue = 0;
      for (int order = log.orderStart(customer); order < log.orderEnd(customer); order++) {
        if (!log.isPlacedBefore(order, asOf)) {
          afterAsOf++;
          continue;
        }
        if (!log.qualifies(order)) {
          notQualifying++;
          continue;
        }
        lastDay = Math.max(lastDay, log.day(order));
        frequency++;
        // As RfmAccumulator#revenueMinor: refunds at their own dates count only when made before the as-of.
        revenue = Math.addExact(revenue, netAtOrderDate ? log.netMinor(order) : log.grossMinor(order));
        if (refundsBookedSeparately && log.hasRefunds(order)) {
          for (int refund = log.refundStart(order); refund < log.refundEnd(order); refund++) {
            if (log.isRefundedBefore(refund, asOf)) {
              revenue = Math.subtractExact(revenue, log.refundMinor(refund));
            }
          }
        }
      }
      counted += frequency;
      if (frequency > 0) {
        customers.add(new CustomerTally(log.customerId(customer), lastDay, frequency, revenue));
      }
    }
  }

  /** Returns the customers' values, in customer-id order. */
  List<CustomerTally> customers() {
    return customers;
  }

  OrderCounts counts() {
    return new OrderCounts(counted, notQualifying, afterAsOf);
  }
}
