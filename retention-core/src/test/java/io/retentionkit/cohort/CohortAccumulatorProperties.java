package io.retentionkit.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.metrics.Rate;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.RefundPolicy;
import io.retentionkit.testing.RandomOrders;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of cohort tables over seeded random order logs, each under a random analysis (granularity,
 * week start, rolling windows, refund policy, qualifying rule, breakdown, as-of instant).
 */
final class CohortAccumulatorProperties {
  private static final int CUSTOMERS = 150;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void everyCohortRetainsAllItsCustomersAtOffsetZero(long seed) {
    Scenario scenario = new Scenario(seed);
    for (ReturnCriterion criterion : List.of(ReturnCriterion.ON, ReturnCriterion.ON_OR_AFTER)) {
      CohortTable table = scenario.builder().returns(criterion).build().analyze(scenario.orders);
      for (CohortRow row : table.rows()) {
        assertEquals(Rate.of(row.size(), row.size(), CohortValues.NO_CUSTOMERS),
            row.cells().get(0).values().retention(), row.label());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void onOrAfterCountsAtLeastAsManyAsOn(long seed) {
    Scenario scenario = new Scenario(seed);
    CohortTable on = scenario.builder().build().analyze(scenario.orders);
    CohortTable onOrAfter = scenario.builder().returns(ReturnCriterion.ON_OR_AFTER).build().analyze(scenario.orders);

    assertEquals(Tables.labels(on), Tables.labels(onOrAfter));
    for (int r = 0; r < on.rows().size(); r++) {
      List<CohortCell> onCells = on.rows().get(r).cells();
      List<CohortCell> laterCells = onOrAfter.rows().get(r).cells();
      assertEquals(onCells.size(), laterCells.size());
      for (int c = 0; c < onCells.size(); c++) {
        CohortValues once = onCells.get(c).values();
        CohortValues later = laterCells.get(c).values();
        assertTrue(later.activeCustomers() >= once.activeCustomers(), on.rows().get(r).label() + " column " + c);
        assertTrue(later.orders() >= once.orders(), on.rows().get(r).label() + " column " + c);
        assertEquals(onCells.get(c).complete(), laterCells.get(c).complete());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void cellsAddUpToTheQualifyingOrdersTheirRevenueAndTheirCustomers(long seed) {
    Scenario scenario = new Scenario(seed);
    AnalysisPolicy policy = scenario.policy;
    // The default as-of instant lies after every event, so every qualifying order and refund is counted.
    CohortTable table = CohortAnalysis.newBuilder(policy).granularity(scenario.unit).build().analyze(scenario.orders);
    List<Order> qualifying = scenario.orders.stream().filter(policy::qualifies).toList();
    long revenue = 0;
    for (Order order : qualifying) {
      revenue += policy.refundPolicy().isNet() ? policy.netMinor(order) : policy.grossMinor(order);
    }

    long cellRevenue = 0;
    long cellOrders = 0;
    for (CohortRow row : table.rows()) {
      for (CohortCell cell : row.cells()) {
        cellRevenue += cell.values().revenue().minorUnits();
        cellOrders += cell.values().orders();
      }
      CohortCell last = row.cells().get(row.cells().size() - 1);
      assertEquals(sum(row, CohortValues::orders), last.cumulative().orders());
      assertEquals(sum(row, values -> values.revenue().minorUnits()), last.cumulative().revenue().minorUnits());
    }
    assertEquals(revenue, cellRevenue);
    assertEquals(qualifying.size(), cellOrders);
    assertEquals(qualifying.size(), table.input().qualifyingOrders());
    assertEquals(scenario.orders.size(), table.input().orders());
    long customers = qualifying.stream().map(Order::customerId).distinct().count();
    assertEquals(customers, table.customers());
    assertEquals(customers, Tables.sizes(table).stream().mapToLong(Long::longValue).sum());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void cumulativeValuesNeverDecreaseAndStayWithinTheCohort(long seed) {
    Scenario scenario = new Scenario(seed);
    CohortTable table = scenario.builder().build().analyze(scenario.orders);
    for (CohortRow row : table.rows()) {
      long returned = 0;
      long orders = 0;
      boolean complete = true;
      for (CohortCell cell : row.cells()) {
        CohortValues cumulative = cell.cumulative();
        assertTrue(cumulative.activeCustomers() >= returned && cumulative.activeCustomers() <= row.size());
        assertTrue(cumulative.orders() >= orders);
        assertTrue(complete || !cell.complete(), "a complete cell after an incomplete one in " + row.label());
        returned = cumulative.activeCustomers();
        orders = cumulative.orders();
        complete = cell.complete();
      }
    }
    for (AverageCell average : table.average()) {
      long complete = table.rows().stream().filter(row -> row.cells().size() > average.column().index()
          && row.cells().get(average.column().index()).complete()).count();
      assertEquals(complete, average.cohorts());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void theTableDoesNotDependOnInputOrderOrOnHowTheInputIsSplit(long seed) {
    Scenario scenario = new Scenario(seed);
    CohortAnalysis analysis = scenario.builder().build();
    CohortTable batch = analysis.analyze(scenario.orders);

    List<Order> shuffled = new ArrayList<>(scenario.orders);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(batch, analysis.analyze(shuffled));

    // Split into random parts, accumulate each, and combine them in a random order.
    List<CohortAccumulator> parts = new ArrayList<>();
    int from = 0;
    while (from < shuffled.size()) {
      int to = Math.min(shuffled.size(), from + scenario.random.nextInt(1, 60));
      CohortAccumulator part = analysis.newAccumulator();
      shuffled.subList(from, to).forEach(part);
      parts.add(part);
      from = to;
    }
    parts.add(analysis.newAccumulator()); // an empty part is the identity
    while (parts.size() > 1) {
      CohortAccumulator left = parts.remove(scenario.random.nextInt(parts.size()));
      CohortAccumulator right = parts.remove(scenario.random.nextInt(parts.size()));
      parts.add(left.combine(right));
    }
    assertEquals(batch, parts.get(0).result());
    assertEquals(batch, shuffled.parallelStream().collect(analysis.collector()));
  }

  private static long sum(CohortRow row, ToLongFunction<CohortValues> value) {
    return row.cells().stream().map(CohortCell::values).mapToLong(value).sum();
  }

  /** A random order log and a random analysis of it, both drawn from one seed. */
  private static final class Scenario {
    final SplittableRandom random;
    final List<Order> orders;
    final AnalysisPolicy policy;
    final PeriodUnit unit;
    private final Optional<Instant> asOf;
    private final OptionalInt rollingDays;
    private final Optional<CohortBreakdown> breakdown;

    Scenario(long seed) {
      RandomOrders generator = RandomOrders.withSeed(seed);
      this.orders = generator.orders(CUSTOMERS);
      this.random = new SplittableRandom(~seed);
      this.unit = pick(PeriodUnit.values());
      this.policy = AnalysisPolicy.of(generator.zone(), generator.currency())
          .withRefundPolicy(pick(RefundPolicy.values()))
          .withQualifyingOrders(new QualifyingOrders(random.nextBoolean(), random.nextBoolean(), random.nextBoolean()))
          .withFirstDayOfWeek(pick(DayOfWeek.values()));
      // Half the scenarios cut the data at a random instant, the others let the data decide.
      this.asOf = random.nextBoolean()
          ? Optional.empty()
          : Optional.of(generator.firstDay().plusDays(random.nextInt(60, 760)).atStartOfDay(generator.zone())
              .toInstant().plusSeconds(random.nextInt(86_400)));
      this.rollingDays = random.nextInt(3) == 0 ? OptionalInt.of(random.nextInt(1, 46)) : OptionalInt.empty();
      this.breakdown = pick(List.of(Optional.empty(), Optional.of(CohortBreakdown.CHANNEL),
          Optional.of(CohortBreakdown.FIRST_SKU)));
    }

    /** Returns a builder with this scenario's settings; the return criterion is still unset. */
    CohortAnalysis.Builder builder() {
      CohortAnalysis.Builder builder = CohortAnalysis.newBuilder(policy).granularity(unit);
      asOf.ifPresent(builder::asOf);
      rollingDays.ifPresent(builder::rollingDays);
      breakdown.ifPresent(builder::breakdown);
      return builder;
    }

    private <T> T pick(T[] values) {
      return pick(List.of(values));
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }
  }
}
