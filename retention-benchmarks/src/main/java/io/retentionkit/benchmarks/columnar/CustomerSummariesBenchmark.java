package io.retentionkit.benchmarks.columnar;

import io.retentionkit.benchmarks.data.SyntheticOrders;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.CustomerSummarizer;
import io.retentionkit.clv.DurationUnit;
import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark (b): the customer summaries the CLV models are fitted on (x, t_x, T in weeks, the repeat spend
 * behind m̄, and holdout transactions) of the {@link SyntheticShop} log, calibrated on its first 24 months
 * and held out on the last 12, by the library over the order log, by DuckDB in process over a table
 * loaded before measurement, and by a first-draft streams implementation over the orders. The library
 * sorts the customers by id once per log (on its first run, in the warm-up);
 * {@code CustomerSummariesBaselinesTest} checks that all of them report the same rows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class CustomerSummariesBenchmark {
  /** The last day of the calibration period: 24 months into the synthetic span. */
  public static final LocalDate CALIBRATION_END = SyntheticOrders.DEFAULT_START.plusMonths(24).minusDays(1);
  /** The last day of the holdout period: the end of the synthetic span. */
  public static final LocalDate OBSERVATION_END = SyntheticOrders.DEFAULT_END.minusDays(1);

  private CustomerSummarizer summarizer;
  private DuckDbCohorts database;
  private DuckDbSummaries duckDb;

  /**
   * Configures the summarizer and loads the orders into DuckDB, once per trial.
   *
   * @param shop the data
   * @throws SQLException if DuckDB fails
   */
  @Setup(Level.Trial)
  public void setUp(SyntheticShop shop) throws SQLException {
    summarizer = summarizer(shop);
    database = DuckDbCohorts.load(shop.log);
    duckDb = new DuckDbSummaries(database, shop.log, CALIBRATION_END, OBSERVATION_END);
  }

  /**
   * Releases DuckDB.
   *
   * @throws SQLException if DuckDB fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    database.close();
  }

  /**
   * Returns the summarizer of the benchmark: weeks, transactions merged per day, 24 months calibration.
   *
   * @param shop the data
   * @return the summarizer
   */
  public static CustomerSummarizer summarizer(SyntheticShop shop) {
    return CustomerSummarizer.newBuilder().policy(shop.policy).timeUnit(DurationUnit.WEEK)
        .calibrationEnd(CALIBRATION_END).observationEnd(OBSERVATION_END).build();
  }

  /**
   * The library: two parallel passes over the order log.
   *
   * @param shop the data
   * @return the summaries
   */
  @Benchmark
  public CustomerSummaries library(SyntheticShop shop) {
    return summarizer.summarize(shop.log);
  }

  /**
   * DuckDB: the query only.
   *
   * @return the rows
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public List<SummaryRow> duckDb() throws SQLException {
    return duckDb.rows();
  }

  /**
   * Streams and collectors over the orders.
   *
   * @param shop the data
   * @return the rows
   */
  @Benchmark
  public List<SummaryRow> streams(SyntheticShop shop) {
    return StreamsSummaries.rows(shop.orders, shop.policy, CALIBRATION_END, OBSERVATION_END);
  }
}
