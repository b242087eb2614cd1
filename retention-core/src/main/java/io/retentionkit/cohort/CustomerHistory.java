package io.retentionkit.cohort;

import io.retentionkit.model.OrderId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a cohort accumulator keeps of one customer: their first qualifying order (instant, id and
 * breakdown key) and, per shop-local day, the qualifying orders placed and the revenue booked. Offsets are
 * computed only in the result, because the first order, and so the cohort, is known only once every
 * order has been seen.
 */
final class CustomerHistory {
  private Instant entryAt;
  private OrderId entryId;
  private int entryDay;
  private Optional<String> key;

  private int size;
  private int[] days = new int[2];
  private int[] orders = new int[2];
  private long[] revenue = new long[2];
  /** Whether {@code days} is strictly ascending, so that each day appears once. */
  private boolean normalized = true;

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
    if (size > 0 && days[size - 1] == day) {
      orders[size - 1] += orderCount;
      revenue[size - 1] = Math.addExact(revenue[size - 1], revenueMinor);
      return;
    }
    if (size == days.length) {
      int capacity = size * 2;
      days = Arrays.copyOf(days, capacity);
      orders = Arrays.copyOf(orders, capacity);
      revenue = Arrays.copyOf(revenue, capacity);
    }
    normalized &= size == 0 || days[size - 1] < day;
    days[size] = day;
    orders[size] = orderCount;
    revenue[size] = revenueMinor;
    size++;
  }

  /** Adds everything {@code other}, a history of the same customer, holds. */
  void absorb(CustomerHistory other) {
    offerEntry(other.entryAt, other.entryId, other.entryDay, () -> other.key);
    for (int i = 0; i < other.size; i++) {
      add(other.days[i], other.orders[i], other.revenue[i]);
    }
  }

  /** Sorts the days and merges repeated ones; the history's content does not change. */
  void normalize() {
    if (normalized) {
      return;
    }
    // Sort (day, position) pairs packed into one long each: the signed day in the high half orders them
    // by day, the position in the low half keeps equal days apart, and nothing is boxed.
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      packed[i] = ((long) days[i] << 32) | i;
    }
    Arrays.sort(packed);
    int[] sortedDays = new int[size];
    int[] sortedOrders = new int[size];
    long[] sortedRevenue = new long[size];
    int merged = 0;
    for (long entry : packed) {
      int from = (int) entry;
      int day = (int) (entry >> 32);
      if (merged > 0 && sortedDays[merged - 1] == day) {
        sortedOrders[merged - 1] += orders[from];
        sortedRevenue[merged - 1] = Math.addExact(sortedRevenue[merged - 1], revenue[from]);
      } else {
        sortedDays[merged] = day;
        sortedOrders[merged] = orders[from];
        sortedRevenue[merged] = revenue[from];
        merged++;
      }
    }
    days = sortedDays;
    orders = sortedOrders;
    revenue = sortedRevenue;
    size = merged;
    normalized = true;
  }

  int entryDay() {
    return entryDay;
  }

  Optional<String> key() {
    return key;
  }

  /** Returns the number of distinct days; after {@link #normalize()}, the days are ascending. */
  int size() {
    return size;
  }

  int day(int i) {
    return days[i];
  }

  int orders(int i) {
    return orders[i];
  }

  long revenue(int i) {
    return revenue[i];
  }
}
