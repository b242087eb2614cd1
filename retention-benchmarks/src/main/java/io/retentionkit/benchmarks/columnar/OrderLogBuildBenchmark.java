package io.retentionkit.benchmarks.columnar;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Param;
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
 *
 * <p>Each benchmark's state holds only its own input, not the shared {@link SyntheticShop} with its orders
 * and prebuilt log: gigabytes of objects that no build reads would keep the heap above G1's threshold for
 * concurrent marking, whose thread would then take one of two cores from every build.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class OrderLogBuildBenchmark {
  private static final AnalysisPolicy POLICY = new SyntheticShop().policy;

  /**
   * Builds the log from the orders.
   *
   * @param orders the orders
   * @return the log
   */
  @Benchmark
  public OrderLog fromOrders(Orders orders) {
    return OrderLog.from(orders.orders, POLICY);
  }

  /**
   * Builds the log from the same orders as primitive columns with fresh customer id strings, through
   * {@link OrderLog#newBuilder}: appending every row and building.
   *
   * @param rows the orders as columns
   * @return the log
   */
  @Benchmark
  public OrderLog fromRows(Rows rows) {
    return rows.rows.build(POLICY);
  }

  /**
   * Groups the orders by customer with a collector.
   *
   * @param orders the orders
   * @return the orders by customer
   */
  @Benchmark
  public Map<CustomerId, List<Order>> groupWithStreams(Orders orders) {
    return orders.orders.stream().collect(Collectors.groupingBy(Order::customerId));
  }

  /**
   * The shop's orders, as objects laid out in memory either in the order of the list (as an importer
   * allocates them reading a chronological file) or as the generator allocated them, customer by customer,
   * before sorting them by time: then consecutive orders of the list lie far apart.
   */
  @State(Scope.Benchmark)
  public static class Orders {
    /** How many customers the shop has, as in {@link SyntheticShop#customers}. */
    @Param({"1000000"})
    public int customers;
    /** {@code "fileOrder"} or {@code "generatorOrder"}. */
    @Param({"fileOrder", "generatorOrder"})
    public String allocation;
    /** The orders, chronological. */
    public List<Order> orders;

    /** Generates the shop's orders and copies them in list order, or takes them as they are. */
    @Setup(Level.Trial)
    public void setUp() {
      take(SyntheticShop.generate(customers));
    }

    /**
     * Copies {@code generated} in list order, or takes it as it is.
     *
     * @param generated the orders as the generator made them
     */
    public void take(List<Order> generated) {
      orders = switch (allocation) {
        case "fileOrder" -> generated.stream().map(Orders::copy).toList();
        case "generatorOrder" -> generated;
        default -> throw new IllegalArgumentException("allocation must be fileOrder or generatorOrder: " + allocation);
      };
      System.gc(); // settles the copies before measurement: a full collection compacts without reordering
    }

    /** Returns a copy of {@code order} that shares none of its objects but the attribute strings. */
    private static Order copy(Order order) {
      Order.Builder copy = Order.builder(OrderId.of(fresh(order.id().value())),
              CustomerId.of(fresh(order.customerId().value())),
              Instant.ofEpochSecond(order.placedAt().getEpochSecond(), order.placedAt().getNano()),
              Money.ofMinor(order.total().minorUnits(), order.total().currency()))
          .status(order.status())
          .guestCheckout(order.guestCheckout());
      order.channel().ifPresent(copy::channel);
      order.country().ifPresent(copy::country);
      order.discountCode().ifPresent(copy::discountCode);
      order.refunds().forEach(refund -> copy.refund(
          Money.ofMinor(refund.amount().minorUnits(), refund.amount().currency()),
          Instant.ofEpochSecond(refund.refundedAt().getEpochSecond(), refund.refundedAt().getNano())));
      if (!order.lineItems().isEmpty() || order.email().isPresent()) {
        throw new IllegalArgumentException("synthetic orders have no line items or e-mail addresses");
      }
      return copy.build();
    }

    private static String fresh(String value) {
      return new String(value.toCharArray());
    }
  }

  /**
   * The shop's orders as the columns an importer parsed: made once per trial, with new strings for every
   * build (an invocation of about a second), since a string that was hashed once keeps its hash code.
   */
  @State(Scope.Benchmark)
  public static class Rows {
    /** How many customers the shop has, as in {@link SyntheticShop#customers}. */
    @Param({"1000000"})
    public int customers;
    private ShopRows parsed;
    /** The orders as columns, with strings never hashed. */
    public ShopRows rows;

    /** Generates the shop's orders and copies them into columns, keeping only the columns. */
    @Setup(Level.Trial)
    public void parse() {
      parsed = ShopRows.of(SyntheticShop.generate(customers), POLICY);
    }

    /**
     * Gives the next build strings of its own, allocated row by row as a parser allocates them, and
     * settles them in the old generation: a parser's strings die young, a row at a time, while these,
     * all made at once, would otherwise be copied out of the young generation in the middle of the build.
     */
    @Setup(Level.Invocation)
    public void freshStrings() {
      rows = null; // the last build's strings go before the next ones are made
      rows = parsed.withFreshStrings();
      System.gc();
    }
  }
}
