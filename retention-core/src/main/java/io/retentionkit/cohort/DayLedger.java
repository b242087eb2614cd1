package io.retentionkit.cohort;

import java.util.Arrays;

/**
 * One customer's qualifying orders and booked revenue per shop-local day: what a {@link RowTally} reads
 * of a cohort member. Entries for one day arriving one after the other share an entry; {@link #normalize}
 * sorts the days and merges the rest. Mutable; {@link #clear} lets a columnar pass reuse one ledger for
 * every customer.
 */
final class DayLedger {
  private int size;
  private int[] days = new int[2];
  private int[] orders = new int[2];
  private long[] revenue = new long[2];
  /** Whether {@code days} is strictly ascending, so that each day appears once. */
  private boolean normalized = true;

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

  /** Adds every entry of {@code other}. */
  void addAll(DayLedger other) {
    for (int i = 0; i < other.size; i++) {
      add(other.days[i], other.orders[i], other.revenue[i]);
    }
  }

  /** Empties the ledger, keeping its arrays. */
  void clear() {
    size = 0;
    normalized = true;
  }

  /** Sorts the days and merges repeated ones; the ledger's content does not change. */
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

  /** Returns the number of entries; after {@link #normalize()}, of distinct days, ascending. */
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
