package io.retentionkit.benchmarks.columnar;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark (d): building the {@code OrderLog} of the {@link SyntheticShop} orders, which have text
 * customer ids and arrive in chronological order (so every customer's orders must be gathered), from the
 * {@code Order} objects ({@link #fromOrders}) and from the same orders as parsed columns fed to the
 * builder ({@link #fromRows}, what an importer does), against the first step a streams implementation
 * takes, grouping the orders by customer. Orders per second are the order count divided by the time per
 * operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class OrderLogBuildBenchmark {

  /**
   * Builds the log from the orders.
   *
   * @param shop the data
   * @return the log
   */
  @Benchmark
  public OrderLog fromOrders(SyntheticShop shop) {
    return OrderLog.from(shop.orders, shop.policy);
  }

  /**
   * Builds the log from the same orders as primitive columns with fresh customer id strings, through
   * {@link OrderLog#newBuilder}: appending every row and building.
   *
   * @param shop the data
   * @param rows the orders as columns
   * @return the log
   */
  @Benchmark
  public OrderLog fromRows(SyntheticShop shop, Rows rows) {
    return rows.rows.build(shop.policy);
  }

  /**
   * Groups the orders by customer with a collector.
   *
   * @param shop the data
   * @return the orders by customer
   */
  @Benchmark
  public Map<CustomerId, List<Order>> groupWithStreams(SyntheticShop shop) {
    return shop.orders.stream().collect(Collectors.groupingBy(Order::customerId));
  }

  /** The shop's orders as the columns an importer parsed, prepared once per trial. */
  @State(Scope.Benchmark)
  public static class Rows {
    /** The orders as columns. */
    public ShopRows rows;

    /**
     * Copies the shop's orders into columns.
     *
     * @param shop the data
     */
    @Setup(Level.Trial)
    public void setUp(SyntheticShop shop) {
      rows = ShopRows.of(shop.orders, shop.policy);
    }
  }
}
