package io.retentionkit.cohort;

import io.retentionkit.model.Money;
import io.retentionkit.model.PeriodCalendar;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The running counts of one cohort row while customer histories are added, and the formulas that turn
 * them into the row's cells: the one place where cell values are computed.
 */
final class RowTally {
  private final long cohortIndex;
  private final Optional<String> key;
  private final Timeline timeline;
  private final ColumnLayout layout;
  private final Currency currency;
  /** The largest offset that had begun; every observed event of the cohort lies at or before it. */
  private final int lastOffset;
  private final int columns;

  private long size;
  /** Orders and revenue by offset, 0 to {@code lastOffset}. */
  private final long[] ordersAt;
  private final long[] revenueAt;
  /** Active customers by column, except under ON_OR_AFTER (see {@link #lastOrderColumn}). */
  private final long[] active;
  /** Under ON_OR_AFTER: customers by the last column their latest order makes them active in. */
  private final long[] lastOrderColumn;
  /** Customers by the first column in which they returned. */
  private final long[] firstReturnColumn;

  RowTally(long cohortIndex, Optional<String> key, Timeline timeline, ColumnLayout layout, Currency currency) {
    this.cohortIndex = cohortIndex;
    this.key = key;
    this.timeline = timeline;
    this.layout = layout;
    this.currency = currency;
    this.lastOffset = timeline.lastStartedOffset(cohortIndex);
    this.columns = layout.columnsStarted(lastOffset);
    this.ordersAt = new long[lastOffset + 1];
    this.revenueAt = new long[lastOffset + 1];
    // Each criterion needs only one of the two: a columnar pass keeps a tally per cohort and range.
    this.active = new long[layout.isOpenEnded() ? 0 : columns];
    this.lastOrderColumn = new long[layout.isOpenEnded() ? columns : 0];
    this.firstReturnColumn = new long[columns];
  }

  /** Adds one member of the cohort, who joined on {@code entryDay}; {@code history} must be normalized. */
  void add(int entryDay, DayLedger history) {
    size++;
    boolean openEnded = layout.isOpenEnded();
    int lastActiveColumn = -1;
    int latestOrderOffset = 0;
    boolean returned = false;
    for (int i = 0; i < history.size(); i++) {
      int day = history.day(i);
      int offset = timeline.offset(cohortIndex, entryDay, day);
      int orders = history.orders(i);
      ordersAt[offset] += orders;
      revenueAt[offset] = Math.addExact(revenueAt[offset], history.revenue(i));
      if (orders == 0) {
        continue; // only refunds booked on their own date: revenue, but no activity
      }
      latestOrderOffset = offset;
      // Open-ended columns all contain column 0's span, so any return counts from column 0 on.
      int column = openEnded ? 0 : layout.columnOf(offset);
      if (!openEnded && column >= 0 && column != lastActiveColumn) {
        active[column]++;
        lastActiveColumn = column;
      }
      // The first order is no return; any other order is, a second one on the first day included.
      boolean returnedHere = orders > (day == entryDay ? 1 : 0);
      if (!returned && returnedHere && column >= 0) {
        firstReturnColumn[column]++;
        returned = true;
      }
    }
    if (openEnded) {
      lastOrderColumn[Math.min(latestOrderOffset, columns - 1)]++;
    }
  }

