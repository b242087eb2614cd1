package io.retentionkit.benchmarks.columnar;

import io.retentionkit.benchmarks.data.SyntheticOrders;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The data every columnar benchmark reads, generated once per trial from a fixed seed: a 36-month
 * synthetic log ({@link SyntheticOrders}) of {@code customers} customers and at most five orders per
 * customer on average (1,000,000 customers give 5,000,000 orders), as {@link Order} objects in the
 * chronological order a shop export lists them, and the {@link OrderLog} built from them.
 */
@State(Scope.Benchmark)
public class SyntheticShop {
  /** The seed of every benchmark's data. */
  public static final long SEED = 42L;

  /** How many customers the log holds; the orders are capped at five per customer. */
  @Param({"1000000"})
  public int customers;

  /** The default policy of the synthetic shop: Europe/Amsterdam, euros, net revenue at the order date. */
  public final AnalysisPolicy policy = SyntheticOrders.DEFAULT_POLICY;
  /** The orders, chronological. */
  public List<Order> orders;
  /** The orders' log under {@link #policy}. */
  public OrderLog log;

  /** Generates the orders and builds their log. */
  @Setup(Level.Trial)
  public void setUp() {
    orders = generate(customers);
    log = OrderLog.from(orders, policy);
  }

  /**
   * Returns the synthetic log of {@code customers} customers, capped at five orders per customer.
   *
   * @param customers how many customers
   * @return the orders, chronological
   */
  public static List<Order> generate(int customers) {
    return SyntheticOrders.newBuilder().customers(customers).orders(5L * customers).seed(SEED).build().orders();
  }
}
