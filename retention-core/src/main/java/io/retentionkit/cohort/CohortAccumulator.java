package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.metrics.Accumulator;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import io.retentionkit.model.Refund;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accumulates orders into a {@link CohortTable} of one {@link CohortAnalysis}: orders one at a time, in
 * any order, partial accumulators {@linkplain #combine combined} in any grouping, and a {@link #result()}
 * equal to that of {@link CohortAnalysis#analyze} over the same orders.
 *
 * <p>It keeps, per customer, the first qualifying order and the orders and revenue per shop-local day
 * (orders and refunds of one day share an entry when they arrive one after the other), never the orders
 * themselves.
 *
 * <p>Mutable and not thread-safe; {@link #accept} and {@link #combine} are the accumulator and combiner of
 * {@link CohortAnalysis#collector()}, which is how parallel streams use it safely.
 *
 * @since 0.1.0
 */
public final class CohortAccumulator implements Accumulator<Order, CohortAccumulator, CohortTable> {
  private final CohortAnalysis analysis;
  private final AnalysisPolicy policy;
  private final Map<CustomerId, CustomerHistory> customers = new HashMap<>();

  private long orders;
  private long qualifyingOrders;
  private long nonQualifyingOrders;
  private long ordersAfterAsOf;
  private long refundsAfterAsOf;
  /**
   * The latest shop-local epoch day of an order or refund seen, for a default as-of instant; only kept
   * without an explicit one. {@code Long.MIN_VALUE} until an order arrives.
   */
  private long lastEventDay = Long.MIN_VALUE;

  CohortAccumulator(CohortAnalysis analysis) {
    this.analysis = analysis;
    this.policy = analysis.policy();
  }

  /**
   * Adds one order. An order placed at or after the analysis' as-of instant, or one that does not qualify
   * under the policy, is only counted in {@link CohortTable#input()}.
   *
   * @param order the order
   * @throws NullPointerException if {@code order} is null
   * @throws IllegalArgumentException if an amount of the order cannot be converted into the reporting
   *     currency; the accumulator is then unchanged
   */
  @Override
  public void accept(Order order) {
    requireNonNull(order, "order");
    Optional<Instant> asOf = analysis.asOf();
    if (asOf.isPresent() && !order.placedAt().isBefore(asOf.get())) {
      orders++;
      ordersAfterAsOf++;
      return;
    }
    Order observed = asOf.isPresent() ? withoutRefundsFrom(order, asOf.get()) : order;
    int refundsIgnored = order.refunds().size() - observed.refunds().size();
    if (!policy.qualifies(observed)) {
      orders++;
      nonQualifyingOrders++;
      refundsAfterAsOf += refundsIgnored;
      noteEvents(order);
      return;
    }
    // Convert every amount before changing any state, so that a failed conversion leaves no trace.
    int day = epochDay(observed.placedAt());
    long revenue = policy.revenueAtOrderDateMinor(observed);
    List<Refund> refunds = observed.refunds();
    int[] refundDays = new int[policy.refundsBookedSeparately() ? refunds.size() : 0];
    long[] refundAmounts = new long[refundDays.length];
    for (int i = 0; i < refundDays.length; i++) {
      refundDays[i] = epochDay(refunds.get(i).refundedAt());
      refundAmounts[i] = policy.refundMinor(observed, i);
    }

    CustomerHistory history = customers.get(observed.customerId());
    if (history == null) {
      history = new CustomerHistory(observed.placedAt(), observed.id(), day, keyOf(observed));
      customers.put(observed.customerId(), history);
    } else {
      history.offerEntry(observed.placedAt(), observed.id(), day, () -> keyOf(observed));
    }
    history.add(day, 1, revenue);
    for (int i = 0; i < refundDays.length; i++) {
      history.add(refundDays[i], 0, -refundAmounts[i]);
    }
    orders++;
    qualifyingOrders++;
    refundsAfterAsOf += refundsIgnored;
    noteEvents(order);
  }

  /**
   * Adds everything {@code other} has accumulated; {@code other} must not be used afterwards.
   *
   * @param other an accumulator of an equal analysis
   * @return this accumulator
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is this accumulator or belongs to an analysis with
   *     other settings
   */
  @Override
  public CohortAccumulator combine(CohortAccumulator other) {
    requireNonNull(other, "other");
    requireArgument(other != this, "other must not be this accumulator");
    requireArgument(analysis.equals(other.analysis),
        "other must accumulate the same analysis: %s, not %s", analysis, other.analysis);
    other.customers.forEach((id, theirs) -> {
      CustomerHistory mine = customers.putIfAbsent(id, theirs);
      if (mine != null) {
        mine.absorb(theirs);
      }
    });
    orders += other.orders;
    qualifyingOrders += other.qualifyingOrders;
    nonQualifyingOrders += other.nonQualifyingOrders;
    ordersAfterAsOf += other.ordersAfterAsOf;
    refundsAfterAsOf += other.refundsAfterAsOf;
    lastEventDay = Math.max(lastEventDay, other.lastEventDay);
    return this;
  }

  /**
   * Returns the cohort table of the orders accumulated so far; the accumulator stays usable.
   *
   * @return the table
   */
  @Override
  public CohortTable result() {
    InputCounts input = new InputCounts(orders, qualifyingOrders, nonQualifyingOrders, ordersAfterAsOf,
        refundsAfterAsOf);
    return TableAssembler.assemble(analysis, asOf(), customers.values(), input);
  }

  /** Returns the explicit as-of instant, or the start of the local day after the latest event's. */
  private Optional<Instant> asOf() {
    if (analysis.asOf().isPresent() || lastEventDay == Long.MIN_VALUE) {
      return analysis.asOf();
    }
    return Optional.of(analysis.asOfAfter(LocalDate.ofEpochDay(lastEventDay)));
  }

  private Optional<String> keyOf(Order firstOrder) {
    return analysis.breakdown().flatMap(breakdown -> breakdown.keyOf(firstOrder));
  }

  private int epochDay(Instant instant) {
    return Math.toIntExact(policy.localDate(instant).toEpochDay());
  }

  private void noteEvents(Order order) {
    if (analysis.asOf().isPresent()) {
      return;
    }
    noteEvent(order.placedAt());
    for (Refund refund : order.refunds()) {
      noteEvent(refund.refundedAt());
    }
  }

  private void noteEvent(Instant instant) {
    lastEventDay = Math.max(lastEventDay, policy.localDate(instant).toEpochDay());
  }

  /** Returns the order as it stood at {@code asOf}: without the refunds made at or after it. */
  private static Order withoutRefundsFrom(Order order, Instant asOf) {
    if (order.refunds().stream().allMatch(refund -> refund.refundedAt().isBefore(asOf))) {
      return order;
    }
    List<Refund> kept = order.refunds().stream().filter(refund -> refund.refundedAt().isBefore(asOf)).toList();
    return new Order(order.id(), order.customerId(), order.placedAt(), order.total(), order.status(), kept,
        order.discountCode(), order.channel(), order.country(), order.email(), order.guestCheckout(),
        order.lineItems());
  }
}
