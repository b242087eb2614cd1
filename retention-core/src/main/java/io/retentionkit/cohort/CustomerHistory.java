package io.retentionkit.cohort;

import io.retentionkit.model.OrderId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a cohort accumulator keeps of one customer: their first qualifying order (instant, id and
 * breakdown key) and, in a {@link DayLedger}, the qualifying orders placed and the revenue booked per
 * shop-local day. Offsets are computed only in the result, because the first order, and so the cohort, is
 * known only once every order has been seen.
 */
final class CustomerHistory {
  private Instant entryAt;
  private OrderId entryId;
  private int entryDay;
  private Optional<String> key;
  private final DayLedger ledger = new DayLedger();

  CustomerHistory(Instant entryAt, OrderId entryId, int entryDay, Optional<String> key) {
    this.entryAt = entryAt;
    this.entryId = entryId;
    this.entryDay = entryDay;
    this.key = key;
  }

  /**
   * Makes the given order the customer's first if it precedes the current first (ties broken by the
   * smaller order id, so the outcome does not depend on the order of arrival).
   */
  void offerEntry(Instant at, OrderId id, int day, Supplier<Optional<String>> keyOfOrder) {
    if (precedesEntry(at, id)) {
      entryAt = at;
      entryId = id;
      entryDay = day;
      key = keyOfOrder.get();
    }
  }

  private boolean precedesEntry(Instant at, OrderId id) {
    int byTime = at.compareTo(entryAt);
    return byTime < 0 || byTime == 0 && id.compareTo(entryId) < 0;
  }

  /** Records {@code orderCount} orders and {@code revenueMinor} of revenue on epoch day {@code day}. */
  void add(int day, int orderCount, long revenueMinor) {
    ledger.add(day, orderCount, revenueMinor);
  }

  /** Adds everything {@code other}, a history of the same customer, holds. */
  void absorb(CustomerHistory other) {
    offerEntry(other.entryAt, other.entryId, other.entryDay, () -> other.key);
    ledger.addAll(other.ledger);
  }

  int entryDay() {
    return entryDay;
  }

  Optional<String> key() {
    return key;
  }

  /** Returns the customer's days; normalize it before reading offsets from it. */
  DayLedger ledger() {
    return ledger;
  }
}
