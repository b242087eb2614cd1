package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderSheet.EUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.testing.RandomOrders;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The analysis' builder, its settings, and the accumulator contract. */
final class CohortAnalysisTest {
  private static final AnalysisPolicy POLICY = AnalysisPolicy.of(ZoneOffset.UTC, EUR);

  @Test
  void defaultsAreMonthlyCalendarCohortsWithReturnsOn() {
    CohortAnalysis analysis = CohortAnalysis.newBuilder(POLICY).build();

    assertEquals(POLICY, analysis.policy());
    assertEquals(PeriodUnit.MONTH, analysis.granularity());
    assertEquals(OptionalInt.empty(), analysis.rollingDays());
    assertEquals(ReturnCriterion.ON, analysis.returns());
    assertEquals(List.of(), analysis.brackets());
    assertEquals(OptionalInt.empty(), analysis.maxOffset());
    assertEquals(Optional.empty(), analysis.breakdown());
    assertEquals(Optional.empty(), analysis.asOf());
  }

  @Test
  void analysesWithEqualSettingsAreEqual() {
    Instant asOf = Instant.parse("2024-01-01T00:00:00Z");
    CohortAnalysis weekly = CohortAnalysis.newBuilder(POLICY).granularity(PeriodUnit.WEEK).asOf(asOf)
        .breakdown(CohortBreakdown.CHANNEL).build();

    assertEquals(weekly, CohortAnalysis.newBuilder(POLICY).granularity(PeriodUnit.WEEK).asOf(asOf)
        .breakdown(CohortBreakdown.CHANNEL).build());
    assertEquals(weekly.hashCode(), CohortAnalysis.newBuilder(POLICY).granularity(PeriodUnit.WEEK).asOf(asOf)
        .breakdown(CohortBreakdown.CHANNEL).build().hashCode());
    assertNotEquals(weekly, CohortAnalysis.newBuilder(POLICY).granularity(PeriodUnit.WEEK).asOf(asOf).build());
    assertEquals(List.of(OffsetBracket.of(1, 3)), CohortAnalysis.newBuilder(POLICY)
        .brackets(List.of(OffsetBracket.of(1, 3))).build().brackets());
  }

  static Stream<Arguments> invalidSettings() {
    return Stream.of(
        invalid(b -> b.granularity(PeriodUnit.DAY).granularity(PeriodUnit.WEEK), IllegalStateException.class,
            "granularity must be set at most once: DAY"),
        invalid(b -> b.rollingDays(0), IllegalArgumentException.class, "rolling days must be positive: 0"),
        invalid(b -> b.rollingDays(7).rollingDays(7), IllegalStateException.class,
            "rolling days must be set at most once: OptionalInt[7]"),
        invalid(b -> b.returns(ReturnCriterion.BRACKETS), IllegalArgumentException.class,
            "return criterion must be ON or ON_OR_AFTER; set brackets with brackets(...): BRACKETS"),
        invalid(b -> b.returns(ReturnCriterion.ON).brackets(OffsetBracket.single(0)), IllegalStateException.class,
            "return criterion must be set at most once: ON"),
        invalid(b -> b.brackets(List.of()), IllegalArgumentException.class, "brackets must not be empty"),
        invalid(b -> b.brackets(OffsetBracket.of(0, 2), OffsetBracket.of(2, 3)), IllegalArgumentException.class,
            "brackets must be ascending and must not overlap: OffsetBracket[first=0, last=2] then "
                + "OffsetBracket[first=2, last=3]"),
        invalid(b -> b.maxOffset(-1), IllegalArgumentException.class, "max offset must not be negative: -1"),
        invalid(b -> b.brackets(OffsetBracket.single(0)).maxOffset(3).build(), IllegalStateException.class,
            "max offset must not be combined with brackets, whose last bracket ends the columns: OptionalInt[3]"),
        invalid(b -> b.breakdown(CohortBreakdown.COUNTRY).breakdown(CohortBreakdown.CHANNEL),
            IllegalStateException.class, "breakdown must be set at most once: Optional[CohortBreakdown[country]]"),
        invalid(b -> b.asOf(Instant.EPOCH).asOf(Instant.EPOCH), IllegalStateException.class,
            "as-of instant must be set at most once: Optional[1970-01-01T00:00:00Z]"),
        invalid(b -> b.granularity(null), NullPointerException.class, "unit"),
        invalid(b -> b.asOf(null), NullPointerException.class, "asOf"),
        invalid(b -> OffsetBracket.of(3, 1), IllegalArgumentException.class,
            "bracket end must not precede its start: [3, 1]"),
        invalid(b -> OffsetBracket.single(-1), IllegalArgumentException.class,
            "bracket start must not be negative: -1"));
  }

  private static Arguments invalid(Consumer<CohortAnalysis.Builder> settings, Class<? extends Exception> type,
      String message) {
    return Arguments.of(settings, type, message);
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("invalidSettings")
  void invalidSettingsAreRejectedAtOnce(Consumer<CohortAnalysis.Builder> settings, Class<? extends Exception> type,
      String message) {
    Exception thrown = assertThrows(type, () -> settings.accept(CohortAnalysis.newBuilder(POLICY)));
    assertEquals(message, thrown.getMessage());
  }

  @Test
  void anAccumulatorStaysUsableAfterItsResult() {
    List<Order> orders = RandomOrders.withSeed(7).orders(40);
    CohortAnalysis analysis = CohortAnalysis.newBuilder(POLICY).asOf(Instant.parse("2023-01-01T00:00:00Z")).build();
    CohortAccumulator accumulator = analysis.newAccumulator();
    orders.subList(0, 30).forEach(accumulator);
    CohortTable partial = accumulator.result();
    orders.subList(30, orders.size()).forEach(accumulator);

    assertEquals(analysis.analyze(orders.subList(0, 30)), partial);
    assertEquals(analysis.analyze(orders), accumulator.result());
    assertEquals(analysis.analyze(orders), accumulator.result());
  }

  @Test
  void combineRejectsItselfAndOtherAnalyses() {
    CohortAccumulator monthly = CohortAnalysis.newBuilder(POLICY).build().newAccumulator();
    CohortAccumulator weekly = CohortAnalysis.newBuilder(POLICY).granularity(PeriodUnit.WEEK).build().newAccumulator();

    assertEquals("other must not be this accumulator",
        assertThrows(IllegalArgumentException.class, () -> monthly.combine(monthly)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> monthly.combine(weekly));
    assertThrows(NullPointerException.class, () -> monthly.combine(null));
    assertThrows(NullPointerException.class, () -> monthly.accept(null));
  }

  @Test
  void theCollectorGivesTheBatchTableOnParallelStreams() {
    List<Order> orders = RandomOrders.withSeed(11).orders(300);
    CohortAnalysis analysis = CohortAnalysis.newBuilder(POLICY).granularity(PeriodUnit.WEEK).build();

    assertEquals(analysis.analyze(orders), orders.parallelStream().collect(analysis.collector()));
  }
}
