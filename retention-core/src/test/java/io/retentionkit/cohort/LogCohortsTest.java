package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderSheet.EUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.internal.ColumnarThreshold;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.RefundPolicy;
import io.retentionkit.testing.RandomOrders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cohort tables of order logs: the cases the random properties do not reach. */
final class LogCohortsTest {
  private static final AnalysisPolicy POLICY = AnalysisPolicy.of(ZoneOffset.UTC, EUR);

  @Test
  void aLargeListIsAnalysedThroughALogWithAnEqualResult() {
    RandomOrders generator = RandomOrders.withSeed(5);
    List<Order> orders = generator.orders(12_000);
    assertTrue(orders.size() >= ColumnarThreshold.MIN_ORDERS, () -> orders.size() + " orders");
    CohortAnalysis analysis = CohortAnalysis.newBuilder(AnalysisPolicy.of(generator.zone(), generator.currency())
            .withRefundPolicy(RefundPolicy.NET_AT_REFUND_DATE))
        .breakdown(CohortBreakdown.CHANNEL).build();

    CohortAccumulator accumulator = analysis.newAccumulator();
    orders.forEach(accumulator);
    assertEquals(accumulator.result(), analysis.analyze(orders));
  }

  @Test
  void aLaterOrderOnAnEarlierLocalDateCountsAtOffsetZero() {
    // St. John's set its clocks back from 00:01 to 23:01 until 2010: an order at 00:00:30 on 1 November
    // 2009 is followed, 40 minutes later, by one at 23:40:30 on 31 October.
    AnalysisPolicy stJohns = AnalysisPolicy.of(ZoneId.of("America/St_Johns"), EUR);
    Instant first = Instant.parse("2009-11-01T02:30:30Z");
    Instant later = first.plusSeconds(40 * 60);
    assertEquals(LocalDate.of(2009, 10, 31), stJohns.localDate(later));
    List<Order> orders = List.of(Order.of(OrderId.of("o1"), CustomerId.of("ann"), first, OrderSheet.eur(1000)),
        Order.of(OrderId.of("o2"), CustomerId.of("ann"), later, OrderSheet.eur(500)));
    CohortAnalysis analysis = CohortAnalysis.newBuilder(stJohns).build();

    CohortTable table = analysis.analyze(orders);
    assertEquals("2009-11", table.rows().get(0).label());
    assertEquals(2, table.rows().get(0).cells().get(0).values().orders());
    assertEquals(table, analysis.analyze(OrderLog.from(orders, stJohns)));
  }

  @Test
  void aLaterOrderInAnEarlierMonthMakesTheCustomerActiveThere() {
    // As above, but the customer joined in September and also ordered at 23:30 on 31 October: in placing
    // order the orders after the first are at offsets 1, 2 and 1 again, yet make them active once in each.
    AnalysisPolicy stJohns = AnalysisPolicy.of(ZoneId.of("America/St_Johns"), EUR);
    Instant november = Instant.parse("2009-11-01T02:30:30Z");
    List<Order> orders = List.of(
        Order.of(OrderId.of("o1"), CustomerId.of("ann"), Instant.parse("2009-09-15T12:00:00Z"), OrderSheet.eur(700)),
        Order.of(OrderId.of("o2"), CustomerId.of("ann"), november.minusSeconds(30 * 60 + 30), OrderSheet.eur(300)),
        Order.of(OrderId.of("o3"), CustomerId.of("ann"), november, OrderSheet.eur(1000)),
        Order.of(OrderId.of("o4"), CustomerId.of("ann"), november.plusSeconds(40 * 60), OrderSheet.eur(500)));
    CohortAnalysis analysis = CohortAnalysis.newBuilder(stJohns).build();

    CohortTable table = analysis.analyze(orders);
    List<CohortCell> cells = table.rows().get(0).cells();
    assertEquals(List.of(1L, 1L, 1L), cells.stream().map(cell -> cell.values().activeCustomers()).toList());
    assertEquals(1, cells.get(1).cumulative().activeCustomers());
    assertEquals(2, cells.get(1).values().orders());
    assertEquals(table, analysis.analyze(OrderLog.from(orders, stJohns)));
  }

  @Test
  void anEmptyLogHasNoRows() {
    CohortAnalysis derived = CohortAnalysis.newBuilder(POLICY).build();
    CohortAnalysis explicit = CohortAnalysis.newBuilder(POLICY).asOf(Instant.parse("2024-01-01T00:00:00Z")).build();
    OrderLog empty = OrderLog.from(List.of(), POLICY);
    assertEquals(derived.analyze(List.of()), derived.analyze(empty));
    assertEquals(explicit.analyze(List.of()), explicit.analyze(empty));
  }

  @Test
  void aLogOfAnotherPolicyIsRejected() {
    OrderLog log = OrderLog.from(List.of(), POLICY.withRefundPolicy(RefundPolicy.GROSS));
    CohortAnalysis analysis = CohortAnalysis.newBuilder(POLICY).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analysis.analyze(log));
    assertEquals("order log must be built under the analysis' policy: " + analysis, e.getMessage());
  }

  @Test
  void aBreakdownByACallersFunctionNeedsTheOrders() {
    CohortAnalysis analysis = CohortAnalysis.newBuilder(POLICY)
        .breakdown(CohortBreakdown.of("campaign", order -> Optional.of("spring"))).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> analysis.analyze(OrderLog.from(List.of(), POLICY)));
    assertEquals("breakdown must be channel, discount-code, country or first-sku to analyse an order log: campaign",
        e.getMessage());
  }
}
