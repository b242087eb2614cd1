package io.retentionkit.metrics;

import static io.retentionkit.metrics.ShopOrders.EUR;
import static io.retentionkit.metrics.ShopOrders.USD;
import static io.retentionkit.metrics.ShopOrders.ZONE;
import static io.retentionkit.metrics.ShopOrders.at;
import static io.retentionkit.metrics.ShopOrders.eur;
import static io.retentionkit.metrics.ShopOrders.order;
import static io.retentionkit.metrics.ShopOrders.policy;
import static io.retentionkit.metrics.ShopOrders.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CurrencyConverter;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.Period;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.RefundPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class MetricsEdgeCasesTest {
  private static final Period MARCH = window("2021-03-01", "2021-03-31");
  private static final String NO_START_CUSTOMERS = "no customers were active at the start of the window";

  private static MetricsAnalysis defaults() {
    return MetricsAnalysis.newBuilder(policy(RefundPolicy.NET_AT_ORDER_DATE)).build();
  }

  @Test
  void workedRetentionExampleGivesNinetyFivePercent() {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      orders.add(order("s" + i, "2021-02-15", "10").build());
      if (i >= 5) {
        orders.add(order("s" + i, "2021-03-10", "10").build());
      }
    }
    for (int i = 0; i < 15; i++) {
      orders.add(order("n" + i, "2021-03-20", "10").build());
    }
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(policy(RefundPolicy.GROSS)).lookBackDays(30).build();

    MetricsSummary summary = analysis.analyze(orders, MARCH);

    RetentionRate crr = summary.customerRetentionRate();
    assertEquals(new RetentionRate(30, 100, 110, 15, 95), crr);
    assertEquals(0.95, crr.value().getAsDouble(), 1e-15);
    assertEquals(0.95, crr.strict().value().getAsDouble(), 1e-15);
    assertEquals(Rate.of(5, 100, "unused"), summary.churnRate().rate());
  }

  @Test
  void retentionCanBeNegativeWhenTheLookBackIsShorterThanTheWindow() {
    List<Order> orders = List.of(
        order("old", "2021-02-25", "10").build(),
        order("early", "2021-03-02", "10").build(),
        order("early2", "2021-03-03", "10").build());
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(policy(RefundPolicy.GROSS)).lookBackDays(7).build();

    RetentionRate crr = analysis.analyze(orders, MARCH).customerRetentionRate();

    assertEquals(new RetentionRate(7, 1, 0, 2, 0), crr); // E − N = −2: both new customers lapsed again
    assertEquals(-2.0, crr.value().getAsDouble());
  }

  @Test
  void emptyInputLeavesEveryRateUndefinedWithAReason() {
    MetricsSummary summary = defaults().analyze(List.of(), MARCH);

    assertEquals(new WindowTotals(0, 0, 0, 0, 0, 0, eur("0"), eur("0"), eur("0"), eur("0")), summary.totals());
    assertEquals(Optional.of(NO_START_CUSTOMERS), summary.customerRetentionRate().undefinedReason());
    assertTrue(summary.customerRetentionRate().value().isEmpty());
    assertEquals(Optional.of(NO_START_CUSTOMERS), summary.churnRate().rate().undefinedReason());
    assertEquals(Optional.of("no customer ordered in the window"), summary.repeatPurchaseRate().undefinedReason());
    assertEquals(Optional.of("no customer ordered in the window"), summary.returningCustomerRate().undefinedReason());
    assertEquals(Optional.of("no customer ordered in the window"), summary.purchaseFrequency().undefinedReason());
    assertEquals(Optional.of("no qualifying orders in the window"),
        summary.averageOrderValue().gross().undefinedReason());
    assertTrue(summary.averageOrderValue().net().value().isEmpty());
    assertTrue(summary.daysBetweenOrders().median().isEmpty());
    assertTrue(summary.daysBetweenOrders().undefinedReason().isPresent());
    assertEquals(Optional.of("no customer acquired in the window was observed for the whole follow-up period"),
        summary.secondPurchaseRate().rate().undefinedReason());
    assertEquals(Optional.of("the window revenue is not positive"),
        summary.revenueSplit().returningShare().undefinedReason());
    assertEquals(Optional.of("no returning customer ordered in the window"),
        summary.revenueSplit().spendRatio().undefinedReason());
    assertEquals(Optional.of("the window revenue is not positive"), summary.paretoShare().undefinedReason());
    assertEquals(Optional.of("no customer placed a qualifying order before the end of the window"),
        summary.historicalClv().mean().undefinedReason());
    assertTrue(summary.historicalClv().median().isEmpty());
    assertEquals(Optional.of("no qualifying orders in the window"), summary.simpleClv().undefinedReason());
    assertTrue(summary.simpleClv().value().isEmpty());
    for (SequenceStep step : summary.orderSequence()) {
      assertFalse(step.nextOrderRate().isDefined());
    }
    assertEquals(Map.of(), summary.repeatRateByFirstOrder().byChannel());
    assertFalse(summary.repeatRateByFirstOrder().refunded().isDefined());
  }

  @Test
  void oneCustomerWithOneOrderIsNewAndNotYetRetained() {
    MetricsSummary summary = defaults().analyze(List.of(order("solo", "2021-03-05", "42.50").build()), MARCH);

    assertEquals(new RetentionRate(365, 0, 1, 1, 0), summary.customerRetentionRate());
    assertEquals(Optional.of(NO_START_CUSTOMERS), summary.customerRetentionRate().strict().undefinedReason());
    assertEquals(Rate.of(0, 1, "unused"), summary.repeatPurchaseRate());
    assertEquals(Rate.of(0, 1, "unused"), summary.returningCustomerRate());
    assertEquals(Optional.of(new BigDecimal("42.5000")), summary.averageOrderValue().gross().value());
    assertEquals(new ParetoShare(0.2, 1, 1, eur("42.50"), eur("42.50")), summary.paretoShare());
    assertEquals(1.0, summary.paretoShare().value().getAsDouble());
    assertEquals(Optional.of(new BigDecimal("42.500")), summary.historicalClv().median());
    assertEquals(Optional.of("no returning customer ordered in the window"),
        summary.revenueSplit().spendRatio().undefinedReason());
    assertEquals(Optional.of("the churn rate is undefined or 0 and no expected lifespan was given"),
        summary.simpleClv().undefinedReason());
  }

  @Test
  void everythingRefundedLeavesNoRevenueToShare() {
    List<Order> orders = List.of(
        order("a", "2021-02-01", "10").refund(eur("10"), at("2021-02-02")).build(),
        order("a", "2021-03-05", "30").refund(eur("30"), at("2021-03-06")).build(),
        order("b", "2021-03-07", "20").refund(eur("20"), at("2021-03-08")).build());

    MetricsSummary summary = defaults().analyze(orders, MARCH);

    assertEquals(eur("50"), summary.totals().grossRevenue());
    assertEquals(eur("0"), summary.totals().netRevenue());
    assertEquals(Optional.of(new BigDecimal("0.0000")), summary.averageOrderValue().net().value());
    assertEquals(Optional.of("the window revenue is not positive"), summary.paretoShare().undefinedReason());
    assertEquals(Optional.of("the window revenue is not positive"),
        summary.revenueSplit().newShare().undefinedReason());
    assertEquals(Optional.of("new customers' window revenue is not positive"),
        summary.revenueSplit().spendRatio().undefinedReason());
    assertEquals(Optional.of(new BigDecimal("0.000")), summary.historicalClv().median());
    assertEquals(Rate.of(0, 1, "unused"), summary.repeatRateByFirstOrder().refunded()); // b, the only new one
  }

  @Test
  void strictQualifyingRuleIgnoresFullyRefundedOrdersEntirely() {
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(
        policy(RefundPolicy.NET_AT_ORDER_DATE).withQualifyingOrders(QualifyingOrders.strict())).build();
    List<Order> orders = List.of(order("a", "2021-03-05", "30").refund(eur("30"), at("2021-03-06")).build());

    MetricsSummary summary = analysis.analyze(orders, MARCH);

    assertEquals(1, summary.totals().nonQualifyingOrders());
    assertEquals(0, summary.totals().orders());
    assertEquals(0, summary.totals().customersBeforeEnd());
  }

  @Test
  void ordersOnTheBoundariesBelongToTheWindowThatStartsThatDay() {
    List<Order> orders = List.of(
        order("first", "2021-03-01T00:00", "10").build(),
        order("last", "2021-03-30T23:59:59", "10").build(),
        order("after", "2021-03-31T00:00", "10").build(),
        order("before", "2021-02-28T23:59:59", "10").build());

    MetricsSummary summary = defaults().analyze(orders, MARCH);

    assertEquals(2, summary.totals().orders());
    assertEquals(1, summary.totals().ordersBeforeWindow());
    assertEquals(1, summary.totals().ordersAfterWindow());
    assertEquals(1, summary.customerRetentionRate().s()); // "before" was active at the start
  }

  @Test
  void ordersAroundDaylightSavingChangesFallOnTheirLocalDate() {
    // Europe/Amsterdam: clocks go forward on 2021-03-28 and back on 2021-10-31. 00:30 local is still
    // the previous day in UTC, so a UTC-based analysis would misplace both orders.
    List<Order> orders = List.of(
        order("spring", "2021-03-28T00:30", "10").build(),
        order("autumn", "2021-10-31T00:30", "10").build(),
        order("gap", "2021-03-27T12:00", "10").build(),
        order("gap", "2021-03-29T12:00", "10").build());
    Period window = window("2021-03-28", "2021-10-31");

    MetricsSummary summary = defaults().analyze(orders, window);

    assertEquals(2, summary.totals().orders()); // spring and gap's second order
    assertEquals(1, summary.totals().ordersAfterWindow()); // autumn
    assertEquals(2, summary.daysBetweenOrders().totalDays()); // 47 hours, but two calendar days
  }

  @Test
  void gapsOfCenturiesStillCountTowardsTheMedian() {
    List<Order> orders = List.of(
        order("heirloom", "1900-01-01", "10").build(),
        order("heirloom", "2021-03-05", "10").build(),
        order("regular", "2021-02-01", "10").build(),
        order("regular", "2021-03-10", "10").build(),
        order("regular", "2021-03-12", "10").build());
    long century = ChronoUnit.DAYS.between(LocalDate.of(1900, 1, 1), LocalDate.of(2021, 3, 5));

    DaysBetween gaps = defaults().analyze(orders, MARCH).daysBetweenOrders();

    assertEquals(3, gaps.count());
    assertEquals(37 + 2 + century, gaps.totalDays());
    assertEquals(37.0, gaps.median().getAsDouble());
    assertEquals((37 + century) / 2.0, defaults().analyze(orders.subList(0, 4), MARCH)
        .daysBetweenOrders().median().getAsDouble());
  }

  @Test
  void mixedCurrenciesWithoutAConverterFailNamingBothCurrencies() {
    List<Order> orders = List.of(
        order("eu", "2021-03-05", "10").build(),
        Order.of(OrderId.of("us-1"), CustomerId.of("us"), at("2021-03-06"), Money.parse("12", "USD")));

    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> defaults().analyze(orders, MARCH));

    assertEquals("currency must be the reporting currency EUR when no converter is given: USD", error.getMessage());
  }

  @Test
  void aFailedConversionLeavesTheAccumulatorUnchanged() {
    MetricsAccumulator accumulator = defaults().newAccumulator(MARCH);
    accumulator.accept(order("eu", "2021-03-05", "10").build());
    MetricsSummary before = accumulator.result();

    assertThrows(IllegalArgumentException.class, () -> accumulator.accept(
        Order.of(OrderId.of("us-1"), CustomerId.of("us"), at("2021-03-06"), Money.parse("12", "USD"))));

    assertEquals(before, accumulator.result());
  }

  @Test
  void aConverterTurnsEveryAmountIntoTheReportingCurrencyExactly() {
    AnalysisPolicy policy = policy(RefundPolicy.NET_AT_ORDER_DATE)
        .withConverter(CurrencyConverter.ofFixedRates(EUR, Map.of(USD, new BigDecimal("0.85"))));
    List<Order> orders = List.of(
        order("eu", "2021-03-05", "10.00").build(),
        Order.builder(OrderId.of("us-1"), CustomerId.of("us"), at("2021-03-06"), Money.parse("12.34", "USD"))
            .refund(Money.parse("2.00", "USD"), at("2021-03-07")).build());

    MetricsSummary summary = MetricsAnalysis.newBuilder(policy).build().analyze(orders, MARCH);

    // 12.34 × 0.85 = 10.489 → 10.49; net 10.34 × 0.85 = 8.789 → 8.79
    assertEquals(eur("20.49"), summary.totals().grossRevenue());
    assertEquals(eur("18.79"), summary.totals().netRevenue());
    assertEquals(eur("1.70"), summary.totals().refunds());
  }

  @Test
  void rejectsAWindowInAnotherZone() {
    Period utc = Period.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31), ZoneOffset.UTC);

    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> defaults().newAccumulator(utc));

    assertEquals("window zone must be the policy's zone " + ZONE + ": Z", error.getMessage());
  }

  @Test
  void combiningRequiresTheSameAnalysisAndWindow() {
    MetricsAccumulator march = defaults().newAccumulator(MARCH);
    MetricsAccumulator april = defaults().newAccumulator(window("2021-04-01", "2021-05-01"));

    assertEquals("other must have the same analysis and window: [2021-03-01, 2021-03-31) Europe/Amsterdam"
            + " and [2021-04-01, 2021-05-01) Europe/Amsterdam",
        assertThrows(IllegalArgumentException.class, () -> march.combine(april)).getMessage());
    assertEquals("other must not be this accumulator",
        assertThrows(IllegalArgumentException.class, () -> march.combine(march)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> march.combine(
        MetricsAnalysis.newBuilder(policy(RefundPolicy.GROSS)).build().newAccumulator(MARCH)));
  }

  @Test
  void resultIsASnapshotAndTheAccumulatorStaysUsable() {
    MetricsAccumulator accumulator = defaults().newAccumulator(MARCH);
    accumulator.accept(order("a", "2021-03-05", "10").build());
    MetricsSummary first = accumulator.result();

    accumulator.accept(order("a", "2021-03-07", "10").build());

    assertEquals(1, first.totals().orders());
    assertEquals(first, defaults().analyze(List.of(order("a", "2021-03-05", "10").build()), MARCH));
    assertEquals(2, accumulator.result().totals().orders());
    assertEquals(accumulator.result(), accumulator.result());
  }
}
