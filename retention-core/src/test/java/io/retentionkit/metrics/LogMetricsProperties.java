package io.retentionkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.Order;
import io.retentionkit.model.Period;
import io.retentionkit.testing.TwistedOrders;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The metrics of an {@link OrderLog} equal the metrics the accumulator computes from the same orders,
 * under random policies (currencies converted with rounding, every refund policy and qualifying rule),
 * random settings and random windows, whether one thread or several compute them.
 */
final class LogMetricsProperties {
  private static final int CUSTOMERS = 200;
  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void theMetricsOfALogEqualTheMetricsOfItsOrders(long seed) {
    TwistedOrders input = TwistedOrders.withSeed(seed, CUSTOMERS);
    SplittableRandom random = input.random();
    OrderLog log = OrderLog.from(input.orders(), input.policy());
    for (int trial = 0; trial < 6; trial++) {
      MetricsAnalysis analysis = randomAnalysis(input, random);
      LocalDate start = FIRST_DAY.plusDays(random.nextInt(-30, 760));
      Period window = Period.of(start, start.plusDays(random.nextInt(1, 400)), input.policy().zone());
      MetricsSummary expected = accumulate(analysis, window, input.orders());
      assertEquals(expected, LogMetrics.analyze(analysis, log, window, 1), () -> window + " " + analysis);
      int ranges = random.nextInt(2, 12);
      assertEquals(expected, LogMetrics.analyze(analysis, log, window, ranges), () -> ranges + " ranges " + window);
    }
  }

  private static MetricsSummary accumulate(MetricsAnalysis analysis, Period window, List<Order> orders) {
    MetricsAccumulator accumulator = analysis.newAccumulator(window);
    orders.forEach(accumulator);
    return accumulator.result();
  }

  private static MetricsAnalysis randomAnalysis(TwistedOrders input, SplittableRandom random) {
    MetricsAnalysis.Builder builder = MetricsAnalysis.newBuilder(input.policy());
    if (random.nextBoolean()) {
      builder.lookBackDays(random.nextInt(1, 500));
    }
    if (random.nextBoolean()) {
      builder.churnThresholdDays(random.nextInt(1, 500));
    }
    if (random.nextBoolean()) {
      builder.secondPurchaseDays(random.nextInt(1, 200));
    }
    if (random.nextBoolean()) {
      builder.paretoFraction(random.nextInt(1, 101) / 100.0);
    }
    if (random.nextBoolean()) {
      builder.expectedLifespan(random.nextInt(1, 20) / 2.0);
    }
    return builder.build();
  }
}
