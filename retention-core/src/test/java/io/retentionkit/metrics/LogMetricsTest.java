package io.retentionkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.internal.ColumnarThreshold;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.Period;
import io.retentionkit.model.RefundPolicy;
import io.retentionkit.testing.RandomOrders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metrics of order logs: the cases the random properties do not reach. */
final class LogMetricsTest {

  @Test
  void aLargeListIsAnalysedThroughALogWithAnEqualResult() {
    RandomOrders generator = RandomOrders.withSeed(11);
    List<Order> orders = generator.orders(12_000);
    assertTrue(orders.size() >= ColumnarThreshold.MIN_ORDERS, () -> orders.size() + " orders");
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(AnalysisPolicy.of(generator.zone(), generator.currency())
        .withRefundPolicy(RefundPolicy.NET_AT_REFUND_DATE)).build();
    Period window = Period.of(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 7, 1), generator.zone());

    MetricsAccumulator accumulator = analysis.newAccumulator(window);
    orders.forEach(accumulator);
    assertEquals(accumulator.result(), analysis.analyze(orders, window));
  }

  @Test
  void ordersWhoseLocalDatesRunBackwardAreSortedByDate() {
    // St. John's set its clocks back from 00:01 to 23:01 until 2010: an order at 00:00:30 on 1 November
    // 2009 is followed, 40 minutes later, by one at 23:40:30 on 31 October.
    AnalysisPolicy stJohns = AnalysisPolicy.of(ZoneId.of("America/St_Johns"), ShopOrders.EUR);
    Instant first = Instant.parse("2009-11-01T02:30:30Z");
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      orders.add(Order.of(OrderId.of("o" + i), CustomerId.of("ann"), first.plusSeconds(i * 40 * 60L),
          Money.ofMinor(1000, ShopOrders.EUR)));
    }
    assertEquals(LocalDate.of(2009, 10, 31), stJohns.localDate(orders.get(1).placedAt()));
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(stJohns).build();
    Period window = Period.of(LocalDate.of(2009, 10, 1), LocalDate.of(2009, 12, 1), stJohns.zone());

    MetricsSummary summary = analysis.analyze(orders, window);
    assertEquals(summary, analysis.analyze(OrderLog.from(orders, stJohns), window));
    assertEquals(2, summary.daysBetweenOrders().count());
  }

  @Test
  void aLogOfAnotherPolicyOrAWindowInAnotherZoneIsRejected() {
    AnalysisPolicy policy = AnalysisPolicy.of(ZoneOffset.UTC, ShopOrders.EUR);
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(policy).build();
    Period window = Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), ZoneOffset.UTC);
    OrderLog gross = OrderLog.from(List.of(), policy.withRefundPolicy(RefundPolicy.GROSS));
    assertEquals("order log must be built under the analysis' policy: " + analysis,
        assertThrows(IllegalArgumentException.class, () -> analysis.analyze(gross, window)).getMessage());
    OrderLog log = OrderLog.from(List.of(), policy);
    assertThrows(IllegalArgumentException.class,
        () -> analysis.analyze(log, Period.of(window.start(), window.endExclusive(), ShopOrders.ZONE)));
  }

  @Test
  void anEmptyLogHasTheMetricsOfNoOrders() {
    AnalysisPolicy policy = AnalysisPolicy.of(ZoneOffset.UTC, ShopOrders.EUR);
    MetricsAnalysis analysis = MetricsAnalysis.newBuilder(policy).build();
    Period window = Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), ZoneOffset.UTC);
    assertEquals(analysis.analyze(List.of(), window), analysis.analyze(OrderLog.from(List.of(), policy), window));
  }
}
