package io.retentionkit.benchmarks.metrics;

import io.retentionkit.benchmarks.data.SyntheticOrders;
import io.retentionkit.metrics.MetricsAccumulator;
import io.retentionkit.metrics.MetricsAnalysis;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.model.Order;
import io.retentionkit.model.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Time to compute every order-derived metric of the last quarter of a 36-month synthetic order log
 * ({@link SyntheticOrders}, fixed seed) given as a list of orders: through {@code analyze(List, Period)}
 * (which builds an order log and passes over it in parallel), through the accumulator on one thread, and
 * through the collector on a parallel stream.
 * The whole log is passed in: the last quarter's metrics need every earlier order (activity, first orders,
 * lifetime values), so every order is read.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class MetricsSummaryBenchmark {
  private static final long SEED = 42L;

  /** How many orders the log holds. */
  @Param({"100000", "1000000"})
  public int orders;

  private List<Order> input;
  private MetricsAnalysis analysis;
  private Period lastQuarter;

  /** Generates the log and configures the analysis, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    input = SyntheticOrders.generate(orders, SEED);
    analysis = MetricsAnalysis.newBuilder(SyntheticOrders.DEFAULT_POLICY).build();
    LocalDate end = SyntheticOrders.DEFAULT_END;
    lastQuarter = Period.of(end.minusMonths(3), end, SyntheticOrders.DEFAULT_ZONE);
  }

  /**
   * Analyses the list: an order log built, then one parallel pass.
   *
   * @return the summary
   */
  @Benchmark
  public MetricsSummary analyze() {
    return analysis.analyze(input, lastQuarter);
  }

  /**
   * Analyses the list in one sequential pass of the accumulator.
   *
   * @return the summary
   */
  @Benchmark
  public MetricsSummary accumulate() {
    MetricsAccumulator accumulator = analysis.newAccumulator(lastQuarter);
    input.forEach(accumulator);
    return accumulator.result();
  }

  /**
   * Analyses the log through the collector on a parallel stream (split, accumulate, combine).
   *
   * @return the summary
   */
  @Benchmark
  public MetricsSummary analyzeInParallel() {
    return input.parallelStream().collect(analysis.collector(lastQuarter));
  }
}
