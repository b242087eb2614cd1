package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.Order;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.testing.TwistedOrders;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The customer summaries of an {@link OrderLog} equal the summaries the accumulator computes from the
 * same orders, under random policies (currencies converted with rounding, every refund policy and
 * qualifying rule), time and merge units, calibration ends and holdout periods, whether one thread or
 * several compute them.
 */
final class LogSummariesProperties {
  private static final int CUSTOMERS = 200;
  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void theSummariesOfALogEqualTheSummariesOfItsOrders(long seed) {
    TwistedOrders input = TwistedOrders.withSeed(seed, CUSTOMERS);
    SplittableRandom random = input.random();
    OrderLog log = OrderLog.from(input.orders(), input.policy());
    for (int trial = 0; trial < 6; trial++) {
      CustomerSummarizer summarizer = randomSummarizer(input, random);
      int ranges = random.nextInt(2, 12);
      CustomerSummaries expected;
      try {
        expected = accumulate(summarizer, input.orders());
      } catch (IllegalStateException noHoldoutOrders) {
        assertEquals(noHoldoutOrders.getMessage(), assertThrows(IllegalStateException.class,
            () -> LogSummaries.summarize(summarizer, log, ranges)).getMessage());
        continue;
      }
      assertEquals(expected, LogSummaries.summarize(summarizer, log, 1), summarizer::toString);
      assertEquals(expected, LogSummaries.summarize(summarizer, log, ranges), () -> ranges + " ranges " + summarizer);
    }
  }

  private static CustomerSummaries accumulate(CustomerSummarizer summarizer, List<Order> orders) {
    CustomerSummaryAccumulator accumulator = summarizer.newAccumulator();
    orders.forEach(accumulator);
    return accumulator.result();
  }

  private static CustomerSummarizer randomSummarizer(TwistedOrders input, SplittableRandom random) {
    LocalDate calibrationEnd = FIRST_DAY.plusDays(random.nextInt(0, 760));
    CustomerSummarizer.Builder builder = CustomerSummarizer.newBuilder()
        .policy(input.policy())
        .timeUnit(DurationUnit.values()[random.nextInt(DurationUnit.values().length)])
        .calibrationEnd(calibrationEnd);
    if (random.nextBoolean()) {
      builder.mergeUnit(PeriodUnit.values()[random.nextInt(PeriodUnit.values().length)]);
    }
    if (random.nextBoolean()) {
      builder.observationEnd(calibrationEnd.plusDays(random.nextInt(1, 300)));
    }
    return builder.build();
  }
}
