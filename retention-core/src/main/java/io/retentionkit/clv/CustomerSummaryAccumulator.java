package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.metrics.Accumulator;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Accumulates orders into {@link CustomerSummaries} as a {@link CustomerSummarizer} defines them.
 *
 * <p>Mutable and not thread-safe; {@link #accept} and {@link #combine} are the accumulator and combiner
 * of {@link CustomerSummarizer#collector()}. The state is each customer's dated amounts; transactions are
 * formed only in {@link #result()}, so how the orders were split never changes the result.
 *
 * @since 0.1.0
 */
public final class CustomerSummaryAccumulator
    implements Accumulator<Order, CustomerSummaryAccumulator, CustomerSummaries> {
  private final CustomerSummarizer summarizer;
  private final AnalysisPolicy policy;
  private final long calibrationEnd;
  private final long lastDay;
  private final Map<CustomerId, CustomerEvents> customers = new HashMap<>();
  private long ignoredOrders;
  private long ordersAfterEnd;
  private long holdoutOrders;

  CustomerSummaryAccumulator(CustomerSummarizer summarizer) {
    this.summarizer = summarizer;
    this.policy = summarizer.policy();
    this.calibrationEnd = summarizer.calibrationEnd().toEpochDay();
    this.lastDay = summarizer.lastDay().toEpochDay();
  }

  /**
   * Adds one order.
   *
   * @param order the order
   * @throws NullPointerException if {@code order} is null
   * @throws IllegalArgumentException if an amount of the order cannot be converted into the reporting
   *     currency
   */
  @Override
  public void accept(Order order) {
    requireNonNull(order, "order");
    if (!policy.qualifies(order)) {
      ignoredOrders++;
      return;
    }
    long day = policy.localDate(order.placedAt()).toEpochDay();
    if (day > lastDay) {
      ordersAfterEnd++;
      return;
    }
    if (day > calibrationEnd) {
      holdoutOrders++;
    }
    CustomerEvents events = customers.computeIfAbsent(order.customerId(), id -> new CustomerEvents());
    events.addPurchase(day, policy.revenueAtOrderDateMinor(order));
    if (policy.refundsBookedSeparately()) {
      for (int i = 0; i < order.refunds().size(); i++) {
        long refundDay = policy.localDate(order.refunds().get(i).refundedAt()).toEpochDay();
        if (refundDay <= lastDay) {
          events.addRefund(refundDay, day, policy.refundMinor(order, i));
        }
      }
    }
  }

  /**
   * Adds everything {@code other} has accumulated.
   *
   * @param other an accumulator of an equal {@link CustomerSummarizer}; must not be used afterwards
   * @return this accumulator
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} was made by a differently configured summarizer
   */
  @Override
  public CustomerSummaryAccumulator combine(CustomerSummaryAccumulator other) {
    requireNonNull(other, "other");
    requireArgument(summarizer.equals(other.summarizer),
        "accumulators must share one configuration to combine: %s and %s", summarizer, other.summarizer);
    other.customers.forEach((id, events) -> customers.merge(id, events, CustomerEvents::addAll));
    ignoredOrders += other.ignoredOrders;
    ordersAfterEnd += other.ordersAfterEnd;
    holdoutOrders += other.holdoutOrders;
    return this;
  }

  /**
   * Returns the summaries of the orders accepted so far. The accumulator stays usable.
   *
   * @return the summaries, customers in ascending id order
   * @throws IllegalStateException if there is a holdout period and no qualifying order falls in it
   */
  @Override
  public CustomerSummaries result() {
    requireHoldoutOrders(summarizer, holdoutOrders);
    return new SummaryBuilder(summarizer).build(customers, ignoredOrders, ordersAfterEnd);
  }

  /** Throws unless a summarizer with a holdout period saw {@code holdoutOrders} qualifying orders in it. */
  static void requireHoldoutOrders(CustomerSummarizer summarizer, long holdoutOrders) {
    if (summarizer.observationEnd().isPresent() && holdoutOrders == 0) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "holdout period must contain qualifying orders: none dated from %s to %s",
          summarizer.calibrationEnd().plusDays(1), summarizer.lastDay()));
    }
  }

  /** One customer's dated amounts, in arrival order, in minor units of the reporting currency. */
  static final class CustomerEvents {
    long[] purchaseDay = new long[2];
    long[] purchaseAmount = new long[2];
    int purchases;
    long[] refundDay = new long[0];
    long[] refundOrderDay = new long[0];
    long[] refundAmount = new long[0];
    int refunds;

    void addPurchase(long day, long amount) {
      if (purchases == purchaseDay.length) {
        purchaseDay = Arrays.copyOf(purchaseDay, 2 * purchases);
        purchaseAmount = Arrays.copyOf(purchaseAmount, 2 * purchases);
      }
      purchaseDay[purchases] = day;
      purchaseAmount[purchases++] = amount;
    }

    void addRefund(long day, long orderDay, long amount) {
      if (refunds == refundDay.length) {
        int capacity = Math.max(2, 2 * refunds);
        refundDay = Arrays.copyOf(refundDay, capacity);
        refundOrderDay = Arrays.copyOf(refundOrderDay, capacity);
        refundAmount = Arrays.copyOf(refundAmount, capacity);
      }
      refundDay[refunds] = day;
      refundOrderDay[refunds] = orderDay;
      refundAmount[refunds++] = amount;
    }

    /** Forgets every purchase and refund, keeping the arrays, so that one instance serves many customers. */
    void clear() {
      purchases = 0;
      refunds = 0;
    }

    CustomerEvents addAll(CustomerEvents other) {
      for (int i = 0; i < other.purchases; i++) {
        addPurchase(other.purchaseDay[i], other.purchaseAmount[i]);
      }
      for (int i = 0; i < other.refunds; i++) {
        addRefund(other.refundDay[i], other.refundOrderDay[i], other.refundAmount[i]);
      }
      return this;
    }

    long firstDay() {
      long first = Long.MAX_VALUE;
      for (int i = 0; i < purchases; i++) {
        first = Math.min(first, purchaseDay[i]);
      }
      return first;
    }
  }
}
