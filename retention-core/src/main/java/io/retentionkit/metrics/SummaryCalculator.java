package io.retentionkit.metrics;

import io.retentionkit.model.Money;
import io.retentionkit.model.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one place where the order-derived metrics are computed. It is fed one customer at a time, as
 * primitive facts (sorted order days, revenues, first-order attributes), in any order, and then the
 * window's order-level totals; so the object path ({@link MetricsAccumulator}) and any columnar fast path
 * produce the same {@link MetricsSummary} from the same formulas.
 *
 * <p>Every quantity is an exact integer sum, a count or an order statistic, so the result does not depend
 * on the order in which customers arrive.
 */
final class SummaryCalculator {
  /** Order sequencing reports the steps from order k to order k + 1 for k = 1..MAX_SEQUENCE_STEP. */
  static final int MAX_SEQUENCE_STEP = 5;

  private final MetricsAnalysis analysis;
  private final Period window;
  private final long start;
  private final long end;

  private long activeAtStart;
  private long activeAtEnd;
  private long retained;
  private long churned;
  private long acquiredInWindow;
  private long buyers;
  private long repeatBuyers;
  private long returningBuyers;
  private long customersBeforeEnd;
  private long windowOrders;
  private final DayCounts gaps = new DayCounts();
  private long secondPurchaseEligible;
  private long secondPurchaseConverted;
  private long secondPurchaseCensored;
  private long returningRevenue;
  private long returningCustomersWhoOrdered;
  private long newRevenue;
  private final LongList buyerRevenues = new LongList();
  private final LongList lifetimeNets = new LongList();
  private long lifetimeNetTotal;
  private final long[] withAtLeastK = new long[MAX_SEQUENCE_STEP + 1];
  private final DayCounts[] stepGaps = new DayCounts[MAX_SEQUENCE_STEP + 1];
  private final long[] refundedFirst = new long[2];
  private final long[] unrefundedFirst = new long[2];
  private final long[] discountedFirst = new long[2];
  private final long[] undiscountedFirst = new long[2];
  private final Map<String, long[]> byChannel = new HashMap<>();

  SummaryCalculator(MetricsAnalysis analysis, Period window) {
    this.analysis = analysis;
    this.window = window;
    this.start = window.start().toEpochDay();
    this.end = window.endExclusive().toEpochDay();
    for (int k = 1; k <= MAX_SEQUENCE_STEP; k++) {
      stepGaps[k] = new DayCounts();
    }
  }

  /**
   * Adds one customer with at least one qualifying order before the window's end.
   *
   * @param days the shop-local epoch days of the customer's qualifying orders before the end, ascending
   *     in {@code days[0..orders)}
   * @param orders how many of {@code days} are used; positive
   * @param windowRevenueMinor the customer's revenue booked in the window under the refund policy
   * @param lifetimeNetMinor the net revenue of all the customer's qualifying orders before the end, minus
   *     only the refunds dated before the end
   * @param firstRefunded whether the first order has a refund
   * @param firstDiscounted whether the first order used a discount code
   * @param firstChannel the first order's channel, or {@link RepeatRateByFirstOrder#NO_CHANNEL}
   */
  void addCustomer(int[] days, int orders, long windowRevenueMinor, long lifetimeNetMinor,
      boolean firstRefunded, boolean firstDiscounted, String firstChannel) {
    long first = days[0];
    int firstInWindow = lowerBound(days, orders, start);
    int ordersInWindow = orders - firstInWindow;
    long lookBack = analysis.lookBackDays();
    boolean atStart = anyIn(days, orders, start - lookBack, start);
    boolean atEnd = anyIn(days, orders, end - lookBack, end);
    boolean isNew = first >= start;

    customersBeforeEnd++;
    if (atStart) {
      activeAtStart++;
      if (atEnd) {
        retained++;
      }
      if (!anyIn(days, orders, end - analysis.churnThresholdDays(), end)) {
        churned++;
      }
    }
    if (atEnd) {
      activeAtEnd++;
    }

    if (ordersInWindow > 0) {
      buyers++;
      windowOrders += ordersInWindow;
      if (ordersInWindow >= 2) {
        repeatBuyers++;
      }
      if (orders >= 2) {
        returningBuyers++;
      }
      buyerRevenues.add(windowRevenueMinor);
    }
    for (int i = Math.max(1, firstInWindow); i < orders; i++) {
      gaps.add(days[i] - days[i - 1]);
    }

    if (isNew) {
      acquiredInWindow++;
      newRevenue = Math.addExact(newRevenue, windowRevenueMinor);
      addNewCustomer(days, orders, first, firstRefunded, firstDiscounted, firstChannel);
    } else {
      returningRevenue = Math.addExact(returningRevenue, windowRevenueMinor);
      if (ordersInWindow > 0) {
        returningCustomersWhoOrdered++;
      }
    }

    for (int k = 1; k <= MAX_SEQUENCE_STEP && k <= orders; k++) {
      withAtLeastK[k]++;
      if (k < orders) {
        stepGaps[k].add(days[k] - days[k - 1]);
      }
    }

    lifetimeNets.add(lifetimeNetMinor);
    lifetimeNetTotal = Math.addExact(lifetimeNetTotal, lifetimeNetMinor);
  }

