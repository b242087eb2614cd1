package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;

import io.retentionkit.columnar.OrderAttribute;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.internal.CustomerRanges;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Period;
import io.retentionkit.model.RefundPolicy;
import java.util.Arrays;

/**
 * Computes the metrics of a window from an {@link OrderLog} in one parallel pass. The customers are cut
 * into ranges ({@link CustomerRanges}); each range reads its customers' orders, which the log keeps
 * together and in time order, gathers the same facts per customer that {@link MetricsAccumulator} keeps,
 * and hands them to its own {@link SummaryCalculator}; the ranges' calculators and order counts are then
 * combined, so threads never share a counter and every formula stays in the calculator.
 */
final class LogMetrics {
  private final MetricsAnalysis analysis;
  private final OrderLog log;
  private final Period window;
  private final long startDay;
  private final long endDay;
  private final boolean netAtOrderDate;
  private final boolean refundsBookedSeparately;
  /** The channel of each dictionary code, {@link RepeatRateByFirstOrder#NO_CHANNEL} for code 0. */
  private final String[] channels;

  private LogMetrics(MetricsAnalysis analysis, OrderLog log, Period window) {
    this.analysis = analysis;
    this.log = log;
    this.window = window;
    this.startDay = window.start().toEpochDay();
    this.endDay = window.endExclusive().toEpochDay();
    AnalysisPolicy policy = analysis.policy();
    this.netAtOrderDate = policy.refundPolicy() == RefundPolicy.NET_AT_ORDER_DATE;
    this.refundsBookedSeparately = policy.refundsBookedSeparately();
    this.channels = new String[log.attributeValueCount(OrderAttribute.CHANNEL) + 1];
    channels[0] = RepeatRateByFirstOrder.NO_CHANNEL;
    for (int code = 1; code < channels.length; code++) {
      channels[code] = log.attributeValue(OrderAttribute.CHANNEL, code);
    }
  }

  /**
   * Returns the metrics of {@code window} over {@code log}, cut into {@code ranges} ranges of customers.
   *
   * @throws IllegalArgumentException if the log was built under another policy
   */
  static MetricsSummary analyze(MetricsAnalysis analysis, OrderLog log, Period window, int ranges) {
    requireArgument(log.policy().equals(analysis.policy()),
        "order log must be built under the analysis' policy: %s", analysis);
    LogMetrics pass = new LogMetrics(analysis, log, window);
    Partial total = CustomerRanges.reduce(log.customerCount(), log.orderCount(), log::orderStart, ranges,
        pass::scan, Partial::combine);
    return total.calculator.finish(total.counts.tally());
  }

  /** Gathers the customers {@code [from, to)}, as {@link MetricsAccumulator#accept} does order by order. */
  private Partial scan(int from, int to) {
    Partial partial = new Partial(new SummaryCalculator(analysis, window));
    if (from == to) {
      return partial;
    }
    int[] days = new int[16];
    int refunds = log.refundCount();
    int refund = log.refundStart(log.orderStart(from));
    for (int customer = from; customer < to; customer++) {
      int orders = 0;
      boolean ascending = true;
      int first = -1;
      long lifetimeNet = 0;
      long windowRevenue = 0;
      int end = log.orderEnd(customer);
      for (int row = log.orderStart(customer); row < end; row++) {
        int firstRefund = refund;
        while (refund < refunds && log.refundOrder(refund) == row) {
          refund++;
        }
        if (!log.qualifies(row)) {
          partial.counts.nonQualifying();
          continue;
        }
        int day = log.day(row);
        if (day >= endDay) {
          partial.counts.afterWindow();
          continue;
        }
        boolean inWindow = day >= startDay;
        long gross = log.grossMinor(row);
        long refunded = 0;
        long refundedBeforeEnd = 0;
        long refundsBookedInWindow = 0;
        for (int r = firstRefund; r < refund; r++) {
          refunded += log.refundMinor(r);
          int refundDay = log.refundDay(r);
          if (refundDay < endDay) {
            refundedBeforeEnd += log.refundMinor(r);
            if (refundsBookedSeparately && refundDay >= startDay) {
              refundsBookedInWindow = Math.addExact(refundsBookedInWindow, log.refundMinor(r));
            }
          }
        }
        long net = gross - refunded;
        long revenueAtOrderDate = inWindow ? (netAtOrderDate ? net : gross) : 0;
        long refundsCounted = inWindow && !refundsBookedSeparately ? refunded : 0;

        if (orders == days.length) {
          days = Arrays.copyOf(days, 2 * orders);
        }
        ascending &= orders == 0 || days[orders - 1] <= day;
        days[orders++] = day;
        if (first < 0) {
          first = row;
        }
        // As of the end: a refund dated from the end on is not known yet (RefundsAsOf).
        lifetimeNet = Math.addExact(lifetimeNet, gross - refundedBeforeEnd);
        windowRevenue = Math.addExact(windowRevenue, Math.subtractExact(revenueAtOrderDate, refundsBookedInWindow));
        partial.counts.beforeEnd(inWindow, gross, Math.addExact(refundsCounted, refundsBookedInWindow));
      }
      if (orders > 0) {
        if (!ascending) { // a local date can run backwards across a daylight-saving change at midnight
          Arrays.sort(days, 0, orders);
        }
        partial.calculator.addCustomer(days, orders, windowRevenue, lifetimeNet, log.hasRefunds(first),
            log.attributeCode(OrderAttribute.DISCOUNT_CODE, first) != 0,
            channels[log.attributeCode(OrderAttribute.CHANNEL, first)]);
      }
    }
    return partial;
  }

  /** The calculator and order counts of one range of customers. */
  private static final class Partial {
    private final SummaryCalculator calculator;
    private final OrderTally.Counter counts = new OrderTally.Counter();

    Partial(SummaryCalculator calculator) {
      this.calculator = calculator;
    }

    Partial combine(Partial other) {
      calculator.combine(other.calculator);
      counts.combine(other.counts);
      return this;
    }
  }
}
