package io.retentionkit.benchmarks.clv;

import io.retentionkit.benchmarks.data.SyntheticCustomers;
import io.retentionkit.clv.FitOptions;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModelFamily;
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
 * Time to fit the Gamma-Gamma spend model to the repeat customers among synthetic customers
 * ({@link SyntheticCustomers}, BG/NBD purchases, fixed seed). Kept apart from {@link ClvBenchmark} because
 * it does not depend on the transaction model.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class GammaGammaBenchmark {
  private static final long SEED = 42L;

  /** How many customers, repeat customers or not. */
  @Param({"100000", "1000000"})
  public int customers;

  private SyntheticCustomers data;

  /** Draws the customers once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    data = SyntheticCustomers.generate(TransactionModelFamily.BG_NBD, customers, SEED);
  }

  /**
   * Fits Gamma-Gamma to the repeat customers' mean spends.
   *
   * @return the fit
   */
  @Benchmark
  public ModelFit<GammaGammaModel> fit() {
    return GammaGammaModel.fit(data.repeatTransactions, data.meanRepeatSpends, FitOptions.defaults());
  }
}
