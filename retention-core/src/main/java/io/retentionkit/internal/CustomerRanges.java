package io.retentionkit.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.function.BinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Runs an aggregation over customers {@code [0, customers)} of a customer-grouped columnar log in parallel:
 * the customers are cut into contiguous ranges holding about equal numbers of orders, each range is
 * aggregated into its own partial result (so threads never share a counter), and the partials are
 * combined. Ranges run on the common {@link ForkJoinPool}, or on the pool of the calling task when called
 * from one.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class CustomerRanges {
  /** Below this many orders one range is cheaper than the fork and the combine. */
  private static final int MIN_PARALLEL_ORDERS = 50_000;
  /** Ranges per thread, so that a range of heavy customers does not leave the other threads idle. */
  private static final int RANGES_PER_THREAD = 4;

  private CustomerRanges() {}

  /** The aggregation of the customers {@code [from, to)} into a new partial result. */
  @FunctionalInterface
  public interface RangeAggregation<T> {
    /**
     * Aggregates customers {@code from} to {@code to − 1}.
     *
     * @param from the first customer
     * @param to the customer after the last
     * @return a new partial result
     */
    T aggregate(int from, int to);
  }

  /**
   * Returns how many ranges to cut a log of {@code orders} orders into: one for a small log, else a few
   * per thread of the current pool.
   *
   * @param orders the log's order count
   * @return the number of ranges; positive
   */
  public static int defaultRanges(int orders) {
    return orders < MIN_PARALLEL_ORDERS ? 1 : RANGES_PER_THREAD * ForkJoinPool.getCommonPoolParallelism();
  }

  /**
   * Aggregates the customers in {@code ranges} ranges in parallel and combines the partial results in
   * range order.
   *
   * @param customers the number of customers
   * @param orders the number of orders
   * @param orderStart the first order of each customer {@code 0} to {@code customers − 1}; non-decreasing
   * @param ranges how many ranges to cut the customers into; positive (fewer are used if there are fewer
   *     customers)
   * @param aggregation aggregates one range into a new partial result
   * @param combine combines two partial results, the earlier range's first; associative
   * @param <T> the partial result type
   * @return the combined result; {@code aggregation.aggregate(0, 0)} if there are no customers
   */
  public static <T> T reduce(int customers, int orders, IntUnaryOperator orderStart, int ranges,
      RangeAggregation<T> aggregation, BinaryOperator<T> combine) {
    Checks.requireArgument(ranges > 0, "ranges must be positive: %d", ranges);
    int count = Math.max(1, Math.min(ranges, customers));
    if (count == 1) {
      return aggregation.aggregate(0, customers);
    }
    int[] bounds = bounds(customers, orders, orderStart, count);
    return IntStream.range(0, count).parallel()
        .mapToObj(range -> aggregation.aggregate(bounds[range], bounds[range + 1]))
        .reduce(combine)
        .orElseThrow();
  }

  /** Cuts the customers at the first customer whose orders start at or after each equal share of orders. */
  private static int[] bounds(int customers, long orders, IntUnaryOperator orderStart, int count) {
    int[] bounds = new int[count + 1];
    bounds[count] = customers;
    for (int range = 1; range < count; range++) {
      long target = orders * range / count;
      int low = bounds[range - 1];
      int high = customers;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (orderStart.applyAsInt(middle) < target) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      bounds[range] = low;
    }
    return bounds;
  }
}
