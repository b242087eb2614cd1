package io.retentionkit.clv;

import io.retentionkit.clv.CustomerSummaryAccumulator.CustomerEvents;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.PeriodCalendar;
import io.retentionkit.model.PeriodUnit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * Forms transactions from each customer's dated amounts and computes the summaries, as
 * {@link CustomerSummarizer} documents them: the one place that defines them, for the accumulator (a map
 * of customers' events) and the columnar path ({@link LogSummaries}, one customer at a time) alike.
 * Mutable (it reuses scratch arrays) and not thread-safe: one per thread.
 */
final class SummaryBuilder {
  private final CustomerSummarizer summarizer;
  private final PeriodCalendar calendar;
  private final long calibrationEnd;
  private final long lastDay;
  private final double unitDays;
  /**
   * One customer's purchases sorted by day, and their transactions' periods, dates and spend: reused from
   * customer to customer, which is why one builder serves one thread.
   */
  private long[] scratchKeys = new long[16];
  private long[] scratchPeriod = new long[16];
  private long[] scratchDay = new long[16];
  private long[] scratchSpend = new long[16];

  SummaryBuilder(CustomerSummarizer summarizer) {
    this.summarizer = summarizer;
    this.calendar = summarizer.policy().calendar(summarizer.mergeUnit());
    this.calibrationEnd = summarizer.calibrationEnd().toEpochDay();
    this.lastDay = summarizer.lastDay().toEpochDay();
    this.unitDays = summarizer.timeUnit().days();
  }

  CustomerSummaries build(Map<CustomerId, CustomerEvents> customers, long ignoredOrders, long ordersAfterEnd) {
    CustomerId[] ids = customers.entrySet().stream()
        .filter(e -> e.getValue().firstDay() <= calibrationEnd)
        .map(Map.Entry::getKey)
        .sorted()
        .toArray(CustomerId[]::new);
    int n = ids.length;
    long excluded = customers.size() - (long) n;
    long origin = calibrationEnd;
    for (CustomerId id : ids) {
      origin = Math.min(origin, customers.get(id).firstDay());
    }
    CustomerSummaries.Columns columns = columns(n, origin);
    for (int i = 0; i < n; i++) {
      summarize(i, customers.get(ids[i]), origin, columns, columns.repeatTransactionsByDay);
    }
    return new CustomerSummaries(summarizer, ids, LocalDate.ofEpochDay(origin), columns, ignoredOrders,
        ordersAfterEnd, excluded);
  }

  /** Grows the per-customer scratch arrays to hold {@code purchases} purchases. */
  private void ensureScratch(int purchases) {
    if (scratchKeys.length < purchases) {
      int length = Math.max(purchases, 2 * scratchKeys.length);
      scratchKeys = new long[length];
      scratchPeriod = new long[length];
      scratchDay = new long[length];
      scratchSpend = new long[length];
    }
  }

  /** Returns empty columns for {@code customers} customers, tracked from day {@code origin}. */
  CustomerSummaries.Columns columns(int customers, long origin) {
    return new CustomerSummaries.Columns(customers, summarizer.observationEnd().isPresent(), lastDay - origin + 1);
  }

  /**
   * Summarises customer {@code i}, whose first purchase is on or before the calibration end, into
   * {@code out}; counts their repeat transactions by day from {@code origin} in {@code repeatsByDay}, which
   * may be {@code out}'s or one of a part of the customers.
   */
  void summarize(int i, CustomerEvents events, long origin, CustomerSummaries.Columns out, long[] repeatsByDay) {
    int n = events.purchases;
    ensureScratch(n);
    long[] keys = scratchKeys;
    for (int k = 0; k < n; k++) {
      keys[k] = events.purchaseDay[k] * (1L << 31) + k; // sort by day, keeping the index
    }
    Arrays.sort(keys, 0, n);
    // Transactions: runs of purchases in one merge period, on one side of the calibration end.
    long[] period = scratchPeriod;
    long[] day = scratchDay;
    long[] spend = scratchSpend;
    int transactions = 0;
    for (int sorted = 0; sorted < n; sorted++) {
      long key = keys[sorted];
      int k = (int) Math.floorMod(key, 1L << 31);
      long d = events.purchaseDay[k];
      long p = periodOf(d);
      if (transactions == 0 || p != period[transactions - 1] || side(d) != side(day[transactions - 1])) {
        period[transactions] = p;
        day[transactions] = d;
        spend[transactions] = 0;
        transactions++;
      }
      spend[transactions - 1] = Math.addExact(spend[transactions - 1], events.purchaseAmount[k]);
    }
    long first = day[0];
    long holdoutSpend = 0;
    for (int r = 0; r < events.refunds; r++) {
      if (events.refundDay[r] <= calibrationEnd) {
        int t = transactionOf(events.refundOrderDay[r], period, day, transactions);
        spend[t] -= events.refundAmount[r];
      } else {
        holdoutSpend -= events.refundAmount[r];
      }
    }
    int calibrationTransactions = 0;
    long repeatSpend = 0;
    int holdoutTransactions = 0;
    for (int t = 0; t < transactions; t++) {
      if (day[t] <= calibrationEnd) {
        calibrationTransactions++;
        if (t > 0) {
          repeatSpend = Math.addExact(repeatSpend, spend[t]);
        }
      } else {
        holdoutTransactions++;
        holdoutSpend = Math.addExact(holdoutSpend, spend[t]);
      }
      if (t > 0) {
        repeatsByDay[(int) (day[t] - origin)]++;
      }
    }
    out.firstPurchaseDay[i] = first;
    out.x[i] = calibrationTransactions - 1;
    out.lastPurchaseTime[i] = (day[calibrationTransactions - 1] - first) / unitDays;
    out.age[i] = (calibrationEnd - first) / unitDays;
    out.repeatSpendMinor[i] = repeatSpend;
    if (out.holdoutTransactions.length > 0) {
      out.holdoutTransactions[i] = holdoutTransactions;
      out.holdoutSpendMinor[i] = holdoutSpend;
    }
  }

  private long periodOf(long day) {
    return summarizer.mergeUnit() == PeriodUnit.DAY ? day : calendar.index(LocalDate.ofEpochDay(day));
  }

  private int side(long day) {
    return day <= calibrationEnd ? 0 : 1;
  }

  /** The transaction holding a calibration order of {@code orderDay}; transactions are in date order. */
  private int transactionOf(long orderDay, long[] period, long[] day, int transactions) {
    long p = periodOf(orderDay);
    for (int t = transactions - 1; t > 0; t--) {
      if (period[t] == p && side(day[t]) == side(orderDay)) {
        return t;
      }
    }
    return 0;
  }
}