  private void addNewCustomer(int[] days, int orders, long first, boolean firstRefunded, boolean firstDiscounted,
      String firstChannel) {
    long followUpEnd = first + analysis.secondPurchaseDays();
    if (followUpEnd < end) {
      secondPurchaseEligible++;
      if (orders >= 2 && days[1] <= followUpEnd) {
        secondPurchaseConverted++;
      }
    } else {
      secondPurchaseCensored++;
    }
    int repeated = orders >= 2 ? 1 : 0;
    count(firstRefunded ? refundedFirst : unrefundedFirst, repeated);
    count(firstDiscounted ? discountedFirst : undiscountedFirst, repeated);
    count(byChannel.computeIfAbsent(firstChannel, channel -> new long[2]), repeated);
  }

  /** Counts one customer in a group: {@code group[0]} customers, {@code group[1]} of them repeated. */
  private static void count(long[] group, int repeated) {
    group[0]++;
    group[1] += repeated;
  }

  /**
   * Adds every customer {@code other}, a calculator of the same analysis and window fed other customers,
   * was given; {@code other} must not be used afterwards.
   */
  void combine(SummaryCalculator other) {
    activeAtStart += other.activeAtStart;
    activeAtEnd += other.activeAtEnd;
    retained += other.retained;
    churned += other.churned;
    acquiredInWindow += other.acquiredInWindow;
    buyers += other.buyers;
    repeatBuyers += other.repeatBuyers;
    returningBuyers += other.returningBuyers;
    customersBeforeEnd += other.customersBeforeEnd;
    windowOrders += other.windowOrders;
    gaps.addAll(other.gaps);
    secondPurchaseEligible += other.secondPurchaseEligible;
    secondPurchaseConverted += other.secondPurchaseConverted;
    secondPurchaseCensored += other.secondPurchaseCensored;
    returningRevenue = Math.addExact(returningRevenue, other.returningRevenue);
    returningCustomersWhoOrdered += other.returningCustomersWhoOrdered;
    newRevenue = Math.addExact(newRevenue, other.newRevenue);
    buyerRevenues.addAll(other.buyerRevenues);
    lifetimeNets.addAll(other.lifetimeNets);
    lifetimeNetTotal = Math.addExact(lifetimeNetTotal, other.lifetimeNetTotal);
    for (int k = 1; k <= MAX_SEQUENCE_STEP; k++) {
      withAtLeastK[k] += other.withAtLeastK[k];
      stepGaps[k].addAll(other.stepGaps[k]);
    }
    addGroup(refundedFirst, other.refundedFirst);
    addGroup(unrefundedFirst, other.unrefundedFirst);
    addGroup(discountedFirst, other.discountedFirst);
    addGroup(undiscountedFirst, other.undiscountedFirst);
    other.byChannel.forEach((channel, group) -> addGroup(byChannel.computeIfAbsent(channel, c -> new long[2]), group));
  }

  private static void addGroup(long[] group, long[] other) {
    group[0] += other[0];
    group[1] += other[1];
  }

