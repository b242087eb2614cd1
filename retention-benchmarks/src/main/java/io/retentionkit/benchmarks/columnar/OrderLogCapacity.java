package io.retentionkit.benchmarks.columnar;

import io.retentionkit.benchmarks.data.SyntheticOrders;
import io.retentionkit.cohort.CohortAnalysis;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.Locale;

/**
 * Checks that an order log of 50 million orders fits in a 2 GB heap: streams the synthetic log
 * ({@link SyntheticOrders#forEachRow}, ten million customers, no {@code Order} objects) into an
 * {@link OrderLog} builder, computes the monthly cohort table from the log, and prints the log's size,
 * the heap in use after a collection, and the times taken.
 *
 * <pre>
 * java -Xmx2g -cp retention-benchmarks/target/benchmarks.jar \
 *     io.retentionkit.benchmarks.columnar.OrderLogCapacity [orders, default 50000000]
 * </pre>
 *
 * <p>An {@link OutOfMemoryError} is the check failing. The rows arrive customer by customer, so the build
 * needs no regrouping; fed in another order it also needs 4 bytes per order for the new order of the rows
 * and one column's worth of spare space while the columns are gathered.
 */
public final class OrderLogCapacity {
  private static final long NANOS_PER_MILLI = 1_000_000;

  private OrderLogCapacity() {}

  /**
   * Runs the check.
   *
   * @param args the number of orders, optionally
   */
  public static void main(String[] args) {
    int orders = args.length > 0 ? Integer.parseInt(args[0]) : 50_000_000;
    PrintStream out = System.out;
    AnalysisPolicy policy = SyntheticOrders.DEFAULT_POLICY;
    SyntheticOrders generator = SyntheticOrders.newBuilder().customers(orders / 5).orders(orders)
        .seed(SyntheticShop.SEED).build();

    long start = System.nanoTime();
    OrderLog.Builder builder = OrderLog.newBuilder(policy).expectedOrders(orders);
    generator.forEachRow(row -> {
      builder.order(row.customerId(), Instant.ofEpochSecond(row.placedAtSecond()), row.totalMinor())
          .status(row.status()).channel(row.channel()).country(row.country());
      if (row.hasDiscountCode()) {
        builder.discountCode(row.discountCode());
      }
      if (row.hasRefund()) {
        builder.refund(row.refundMinor(), Instant.ofEpochSecond(row.refundedAtSecond()));
      }
    });
    OrderLog log = builder.build();
    long built = System.nanoTime();
    CohortTable table = CohortAnalysis.newBuilder(policy).build().analyze(log);
    long analysed = System.nanoTime();

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    long heapUsed = memory.getHeapMemoryUsage().getUsed();
    long heapMax = memory.getHeapMemoryUsage().getMax();
    out.printf(Locale.ROOT, "%s in a %,d MiB heap%n", log, heapMax >> 20);
    out.printf(Locale.ROOT, "log arrays: %,d MiB, %.1f bytes per order%n", log.arrayBytes() >> 20,
        (double) log.arrayBytes() / log.orderCount());
    out.printf(Locale.ROOT, "heap in use after a collection, log and table alive: %,d MiB%n", heapUsed >> 20);
    out.printf(Locale.ROOT, "generated and built in %,d ms; monthly cohort table (%d cohorts) in %,d ms%n",
        (built - start) / NANOS_PER_MILLI, table.rows().size(), (analysed - built) / NANOS_PER_MILLI);
  }
}
