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
    long refundsMinor) {}
