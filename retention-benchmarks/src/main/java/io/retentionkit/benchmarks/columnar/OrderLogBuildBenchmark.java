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
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark (d): building the {@code OrderLog} of the {@link SyntheticShop} orders, which have text
 * customer ids and arrive in chronological order (so every customer's orders must be gathered), against
 * the first step a streams implementation takes, grouping the orders by customer. Orders per second are
 * the order count divided by the time per operation.
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
   * Groups the orders by customer with a collector.
   *
   * @param shop the data
   * @return the orders by customer
   */
  @Benchmark
  public Map<CustomerId, List<Order>> groupWithStreams(SyntheticShop shop) {
    return shop.orders.stream().collect(Collectors.groupingBy(Order::customerId));
  }
}
