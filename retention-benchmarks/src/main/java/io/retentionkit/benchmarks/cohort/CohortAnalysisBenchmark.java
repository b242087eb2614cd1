package io.retentionkit.benchmarks.cohort;

import io.retentionkit.benchmarks.data.SyntheticOrders;
import io.retentionkit.cohort.CohortAccumulator;
import io.retentionkit.cohort.CohortAnalysis;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.model.Order;
import io.retentionkit.model.PeriodUnit;
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
 * Time to compute the cohort table of a 36-month synthetic order log ({@link SyntheticOrders}, fixed
 * seed) given as a list of orders, monthly or weekly, with the default as-of instant: through
 * {@code analyze(List)} (which builds an order log and passes over it in parallel), through the
 * order-at-a-time accumulator on one thread, and through the collector on a parallel stream.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class CohortAnalysisBenchmark {
  private static final long SEED = 42L;

  /** How many orders the log holds. */
  @Param({"100000", "1000000"})
  public int orders;

  /** The cohort period (and offset) unit. */
  @Param({"MONTH", "WEEK"})
  public PeriodUnit granularity;

  private List<Order> input;
  private CohortAnalysis analysis;

  /** Generates the log and configures the analysis, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    input = SyntheticOrders.generate(orders, SEED);
    analysis = CohortAnalysis.newBuilder(SyntheticOrders.DEFAULT_POLICY).granularity(granularity).build();
  }

  /**
   * Computes the table from the list: an order log built, then one parallel pass.
   *
   * @return the table
   */
  @Benchmark
  public CohortTable analyze() {
    return analysis.analyze(input);
  }

  /**
   * Computes the table in one sequential pass of the accumulator.
   *
   * @return the table
   */
  @Benchmark
  public CohortTable accumulate() {
    CohortAccumulator accumulator = analysis.newAccumulator();
    input.forEach(accumulator);
    return accumulator.result();
  }

  /**
   * Computes the table through the collector on a parallel stream (split, accumulate, combine).
   *
   * @return the table
   */
  @Benchmark
  public CohortTable analyzeInParallel() {
    return input.parallelStream().collect(analysis.collector());
  }
}
