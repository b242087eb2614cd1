package io.retentionkit.benchmarks.columnar;

import io.retentionkit.cohort.CohortAnalysis;
import io.retentionkit.cohort.CohortTable;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark (a): the monthly cohort table (active customers and revenue per cohort and month offset) of
 * the {@link SyntheticShop} log, by the library over its {@code OrderLog} (on all cores, and on one),
 * by DuckDB in process over a table loaded before measurement, and by a first-draft streams
 * implementation over the {@code Order} objects. {@code CohortTableBaselinesTest} checks that all of
 * them report the same cells.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class CohortTableBenchmark {
  private CohortAnalysis analysis;
  private ForkJoinPool oneThread;
  private DuckDbCohorts duckDb;

  /**
   * Configures the analysis and loads the orders into DuckDB, once per trial, then collects the garbage.
   *
   * @param shop the data
   * @throws SQLException if DuckDB fails
   */
  @Setup(Level.Trial)
  public void setUp(SyntheticShop shop) throws SQLException {
    analysis = CohortAnalysis.newBuilder(shop.policy).build();
    oneThread = new ForkJoinPool(1);
    duckDb = DuckDbCohorts.load(shop.log);
    // Move the gigabytes of setup data out of the young generation now, so that the first collection in
    // a measurement does not copy them: it added tens of milliseconds to single operations.
    System.gc();
  }

  /**
   * Releases DuckDB and the single-thread pool.
   *
   * @throws SQLException if DuckDB fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duckDb.close();
    oneThread.shutdown();
  }

  /**
   * The library: one parallel pass over the order log.
   *
   * @param shop the data
   * @return the table
   */
  @Benchmark
  public CohortTable library(SyntheticShop shop) {
    return analysis.analyze(shop.log);
  }

  /**
   * The library on one thread: the same pass run inside a single-thread fork-join pool.
   *
   * @param shop the data
   * @return the table
   * @throws InterruptedException if interrupted
   * @throws ExecutionException if the analysis fails
   */
  @Benchmark
  public CohortTable librarySingleThread(SyntheticShop shop) throws InterruptedException, ExecutionException {
    return oneThread.submit(() -> analysis.analyze(shop.log)).get();
  }

  /**
   * DuckDB: the query only.
   *
   * @return the cells
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public List<MonthlyCell> duckDb() throws SQLException {
    return duckDb.cells();
  }

  /**
   * Streams and collectors over the orders.
   *
   * @param shop the data
   * @return the cells
   */
  @Benchmark
  public List<MonthlyCell> streams(SyntheticShop shop) {
    return StreamsCohorts.cells(shop.orders, shop.policy);
  }
}
