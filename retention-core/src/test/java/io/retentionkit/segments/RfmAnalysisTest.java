package io.retentionkit.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import io.retentionkit.model.RefundPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RfmAnalysisTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final AnalysisPolicy POLICY = AnalysisPolicy.of(ZONE, EUR);
  private static final LocalDate AS_OF = LocalDate.of(2024, 7, 1);

  private int nextOrder;

  @Test
  void fiveCustomersFiveDistinctScoresOneSegmentEach() {
    List<Order> orders = new ArrayList<>();
    // a: 1 day ago, 5 orders, EUR 500 ... e: 200 days ago, 1 order, EUR 100
    String[] ids = {"a", "b", "c", "d", "e"};
    int[] daysAgo = {1, 10, 30, 60, 200};
    for (int i = 0; i < ids.length; i++) {
      int count = 5 - i;
      for (int k = 0; k < count; k++) {
        orders.add(order(ids[i], AS_OF.minusDays(daysAgo[i] + 7L * k), "100.00"));
      }
    }

    RfmSegmentation rfm = analysis().analyze(orders);

    assertEquals(List.of("a", "b", "c", "d", "e"),
        rfm.customers().stream().map(c -> c.customerId().value()).toList());
    CustomerRfm a = rfm.customer(CustomerId.of("a")).orElseThrow();
    assertEquals(1, a.recencyDays());
    assertEquals(AS_OF.minusDays(1), a.lastOrderDate());
    assertEquals(5, a.frequency());
    assertEquals(Money.parse("500.00", "EUR"), a.monetary());
    assertEquals(RfmScore.of(5, 5, 5), a.score());
    assertEquals(RfmSegment.CHAMPIONS, a.segment());
    assertEquals(RfmSegment.LOYAL, segmentOf(rfm, "b"));
    assertEquals(RfmScore.of(4, 4, 4), rfm.customer(CustomerId.of("b")).orElseThrow().score());
    assertEquals(RfmSegment.NEED_ATTENTION, segmentOf(rfm, "c"));
    assertEquals(RfmSegment.HIBERNATING, segmentOf(rfm, "d"));
    assertEquals(RfmSegment.LOST, segmentOf(rfm, "e"));
    assertEquals(200, rfm.customer(CustomerId.of("e")).orElseThrow().recencyDays());

    assertEquals(11, rfm.sizes().size());
    SegmentSize champions = rfm.size(RfmSegment.CHAMPIONS);
    assertEquals(1, champions.customers());
    assertEquals(0.2, champions.customerShare().value().getAsDouble());
    assertEquals(500.0 / 1500, champions.revenueShare().value().getAsDouble(), 1e-15);
    assertEquals(0, rfm.size(RfmSegment.NEW).customers());
    assertEquals(Money.parse("1500.00", "EUR"), rfm.totalRevenue());
    assertEquals(15, rfm.ordersCounted());
    assertEquals(AS_OF, rfm.asOfDate());
    assertTrue(rfm.customer(CustomerId.of("zed")).isEmpty());
  }

  @Test
  void tiesShareAScoreWhateverTheInputOrder() {
    List<Order> orders = new ArrayList<>();
    // Six one-order customers and four two-order customers, all on the same days and amounts per order.
    for (int c = 0; c < 10; c++) {
      orders.add(order("c" + c, AS_OF.minusDays(3), "10.00"));
      if (c >= 6) {
        orders.add(order("c" + c, AS_OF.minusDays(40), "10.00"));
      }
    }

    RfmSegmentation rfm = analysis().analyze(orders);
    List<Order> reversed = new ArrayList<>(orders);
    java.util.Collections.reverse(reversed);

    for (CustomerRfm customer : rfm.customers()) {
      // Everyone ordered 3 days ago: nobody is strictly more recent, nobody strictly less; R = 1 + 0.
      assertEquals(1, customer.score().r(), customer.toString());
      // One order: nobody has fewer (F 1); two orders: 6 of 10 have fewer, 1 + floor(5 * 6 / 10) = 4.
      assertEquals(customer.frequency() == 1 ? 1 : 4, customer.score().f(), customer.toString());
      assertEquals(customer.frequency() == 1 ? 1 : 4, customer.score().m(), customer.toString());
    }
    assertEquals(rfm, analysis().analyze(reversed));
  }

  @Test
  void monetaryValueFollowsTheRefundPolicyAndTheAsOfInstant() {
    Instant placed = instant(AS_OF.minusDays(20));
    Order refunded = Order.builder(OrderId.of("r"), CustomerId.of("ann"), placed, Money.parse("100.00", "EUR"))
        .refund(Money.parse("30.00", "EUR"), instant(AS_OF.minusDays(10)))
        .refund(Money.parse("20.00", "EUR"), instant(AS_OF.plusDays(5)))
        .build();

    assertEquals("100.00", monetary(RefundPolicy.GROSS, refunded));
    assertEquals("50.00", monetary(RefundPolicy.NET_AT_ORDER_DATE, refunded));
    assertEquals("70.00", monetary(RefundPolicy.NET_AT_REFUND_DATE, refunded), "the later refund is not yet known");
  }

  @Test
  void ordersLeftOutAreCountedAndTheRestAgreesWithTheColumnarPath() {
    List<Order> orders = List.of(
        order("ann", AS_OF.minusDays(2), "10.00"),
        Order.builder(OrderId.of("x"), CustomerId.of("ann"), instant(AS_OF.minusDays(1)), Money.parse("5.00", "EUR"))
            .status(OrderStatus.CANCELLED).build(),
        order("bob", AS_OF, "12.00"),
        order("bob", AS_OF.plusDays(3), "12.00"),
        order("cem", AS_OF.minusDays(400), "99.00"));

    RfmSegmentation rfm = analysis().analyze(orders);

    assertEquals(2, rfm.ordersCounted());
    assertEquals(1, rfm.ordersNotQualifying());
    assertEquals(2, rfm.ordersAfterAsOf(), "placed at or after the as-of instant");
    assertEquals(2, rfm.customers().size());
    assertFalse(rfm.customer(CustomerId.of("bob")).isPresent());
    assertEquals(rfm, analysis().analyze(OrderLog.from(orders, POLICY)));
  }

  @Test
  void anOrderOnTheAsOfDateBeforeTheInstantIsZeroDaysAgo() {
    Instant noon = AS_OF.atTime(12, 0).atZone(ZONE).toInstant();
    RfmAnalysis analysis = RfmAnalysis.newBuilder(POLICY).asOf(noon).build();

    RfmSegmentation rfm = analysis.analyze(List.of(order("ann", AS_OF, "1.00")));

    assertEquals(0, rfm.customers().get(0).recencyDays());
    assertEquals(RfmScore.of(1, 1, 1), rfm.customers().get(0).score(), "a lone customer scores 1 everywhere");
  }

  @Test
  void withoutCustomersEverySizeIsZeroAndEveryShareUndefinedWithItsReason() {
    RfmSegmentation rfm = analysis().analyze(List.of());

    assertEquals(0, rfm.customers().size());
    for (SegmentSize size : rfm.sizes()) {
      assertEquals(0, size.customers());
      assertEquals("no customer has a qualifying order before the as-of instant",
          size.customerShare().undefinedReason().orElseThrow());
      assertEquals("the customers' total revenue is zero", size.revenueShare().undefinedReason().orElseThrow());
    }
  }

  @Test
  void accumulatorsCombineToTheSameResult() {
    List<Order> orders = new ArrayList<>();
    for (int c = 0; c < 30; c++) {
      for (int k = 0; k <= c % 4; k++) {
        orders.add(order("c" + c, AS_OF.minusDays(1 + (c * 7L) % 90 + k * 30L), (10 + c) + ".00"));
      }
    }
    RfmAnalysis analysis = analysis();
    RfmAccumulator first = analysis.newAccumulator();
    RfmAccumulator second = analysis.newAccumulator();
    for (int i = 0; i < orders.size(); i++) {
      (i % 3 == 0 ? first : second).accept(orders.get(i));
    }

    assertEquals(analysis.analyze(orders), first.combine(second).result());
    assertEquals(analysis.analyze(orders), orders.parallelStream().collect(
        io.retentionkit.metrics.Accumulator.collector(analysis::newAccumulator)));
  }

  @Test
  void misuseIsRefusedWithAReason() {
    assertEquals("asOf must be set: RFM values are only defined as of an instant",
        assertThrows(IllegalStateException.class, () -> RfmAnalysis.newBuilder(POLICY).build()).getMessage());
    OrderLog other = OrderLog.from(List.of(), POLICY.withRefundPolicy(RefundPolicy.GROSS));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> analysis().analyze(other)).getMessage()
        .startsWith("order log must be built under the analysis' policy"));
    RfmAccumulator later = RfmAnalysis.newBuilder(POLICY).asOf(instant(AS_OF.plusDays(1))).build().newAccumulator();
    assertThrows(IllegalArgumentException.class, () -> analysis().newAccumulator().combine(later));
  }

  private String monetary(RefundPolicy refunds, Order order) {
    AnalysisPolicy policy = POLICY.withRefundPolicy(refunds);
    RfmAnalysis analysis = RfmAnalysis.newBuilder(policy).asOf(instant(AS_OF)).build();
    String objects = analysis.analyze(List.of(order)).customers().get(0).monetary().toBigDecimal().toPlainString();
    String columns = analysis.analyze(OrderLog.from(List.of(order), policy)).customers().get(0).monetary()
        .toBigDecimal().toPlainString();
    assertEquals(objects, columns, refunds::toString);
    return objects;
  }

  private static RfmSegment segmentOf(RfmSegmentation rfm, String id) {
    return rfm.customer(CustomerId.of(id)).orElseThrow().segment();
  }

  private static RfmAnalysis analysis() {
    return RfmAnalysis.newBuilder(POLICY).asOf(instant(AS_OF)).build();
  }

  private Order order(String customer, LocalDate day, String eur) {
    return Order.of(OrderId.of("o" + nextOrder++), CustomerId.of(customer), day.atTime(10, 0).atZone(ZONE).toInstant(),
        Money.parse(eur, "EUR"));
  }

  private static Instant instant(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }
}
