package io.retentionkit.metrics;

import static io.retentionkit.metrics.ShopOrders.at;
import static io.retentionkit.metrics.ShopOrders.eur;
import static io.retentionkit.metrics.ShopOrders.order;
import static io.retentionkit.metrics.ShopOrders.policy;
import static io.retentionkit.metrics.ShopOrders.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderStatus;
import io.retentionkit.model.Period;
import io.retentionkit.model.RefundPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every order-derived metric on a small shop computed by hand. Window Q2 2021, look-back 90 days,
 * second-purchase follow-up 30 days. Customers (dates shop-local, amounts in euros):
 *
 * <pre>
 * A  2021-01-10 100, 2021-03-20 50, 2021-04-15 80, 2021-06-10 20 (5 refunded on 06-12)
 * B  2021-02-01 40 (10 refunded on 2021-04-03)
 * C  2021-04-10 60 (code, web), 2021-04-20 30
 * D  2021-06-20 200 (app; all refunded on 2021-07-05, after the window, so not yet known at its end)
 * E  2020-06-01 10, 2021-05-05 70
 * F  2021-05-01 25, cancelled
 * G  2021-06-30 23:59 10, 2021-07-01 00:00 15 (the second is after the window)
 * </pre>
 */
final class MetricsAnalysisTest {
  private static final Period Q2 = window("2021-04-01", "2021-07-01");

  private static List<Order> shop() {
    return List.of(
        order("A", "2021-01-10", "100").build(),
        order("A", "2021-03-20", "50").build(),
        order("A", "2021-04-15", "80").build(),
        order("A", "2021-06-10", "20").refund(eur("5"), at("2021-06-12")).build(),
        order("B", "2021-02-01", "40").refund(eur("10"), at("2021-04-03")).build(),
        order("C", "2021-04-10", "60").discountCode("WELCOME").channel("web").build(),
        order("C", "2021-04-20", "30").channel("web").build(),
        order("D", "2021-06-20", "200").channel("app").refund(eur("200"), at("2021-07-05")).build(),
        order("E", "2020-06-01", "10").build(),
        order("E", "2021-05-05", "70").build(),
        order("F", "2021-05-01", "25").status(OrderStatus.CANCELLED).build(),
        order("G", "2021-06-30T23:59", "10").build(),
        order("G", "2021-07-01T00:00", "15").build());
  }

  private static MetricsSummary analyze(RefundPolicy refunds) {
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(policy(refunds))
        .lookBackDays(90)
        .secondPurchaseDays(30)
        .build();
    return analysis.analyze(shop(), Q2);
  }

  @Test
  void countsOrdersCustomersAndIgnoredOrders() {
    WindowTotals totals = analyze(RefundPolicy.NET_AT_ORDER_DATE).totals();

    assertEquals(7, totals.orders());
    assertEquals(5, totals.customers());
    assertEquals(6, totals.customersBeforeEnd());
    assertEquals(4, totals.ordersBeforeWindow());
    assertEquals(1, totals.ordersAfterWindow());
    assertEquals(1, totals.nonQualifyingOrders());
  }

  @Test
  void retentionCountsActiveNewAndRetainedCustomers() {
    RetentionRate crr = analyze(RefundPolicy.NET_AT_ORDER_DATE).customerRetentionRate();

    // S = {A, B}; E = {A, C, D, E, G} (E reactivated, G ordered at 23:59 on the last day); N = {C, D, G}
    assertEquals(new RetentionRate(90, 2, 5, 3, 1), crr);
    assertEquals(1.0, crr.value().getAsDouble());
    assertEquals(Rate.of(1, 2, "unused"), crr.strict());
    assertEquals(Optional.empty(), crr.undefinedReason());
  }

  @Test
  void churnIsTheShareOfStartCustomersInactiveAtTheEnd() {
    ChurnRate churn = analyze(RefundPolicy.NET_AT_ORDER_DATE).churnRate();

    assertEquals(90, churn.inactivityDays());
    assertEquals(Rate.of(1, 2, "unused"), churn.rate()); // B
  }

  @Test
  void repeatAndReturningRatesDifferInWhetherHistoryCounts() {
    MetricsSummary summary = analyze(RefundPolicy.NET_AT_ORDER_DATE);

    assertEquals(Rate.of(2, 5, "unused"), summary.repeatPurchaseRate()); // A and C ordered twice in Q2
    assertEquals(Rate.of(3, 5, "unused"), summary.returningCustomerRate()); // A, C and E
    assertEquals(Ratio.of(7, 5, "unused"), summary.purchaseFrequency());
  }

