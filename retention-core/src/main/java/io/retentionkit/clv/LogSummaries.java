package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;

import io.retentionkit.clv.CustomerSummaryAccumulator.CustomerEvents;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.internal.CustomerRanges;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.RefundPolicy;
import java.time.LocalDate;

/**
 * Computes the customer summaries of an {@link OrderLog} in two parallel passes over ranges of customers
 * ({@link CustomerRanges}). The first finds each customer's first purchase and counts the orders left
 * out; then the customers whose first purchase falls in the calibration period get their places in id
 * order, and the second pass gathers each one's purchases and refunds, as {@link CustomerSummaryAccumulator}
 * keeps them, into a reused {@link CustomerEvents} and has {@link SummaryBuilder} summarise it into its
 * place. Each range counts repeat transactions by day in its own array; the arrays are added at the end.
 */
final class LogSummaries {
  /** Marks a customer without a purchase up to the last day read. */
  private static final long NO_PURCHASE = Long.MAX_VALUE;

  private final CustomerSummarizer summarizer;
  private final OrderLog log;
  private final long calibrationEnd;
  private final long lastDay;
  private final boolean netAtOrderDate;
  private final boolean refundsBookedSeparately;

  private LogSummaries(CustomerSummarizer summarizer, OrderLog log) {
    this.summarizer = summarizer;
    this.log = log;
    this.calibrationEnd = summarizer.calibrationEnd().toEpochDay();
    this.lastDay = summarizer.lastDay().toEpochDay();
    this.netAtOrderDate = summarizer.policy().refundPolicy() == RefundPolicy.NET_AT_ORDER_DATE;
    this.refundsBookedSeparately = summarizer.policy().refundsBookedSeparately();
  }

  /**
   * Returns the summaries of {@code log}, cut into {@code ranges} ranges of customers.
   *
   * @throws IllegalArgumentException if the log was built under another policy
   * @throws IllegalStateException if there is a holdout period and no qualifying order falls in it
   */
  static CustomerSummaries summarize(CustomerSummarizer summarizer, OrderLog log, int ranges) {
    requireArgument(log.policy().equals(summarizer.policy()),
        "order log must be built under the summarizer's policy: %s", summarizer);
    return new LogSummaries(summarizer, log).summarize(ranges);
  }

  private CustomerSummaries summarize(int ranges) {
    int customers = log.customerCount();
    long[] firstPurchase = new long[customers];
    Counts counts = CustomerRanges.reduce(customers, log.orderCount(), log::orderStart, ranges,
        (from, to) -> firstPurchases(from, to, firstPurchase), Counts::plus);
    CustomerSummaryAccumulator.requireHoldoutOrders(summarizer, counts.holdoutOrders);

    // Places in id order for the customers first seen in the calibration period.
    int[] place = new int[customers];
    int summarized = 0;
    long withPurchases = 0;
    long origin = calibrationEnd;
    for (int rank = 0; rank < customers; rank++) {
      int customer = log.customerInIdOrder(rank);
      long first = firstPurchase[customer];
      withPurchases += first == NO_PURCHASE ? 0 : 1;
      place[customer] = first <= calibrationEnd ? summarized++ : -1;
      origin = first <= calibrationEnd ? Math.min(origin, first) : origin;
    }
    CustomerId[] ids = new CustomerId[summarized];
    for (int customer = 0; customer < customers; customer++) {
      if (place[customer] >= 0) {
        ids[place[customer]] = log.customerId(customer);
      }
    }

    CustomerSummaries.Columns columns = new SummaryBuilder(summarizer).columns(summarized, origin);
    long from = origin;
    long[] repeatsByDay = CustomerRanges.reduce(customers, log.orderCount(), log::orderStart, ranges,
        (first, end) -> summarize(first, end, place, new SummaryBuilder(summarizer), columns, from),
        LogSummaries::plus);
    System.arraycopy(repeatsByDay, 0, columns.repeatTransactionsByDay, 0, repeatsByDay.length);
    return new CustomerSummaries(summarizer, ids, LocalDate.ofEpochDay(origin), columns, counts.ignoredOrders,
        counts.ordersAfterEnd, withPurchases - summarized);
  }

  /** Records the first purchase day of customers {@code [from, to)} and counts their orders left out. */
  private Counts firstPurchases(int from, int to, long[] firstPurchase) {
    Counts counts = new Counts();
    for (int customer = from; customer < to; customer++) {
      long first = NO_PURCHASE;
      for (int row = log.orderStart(customer); row < log.orderEnd(customer); row++) {
        if (!log.qualifies(row)) {
          counts.ignoredOrders++;
          continue;
        }
        int day = log.day(row);
        if (day > lastDay) {
          counts.ordersAfterEnd++;
          continue;
        }
        if (day > calibrationEnd) {
          counts.holdoutOrders++;
        }
        first = Math.min(first, day);
      }
      firstPurchase[customer] = first;
    }
    return counts;
  }

  /** Summarises customers {@code [from, to)} into their places; returns their repeat transactions by day. */
  private long[] summarize(int from, int to, int[] place, SummaryBuilder builder, CustomerSummaries.Columns out,
      long origin) {
    long[] repeatsByDay = new long[out.repeatTransactionsByDay.length];
    if (from == to) {
      return repeatsByDay;
    }
    CustomerEvents events = new CustomerEvents();
    int refunds = log.refundCount();
    int refund = log.refundStart(log.orderStart(from));
    for (int customer = from; customer < to; customer++) {
      int end = log.orderEnd(customer);
      if (place[customer] < 0) {
        while (refund < refunds && log.refundOrder(refund) < end) {
          refund++;
        }
        continue;
      }
      events.clear();
      for (int row = log.orderStart(customer); row < end; row++) {
        int firstRefund = refund;
        while (refund < refunds && log.refundOrder(refund) == row) {
          refund++;
        }
        int day = log.day(row);
        if (!log.qualifies(row) || day > lastDay) {
          continue;
        }
        long revenue = log.grossMinor(row);
        for (int r = firstRefund; netAtOrderDate && r < refund; r++) {
          revenue -= log.refundMinor(r);
        }
        events.addPurchase(day, revenue);
        for (int r = firstRefund; refundsBookedSeparately && r < refund; r++) {
          if (log.refundDay(r) <= lastDay) {
            events.addRefund(log.refundDay(r), day, log.refundMinor(r));
          }
        }
      }
      builder.summarize(place[customer], events, origin, out, repeatsByDay);
    }
    return repeatsByDay;
  }

  private static long[] plus(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }

  /** The orders left out, and those in the holdout period, of a range of customers. */
  private static final class Counts {
    private long ignoredOrders;
    private long ordersAfterEnd;
    private long holdoutOrders;

    Counts plus(Counts other) {
      ignoredOrders += other.ignoredOrders;
      ordersAfterEnd += other.ordersAfterEnd;
      holdoutOrders += other.holdoutOrders;
      return this;
    }
  }
}
