package io.retentionkit.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.Order;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.testing.TwistedOrders;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cohort table of an {@link OrderLog} equals the table the accumulator computes from the same orders,
 * under random policies (currencies converted with rounding, every refund policy and qualifying rule) and
 * random analyses (granularity, rolling windows, return criteria, column caps, breakdowns, as-of instants
 * that fall on orders and refunds), whether one thread or several compute it.
 */
final class LogCohortsProperties {
  private static final int CUSTOMERS = 200;
  private static final List<Optional<CohortBreakdown>> BREAKDOWNS = List.of(Optional.empty(),
      Optional.of(CohortBreakdown.CHANNEL), Optional.of(CohortBreakdown.DISCOUNT_CODE),
      Optional.of(CohortBreakdown.COUNTRY), Optional.of(CohortBreakdown.FIRST_SKU));

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void theTableOfALogEqualsTheTableOfItsOrders(long seed) {
    TwistedOrders input = TwistedOrders.withSeed(seed, CUSTOMERS);
    SplittableRandom random = input.random();
    OrderLog log = OrderLog.from(input.orders(), input.policy());
    for (int trial = 0; trial < 6; trial++) {
      CohortAnalysis analysis = randomAnalysis(input, random);
      CohortTable expected = accumulate(analysis, input.orders());
      assertEquals(expected, LogCohorts.analyze(analysis, log, 1), analysis::toString);
      int ranges = random.nextInt(2, 12);
      assertEquals(expected, LogCohorts.analyze(analysis, log, ranges), () -> ranges + " ranges, " + analysis);
    }
  }

  private static CohortTable accumulate(CohortAnalysis analysis, List<Order> orders) {
    CohortAccumulator accumulator = analysis.newAccumulator();
    orders.forEach(accumulator);
    return accumulator.result();
  }

  private static CohortAnalysis randomAnalysis(TwistedOrders input, SplittableRandom random) {
    CohortAnalysis.Builder builder = CohortAnalysis.newBuilder(input.policy())
        .granularity(PeriodUnit.values()[random.nextInt(PeriodUnit.values().length)]);
    if (random.nextInt(3) == 0) {
      builder.rollingDays(random.nextInt(1, 60));
    }
    switch (random.nextInt(3)) {
      case 0 -> {
        if (random.nextBoolean()) {
          builder.maxOffset(random.nextInt(0, 8));
        }
      }
      case 1 -> builder.returns(ReturnCriterion.ON_OR_AFTER);
      default -> builder.brackets(OffsetBracket.single(0), OffsetBracket.of(1, 3), OffsetBracket.of(4, 6),
          OffsetBracket.of(7, 12));
    }
    BREAKDOWNS.get(random.nextInt(BREAKDOWNS.size())).ifPresent(builder::breakdown);
    Optional<Instant> asOf = switch (random.nextInt(3)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(input.eventInstant());
      default -> Optional.of(Instant.parse("2021-01-01T00:00:00Z").plusSeconds(random.nextLong(2 * 366 * 86_400L)));
    };
    asOf.ifPresent(builder::asOf);
    return builder.build();
  }
}