  @Test
  void aCustomerFirstSeenBeforeTheWindowWhoOrdersTwiceInItIsARepeatPurchaser() {
    // R: first-ever order in January, then two in Q2; S: one order in Q2 after one in March; T: two in Q2
    // and nothing before; U: one in Q2. The repeat purchase rate looks at the window's orders only, so R
    // (whatever came before) and T repeat, S does not. The returning-customer rate counts every buyer with
    // two orders up to the end: R, S and T.
    List<Order> orders = List.of(
        order("R", "2021-01-15", "10").build(),
        order("R", "2021-04-10", "20").build(),
        order("R", "2021-06-10", "30").build(),
        order("S", "2021-03-01", "10").build(),
        order("S", "2021-05-01", "20").build(),
        order("T", "2021-04-02", "10").build(),
        order("T", "2021-04-03", "10").build(),
        order("U", "2021-05-20", "10").build());

    MetricsSummary summary = MetricsAnalysis.newBuilder(policy(RefundPolicy.GROSS)).build().analyze(orders, Q2);

    assertEquals(Rate.of(2, 4, "unused"), summary.repeatPurchaseRate());
    assertEquals(Rate.of(3, 4, "unused"), summary.returningCustomerRate());
  }

  @Test
  void averageOrderValueIsGrossAndNetOfTheWindowsOrders() {
    AverageOrderValue aov = analyze(RefundPolicy.NET_AT_ORDER_DATE).averageOrderValue();

    assertEquals(eur("470"), aov.gross().total());
    assertEquals(7, aov.gross().count());
    assertEquals(Optional.of(new BigDecimal("67.1429")), aov.gross().value());
    assertEquals(eur("265"), aov.net().total()); // A's 5 and D's 200, refunded after the window
    assertEquals(Optional.of(new BigDecimal("37.8571")), aov.net().value());
  }

  @Test
  void daysBetweenOrdersTakeGapsEndingInTheWindow() {
    DaysBetween gaps = analyze(RefundPolicy.NET_AT_ORDER_DATE).daysBetweenOrders();

    // C 10, A 26 and 56, E 338 (2020-06-01 to 2021-05-05)
    assertEquals(4, gaps.count());
    assertEquals(430, gaps.totalDays());
    assertEquals(107.5, gaps.mean().getAsDouble());
    assertEquals(41.0, gaps.median().getAsDouble());
  }

  @Test
  void secondPurchaseRateCountsOnlyFullyObservedNewCustomers() {
    SecondPurchaseRate rate = analyze(RefundPolicy.NET_AT_ORDER_DATE).secondPurchaseRate();

    // C converted 10 days after 04-10; D (06-20) and G (06-30) cannot be observed for 30 days yet
    assertEquals(new SecondPurchaseRate(30, Rate.of(1, 1, "unused"), 2), rate);
    assertEquals(3, rate.acquired());
  }

  @Test
  void revenueSplitsIntoReturningAndNewCustomers() {
    RevenueSplit split = analyze(RefundPolicy.NET_AT_ORDER_DATE).revenueSplit();

    // returning: A 80 + 20 - 5, E 70; new: C 90, D 200 - 200, G 10
    assertEquals(new RevenueSplit(eur("165"), 2, eur("100"), 3), split);
    assertEquals(165.0 / 265, split.returningShare().value().getAsDouble());
    assertEquals(100.0 / 265, split.newShare().value().getAsDouble());
    assertEquals((165.0 / 2) / (100.0 / 3), split.spendRatio().value().getAsDouble(), 1e-12);
  }

  @Test
  void paretoShareTakesTheTopFifthOfBuyers() {
    ParetoShare pareto = analyze(RefundPolicy.NET_AT_ORDER_DATE).paretoShare();

    // five buyers, so the top ⌈0.2 × 5⌉ = 1: A with 95 of 265
    assertEquals(new ParetoShare(0.2, 5, 1, eur("95"), eur("265")), pareto);
    assertEquals(95.0 / 265, pareto.value().getAsDouble());
  }

  @Test
  void paretoRoundsTheTopCustomersUp() {
    List<Order> orders = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      orders.add(order("p" + i, "2021-05-01", Integer.toString(i)).build());
    }
    MetricsSummary summary = MetricsAnalysis.newBuilder(policy(RefundPolicy.GROSS)).build().analyze(orders, Q2);

