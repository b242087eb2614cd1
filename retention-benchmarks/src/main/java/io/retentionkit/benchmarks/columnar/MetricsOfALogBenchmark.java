package io.retentionkit.benchmarks.columnar;

import io.retentionkit.benchmarks.data.SyntheticOrders;
import io.retentionkit.metrics.MetricsAccumulator;
import io.retentionkit.metrics.MetricsAnalysis;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.model.Order;
import io.retentionkit.model.Period;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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
 * Benchmark (c): every order-derived metric of the last quarter of the {@link SyntheticShop} log (which
 * reads every order: activity, first orders and lifetime values reach back to the start), by one parallel
 * pass over the order log, and by the accumulator fed the {@code Order} objects one at a time on one
 * thread, the path a plugin or a plain loop takes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class MetricsOfALogBenchmark {
  private MetricsAnalysis analysis;
  private Period lastQuarter;

  /**
   * Configures the analysis, once per trial.
   *
   * @param shop the data
   */
  @Setup(Level.Trial)
  public void setUp(SyntheticShop shop) {
    analysis = MetricsAnalysis.newBuilder(shop.policy).build();
    LocalDate end = SyntheticOrders.DEFAULT_END;
    lastQuarter = Period.of(end.minusMonths(3), end, SyntheticOrders.DEFAULT_ZONE);
  }

  /**
   * The library: one parallel pass over the order log.
   *
   * @param shop the data
   * @return the summary
   */
  @Benchmark
  public MetricsSummary library(SyntheticShop shop) {
    return analysis.analyze(shop.log, lastQuarter);
  }

  /**
   * The accumulator over the orders, on one thread.
   *
   * @param shop the data
   * @return the summary
   */
  @Benchmark
  public MetricsSummary accumulator(SyntheticShop shop) {
    MetricsAccumulator accumulator = analysis.newAccumulator(lastQuarter);
    for (Order order : shop.orders) {
      accumulator.accept(order);
    }
    return accumulator.result();
  }
}