  /**
   * Returns the summary, given the window's order-level totals.
   *
   * @param orders the order counts and revenue sums gathered order by order
   * @return the summary
   */
  MetricsSummary finish(OrderTally orders) {
    long totalRevenue = Math.addExact(returningRevenue, newRevenue);
    WindowTotals totals = new WindowTotals(orders.inWindow(), buyers, customersBeforeEnd,
        orders.beforeWindow(), orders.afterWindow(), orders.nonQualifying(), money(orders.grossMinor()),
        money(orders.refundsMinor()), money(orders.grossMinor() - orders.refundsMinor()), money(totalRevenue));
    ChurnRate churn = new ChurnRate(analysis.churnThresholdDays(),
        Rate.of(churned, activeAtStart, "no customers were active at the start of the window"));
    Ratio frequency = Ratio.of(windowOrders, buyers, "no customer ordered in the window");
    AverageOrderValue averageOrderValue = new AverageOrderValue(
        MoneyAverage.of(totals.grossRevenue(), orders.inWindow(), "no qualifying orders in the window"),
        MoneyAverage.of(totals.netRevenue(), orders.inWindow(), "no qualifying orders in the window"));
    return new MetricsSummary(
        window,
        totals,
        new RetentionRate(analysis.lookBackDays(), activeAtStart, activeAtEnd, acquiredInWindow, retained),
        churn,
        Rate.of(repeatBuyers, buyers, "no customer ordered in the window"),
        Rate.of(returningBuyers, buyers, "no customer ordered in the window"),
        frequency,
        averageOrderValue,
        gaps.result("no customer placed an order in the window after an earlier one"),
        new SecondPurchaseRate(analysis.secondPurchaseDays(),
            Rate.of(secondPurchaseConverted, secondPurchaseEligible,
                "no customer acquired in the window was observed for the whole follow-up period"),
            secondPurchaseCensored),
        new RevenueSplit(money(returningRevenue), returningCustomersWhoOrdered, money(newRevenue), acquiredInWindow),
        paretoShare(totalRevenue),
        historicalClv(),
        new SimpleClv(averageOrderValue.net(), frequency, expectedLifespan(churn.rate()),
            analysis.expectedLifespan().isPresent(), analysis.margin()),
        orderSequence(),
        repeatRateByFirstOrder());
  }

  private ParetoShare paretoShare(long totalRevenue) {
    int customers = buyerRevenues.size();
    long top = BigDecimal.valueOf(analysis.paretoFraction()).multiply(BigDecimal.valueOf(customers))
        .setScale(0, RoundingMode.CEILING).longValueExact();
    buyerRevenues.sort();
    long topRevenue = 0;
    for (int i = customers - 1; i >= customers - top; i--) {
      topRevenue = Math.addExact(topRevenue, buyerRevenues.get(i));
    }
    return new ParetoShare(analysis.paretoFraction(), customers, top, money(topRevenue), money(totalRevenue));
  }

  private HistoricalClv historicalClv() {
    MoneyAverage mean = MoneyAverage.of(money(lifetimeNetTotal), customersBeforeEnd,
        "no customer placed a qualifying order before the end of the window");
    if (customersBeforeEnd == 0) {
      return new HistoricalClv(mean, Optional.empty());
    }
    lifetimeNets.sort();
    int n = lifetimeNets.size();
    BigDecimal twiceMedian = BigDecimal.valueOf(lifetimeNets.get((n - 1) / 2))
        .add(BigDecimal.valueOf(lifetimeNets.get(n / 2)));
    int digits = analysis.policy().reportingCurrency().getDefaultFractionDigits();
    BigDecimal median = twiceMedian.divide(BigDecimal.valueOf(2)).movePointLeft(digits).setScale(digits + 1);
    return new HistoricalClv(mean, Optional.of(median));
  }

  private OptionalDouble expectedLifespan(Rate churn) {
    if (analysis.expectedLifespan().isPresent()) {
      return analysis.expectedLifespan();
    }
    return churn.numerator() == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 / churn.value().getAsDouble());
  }

  private List<SequenceStep> orderSequence() {
    List<SequenceStep> steps = new ArrayList<>(MAX_SEQUENCE_STEP);
    for (int k = 1; k <= MAX_SEQUENCE_STEP; k++) {
      DaysBetween daysToNext =
          stepGaps[k].result("no customer placed order " + (k + 1) + " before the end of the window");
      Rate nextOrderRate = Rate.of(daysToNext.count(), withAtLeastK[k],
          "no customer placed " + k + (k == 1 ? " order" : " orders") + " before the end of the window");
      steps.add(new SequenceStep(k, nextOrderRate, daysToNext));
    }
    return steps;
  }

  private RepeatRateByFirstOrder repeatRateByFirstOrder() {
    Map<String, Rate> channels = new HashMap<>();
    byChannel.forEach((channel, group) -> channels.put(channel, groupRate(group)));
    return new RepeatRateByFirstOrder(groupRate(refundedFirst), groupRate(unrefundedFirst),
        groupRate(discountedFirst), groupRate(undiscountedFirst), channels);
  }

  private static Rate groupRate(long[] group) {
    return Rate.of(group[1], group[0], "no customer acquired in the window is in this group");
  }

  private Money money(long minorUnits) {
    return Money.ofMinor(minorUnits, analysis.policy().reportingCurrency());
  }

  /** Returns the index of the first of {@code days[0..size)} that is {@code >= day}, or {@code size}. */
  private static int lowerBound(int[] days, int size, long day) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (days[mid] < day) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Returns whether any of the sorted {@code days[0..size)} lies in {@code [from, toExclusive)}. */
  private static boolean anyIn(int[] days, int size, long from, long toExclusive) {
    int index = lowerBound(days, size, from);
    return index < size && days[index] < toExclusive;
  }
}
