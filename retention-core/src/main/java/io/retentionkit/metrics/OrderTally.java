package io.retentionkit.metrics;

/**
 * The order-level counts and revenue sums of one window, gathered order by order; customer-level facts go
 * to {@link SummaryCalculator} separately.
 *
 * @param inWindow qualifying orders dated in the window
 * @param beforeWindow qualifying orders dated before the window
 * @param afterWindow qualifying orders dated on or after the window's end
 * @param nonQualifying orders the qualifying rule rejects
 * @param grossMinor the totals of the window's orders, in reporting-currency minor units
 * @param refundsMinor the refunds netted against {@code grossMinor} (see {@link WindowTotals})
 */
record OrderTally(long inWindow, long beforeWindow, long afterWindow, long nonQualifying, long grossMinor,
    long refundsMinor) {

  /**
   * Gathers a tally order by order, for {@link MetricsAccumulator} and for each range of customers of
   * {@link LogMetrics}; counters of different parts of the input {@linkplain #combine combine}.
   */
  static final class Counter {
    private long inWindow;
    private long beforeWindow;
    private long afterWindow;
    private long nonQualifying;
    private long grossMinor;
    private long refundsMinor;

    /** Counts an order the qualifying rule rejects. */
    void nonQualifying() {
      nonQualifying++;
    }

    /** Counts a qualifying order dated on or after the window's end. */
    void afterWindow() {
      afterWindow++;
    }

    /**
     * Counts a qualifying order dated before the window's end: in the window with its gross total, or
     * before it; and the refunds of it that are netted against the window's gross revenue.
     *
     * @throws ArithmeticException if a sum overflows a {@code long}
     */
    void beforeEnd(boolean orderInWindow, long gross, long refunds) {
      if (orderInWindow) {
        inWindow++;
        grossMinor = Math.addExact(grossMinor, gross);
      } else {
        beforeWindow++;
      }
      refundsMinor = Math.addExact(refundsMinor, refunds);
    }

    /**
     * Adds the counts of {@code other}, a counter of another part of the input.
     *
     * @throws ArithmeticException if a sum overflows a {@code long}
     */
    Counter combine(Counter other) {
      inWindow += other.inWindow;
      beforeWindow += other.beforeWindow;
      afterWindow += other.afterWindow;
      nonQualifying += other.nonQualifying;
      grossMinor = Math.addExact(grossMinor, other.grossMinor);
      refundsMinor = Math.addExact(refundsMinor, other.refundsMinor);
      return this;
    }

    /** Returns the tally so far. */
    OrderTally tally() {
      return new OrderTally(inWindow, beforeWindow, afterWindow, nonQualifying, grossMinor, refundsMinor);
    }
  }
}