    // ⌈0.2 × 11⌉ = 3 customers: 11 + 10 + 9 of 66
    assertEquals(new ParetoShare(0.2, 11, 3, eur("30"), eur("66")), summary.paretoShare());
  }

  @Test
  void historicalClvIsNetOfTheRefundsDatedBeforeTheEndPerCustomerAcquiredBeforeIt() {
    HistoricalClv clv = analyze(RefundPolicy.NET_AT_ORDER_DATE).historicalClv();

    // A 100 + 50 + 80 + 20 − 5 = 245, B 40 − 10 = 30, C 90, D 200 (its refund of 07-05 is not known on
    // 07-01), E 80, G 10: 655 over 6 customers; the median is (80 + 90) / 2
    assertEquals(6, clv.customers());
    assertEquals(eur("655"), clv.mean().total());
    assertEquals(Optional.of(new BigDecimal("109.1667")), clv.mean().value());
    assertEquals(Optional.of(new BigDecimal("85.000")), clv.median());
  }

  @Test
  void historicalClvListsTheSameValuesPerCustomer() {
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(policy(RefundPolicy.GROSS)).build();

    List<CustomerValue> values = analysis.historicalClv(shop(), Q2.endExclusive());

    assertEquals(List.of(
        new CustomerValue(CustomerId.of("A"), 4, eur("245")),
        new CustomerValue(CustomerId.of("B"), 1, eur("30")),
        new CustomerValue(CustomerId.of("C"), 2, eur("90")),
        new CustomerValue(CustomerId.of("D"), 1, eur("200")),
        new CustomerValue(CustomerId.of("E"), 2, eur("80")),
        new CustomerValue(CustomerId.of("G"), 1, eur("10"))), values);
  }

  @Test
  void historicalClvAsOfADateDeductsOnlyTheRefundsKnownByThen() {
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(policy(RefundPolicy.GROSS)).build();

    // B's refund is dated 04-03: not known at the start of that day, known at the start of the next.
    assertEquals(List.of(
        new CustomerValue(CustomerId.of("A"), 2, eur("150")),
        new CustomerValue(CustomerId.of("B"), 1, eur("40")),
        new CustomerValue(CustomerId.of("E"), 1, eur("10"))),
        analysis.historicalClv(shop(), LocalDate.parse("2021-04-03")));
    assertEquals(eur("30"), analysis.historicalClv(shop(), LocalDate.parse("2021-04-04")).get(1).netRevenue());
    // After D's refund of 07-05, D is worth nothing; G's order of 07-01 now counts too.
    List<CustomerValue> later = analysis.historicalClv(shop(), LocalDate.parse("2021-07-06"));
    assertEquals(new CustomerValue(CustomerId.of("D"), 1, eur("0")), later.get(3));
    assertEquals(new CustomerValue(CustomerId.of("G"), 2, eur("25")), later.get(5));
  }

  @Test
  void historicalClvIgnoresRefundsFromTheEndOnInTheObjectAndTheColumnarPath() {
    // X: 100 on 06-01, 30 refunded at 23:59 on the window's last day (known), 20 at 00:00 on the first day
    // after it (not known); Y: 50 on 05-01, refunded in full in August.
    List<Order> orders = List.of(
        order("X", "2021-06-01", "100").refund(eur("30"), at("2021-06-30T23:59"))
            .refund(eur("20"), at("2021-07-01T00:00")).build(),
        order("Y", "2021-05-01", "50").refund(eur("50"), at("2021-08-01")).build());
    for (RefundPolicy refunds : RefundPolicy.values()) {
      MetricsAnalysis analysis = MetricsAnalysis.newBuilder(policy(refunds)).build();
      OrderLog log = OrderLog.from(orders, analysis.policy());

      // As of 07-01: X 100 − 30 = 70, Y 50; whatever the refund policy.
      for (MetricsSummary summary : List.of(analysis.analyze(orders, Q2), analysis.analyze(log, Q2))) {
        assertEquals(eur("120"), summary.historicalClv().mean().total(), refunds::name);
        assertEquals(Optional.of(new BigDecimal("60.000")), summary.historicalClv().median(), refunds::name);
      }
      // As of 10-01 both refunds of X and Y's are known: X 50, Y 0.
      Period q3 = window("2021-07-01", "2021-10-01");
      for (MetricsSummary summary : List.of(analysis.analyze(orders, q3), analysis.analyze(log, q3))) {
        assertEquals(eur("50"), summary.historicalClv().mean().total(), refunds::name);
        assertEquals(Optional.of(new BigDecimal("25.000")), summary.historicalClv().median(), refunds::name);
      }
      assertEquals(List.of(new CustomerValue(CustomerId.of("X"), 1, eur("70")),
          new CustomerValue(CustomerId.of("Y"), 1, eur("50"))), analysis.historicalClv(orders, Q2.endExclusive()));
    }
  }

  @Test
  void simpleClvMultipliesAverageOrderValueFrequencyAndLifespan() {
    SimpleClv clv = analyze(RefundPolicy.NET_AT_ORDER_DATE).simpleClv();

    // 265/7 × 7/5 × (1 / 0.5) × 1
    assertEquals(106.0, clv.value().getAsDouble(), 1e-9);
    assertEquals(2.0, clv.expectedLifespan().getAsDouble());
    assertFalse(clv.lifespanGiven());
  }

  @Test
  void simpleClvUsesAGivenLifespanAndMargin() {
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(policy(RefundPolicy.NET_AT_ORDER_DATE))
        .lookBackDays(90).expectedLifespan(4).margin(0.25).build();

    SimpleClv clv = analysis.analyze(shop(), Q2).simpleClv();

    assertEquals(53.0, clv.value().getAsDouble(), 1e-9); // 53 × 4 × 0.25
    assertTrue(clv.lifespanGiven());
  }

  @Test
  void orderSequencingFollowsCustomersFromOrderKToOrderKPlusOne() {
    List<SequenceStep> steps = analyze(RefundPolicy.NET_AT_ORDER_DATE).orderSequence();

    // orders before the end: A 4, B 1, C 2, D 1, E 2, G 1
    assertEquals(5, steps.size());
    assertEquals(Rate.of(3, 6, "unused"), steps.get(0).nextOrderRate());
    assertEquals(69.0, steps.get(0).daysToNextOrder().median().getAsDouble()); // of 10, 69, 338
    assertEquals(Rate.of(1, 3, "unused"), steps.get(1).nextOrderRate());
    assertEquals(26.0, steps.get(1).daysToNextOrder().median().getAsDouble());
    assertEquals(Rate.of(1, 1, "unused"), steps.get(2).nextOrderRate());
    assertEquals(56.0, steps.get(2).daysToNextOrder().median().getAsDouble());
    assertEquals(Rate.of(0, 1, "unused"), steps.get(3).nextOrderRate());
    assertEquals(Optional.of("no customer placed order 5 before the end of the window"),
        steps.get(3).daysToNextOrder().undefinedReason());
    assertEquals(Optional.of("no customer placed 5 orders before the end of the window"),
        steps.get(4).nextOrderRate().undefinedReason());
  }

  @Test
  void repeatRateIsSplitByTheFirstOrdersAttributes() {
    RepeatRateByFirstOrder split = analyze(RefundPolicy.NET_AT_ORDER_DATE).repeatRateByFirstOrder();

    // new customers: C (code, web, repeated), D (refunded, app), G (no channel)
    assertEquals(Rate.of(0, 1, "unused"), split.refunded());
    assertEquals(Rate.of(1, 2, "unused"), split.notRefunded());
    assertEquals(Rate.of(1, 1, "unused"), split.withDiscountCode());
    assertEquals(Rate.of(0, 2, "unused"), split.withoutDiscountCode());
    assertEquals(Map.of("(none)", Rate.of(0, 1, "unused"), "app", Rate.of(0, 1, "unused"),
        "web", Rate.of(1, 1, "unused")), split.byChannel());
    assertEquals(List.of("(none)", "app", "web"), List.copyOf(split.byChannel().keySet()));
  }

  @Test
  void refundsAtTheRefundDateCountInTheWindowThatHoldsThem() {
    MetricsSummary summary = analyze(RefundPolicy.NET_AT_REFUND_DATE);

    // refunds dated in Q2: A's 5 and B's 10 (of an order before the window); D's is dated after it
    WindowTotals totals = summary.totals();
    assertEquals(eur("470"), totals.grossRevenue());
    assertEquals(eur("15"), totals.refunds());
    assertEquals(eur("455"), totals.netRevenue());
    assertEquals(eur("455"), totals.revenue());
    assertEquals(Optional.of(new BigDecimal("65.0000")), summary.averageOrderValue().net().value());
    // returning: A 95, B -10, E 70; new: C 90, D 200, G 10
    assertEquals(new RevenueSplit(eur("155"), 2, eur("300"), 3), summary.revenueSplit());
    assertEquals(new ParetoShare(0.2, 5, 1, eur("200"), eur("455")), summary.paretoShare());
  }

  @Test
  void grossPolicyKeepsRevenueGrossButReportsNetAverageOrderValue() {
    MetricsSummary summary = analyze(RefundPolicy.GROSS);

    WindowTotals totals = summary.totals();
    assertEquals(eur("470"), totals.revenue());
    assertEquals(eur("205"), totals.refunds());
    assertEquals(eur("265"), totals.netRevenue());
    assertEquals(eur("265"), summary.averageOrderValue().net().total());
    assertEquals(new RevenueSplit(eur("170"), 2, eur("300"), 3), summary.revenueSplit());
  }
}
