package io.retentionkit.internal;

/**
 * When the object API ({@code MetricsAnalysis.analyze}, {@code CohortAnalysis.analyze},
 * {@code CustomerSummarizer.summarize} over a collection of orders) switches to building an
 * {@code OrderLog} and computing from it in parallel. One value for all three, so that a list of orders
 * takes the same path whichever result is asked of it.
 */
public final class ColumnarThreshold {
  /**
   * From this many orders on, building the order log and computing from it in parallel is faster than one
   * accumulator, even counting the build (measured by the {@code columnar} JMH benchmarks).
   */
  public static final int MIN_ORDERS = 20_000;

  private ColumnarThreshold() {}
}