  /**
   * Adds one member of the cohort from their qualifying orders alone, as a columnar pass reads them: the
   * offset and revenue of order {@code i} are {@code offsets[i]} and {@code revenue[i]}, for {@code i}
   * below {@code count} (at least 1), in the order the orders were placed, the first being the one that
   * made them join. The offsets must not decrease. It counts what {@link #add} counts for the same orders
   * without refunds booked at their own dates, but needs no day ledger: with offsets in order, a column's
   * orders are consecutive, and every order after the first is a return.
   */
  void addInOrder(int[] offsets, long[] revenue, int count) {
    size++;
    boolean openEnded = layout.isOpenEnded();
    int lastActiveColumn = -1;
    for (int i = 0; i < count; i++) {
      int offset = offsets[i];
      ordersAt[offset]++;
      revenueAt[offset] = Math.addExact(revenueAt[offset], revenue[i]);
      int column = openEnded ? -1 : layout.columnOf(offset);
      if (column >= 0) {
        // Counted without a branch: whether consecutive orders share a column is a coin toss.
        active[column] += column != lastActiveColumn ? 1 : 0;
        lastActiveColumn = column;
      }
    }
    // Open-ended columns all contain column 0's span, so any return counts from column 0 on.
    for (int i = 1; i < count; i++) {
      int column = openEnded ? 0 : layout.columnOf(offsets[i]);
      if (column >= 0) {
        firstReturnColumn[column]++;
        break;
      }
    }
    if (openEnded) {
      lastOrderColumn[Math.min(offsets[count - 1], columns - 1)]++;
    }
  }

  /** Adds the members {@code other}, a tally of the same row from another part of the input, holds. */
  void combine(RowTally other) {
    size += other.size;
    addAll(ordersAt, other.ordersAt);
    for (int i = 0; i < revenueAt.length; i++) {
      revenueAt[i] = Math.addExact(revenueAt[i], other.revenueAt[i]);
    }
    addAll(active, other.active);
    addAll(lastOrderColumn, other.lastOrderColumn);
    addAll(firstReturnColumn, other.firstReturnColumn);
  }

  private static void addAll(long[] sums, long[] values) {
    for (int i = 0; i < sums.length; i++) {
      sums[i] += values[i];
    }
  }

  long cohortIndex() {
    return cohortIndex;
  }

  Optional<String> key() {
    return key;
  }

  /** Returns the row: cell values over each column's span, cumulative values over the spans so far. */
  CohortRow toRow(PeriodCalendar calendar) {
    int offsetsOver = timeline.offsetsOver(cohortIndex, lastOffset);
    long[] orderSums = prefixSums(ordersAt);
    long[] revenueSums = prefixSums(revenueAt);
    Money baseRevenue = Money.ofMinor(revenueAt[0], currency);
    long activeOnOrAfter = 0;
    long[] activeByColumn = active;
    if (layout.isOpenEnded()) {
      // Customers whose latest order is in column c or later are active in column c.
      activeByColumn = new long[columns];
      for (int c = columns - 1; c >= 0; c--) {
        activeOnOrAfter += lastOrderColumn[c];
        activeByColumn[c] = activeOnOrAfter;
      }
    }
    List<CohortCell> cells = new ArrayList<>(columns);
    long cumulativeOrders = 0;
    long cumulativeRevenue = 0;
    long returnedSoFar = 0;
    for (int c = 0; c < columns; c++) {
      CohortColumn column = layout.column(c);
      int first = column.firstOffset();
      int last = Math.min(column.lastOffset().orElse(lastOffset), lastOffset);
      long orders = orderSums[last + 1] - orderSums[first];
      long revenue = Math.subtractExact(revenueSums[last + 1], revenueSums[first]);
      // Disjoint spans add up; open-ended spans all lie within column 0's, which already holds them all.
      if (!layout.isOpenEnded() || c == 0) {
        cumulativeOrders += orders;
        cumulativeRevenue = Math.addExact(cumulativeRevenue, revenue);
      }
      returnedSoFar += firstReturnColumn[c];
      boolean complete = layout.lastOffsetToObserve(c) < offsetsOver;
      cells.add(new CohortCell(column, complete,
          new CohortValues(size, activeByColumn[c], orders, Money.ofMinor(revenue, currency), baseRevenue),
          new CohortValues(size, returnedSoFar, cumulativeOrders, Money.ofMinor(cumulativeRevenue, currency),
              baseRevenue)));
    }
    return new CohortRow(calendar.periodAt(cohortIndex), calendar.label(cohortIndex), key, size, cells);
  }

  private static long[] prefixSums(long[] values) {
    long[] sums = new long[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      sums[i + 1] = Math.addExact(sums[i], values[i]);
    }
    return sums;
  }
}
