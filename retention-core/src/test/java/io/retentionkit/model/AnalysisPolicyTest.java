package io.retentionkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class AnalysisPolicyTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");
  private static final AnalysisPolicy POLICY = AnalysisPolicy.of(ZoneId.of("Europe/Amsterdam"), EUR);

  private static Order order(long cents, Currency currency, long... refunds) {
    Order.Builder builder = Order.builder(OrderId.of("o1"), CustomerId.of("c1"), AT, Money.ofMinor(cents, currency));
    for (long refund : refunds) {
      builder.refund(Money.ofMinor(refund, currency), AT.plusSeconds(3600));
    }
    return builder.build();
  }

  @Test
  void booksRevenueAccordingToTheRefundPolicy() {
    Order order = order(1000, EUR, 300);
    assertEquals(1000, POLICY.grossMinor(order));
    assertEquals(700, POLICY.netMinor(order));
    assertEquals(300, POLICY.refundedMinor(order));
    assertEquals(700, POLICY.revenueAtOrderDateMinor(order));
    assertFalse(POLICY.refundsBookedSeparately());
    assertEquals(1000, POLICY.withRefundPolicy(RefundPolicy.GROSS).revenueAtOrderDateMinor(order));
    AnalysisPolicy atRefundDate = POLICY.withRefundPolicy(RefundPolicy.NET_AT_REFUND_DATE);
    assertEquals(1000, atRefundDate.revenueAtOrderDateMinor(order));
    assertTrue(atRefundDate.refundsBookedSeparately());
    assertEquals(300, atRefundDate.refundMinor(order, 0));
  }

  @Test
  void mixedCurrenciesWithoutAConverterFailNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> POLICY.grossMinor(order(1000, USD)));
    assertEquals("currency must be the reporting currency EUR when no converter is given: USD", e.getMessage());
  }

  @Test
  void convertedRefundsAddUpToTheConvertedNetExactly() {
    // 1/3 rates make every single conversion round; the telescoping refunds still add up exactly.
    AnalysisPolicy policy = POLICY.withConverter(
        CurrencyConverter.ofFixedRates(EUR, Map.of(USD, new BigDecimal("0.3333333"))));
    Order order = order(1001, USD, 1, 1, 1, 998);
    long sum = 0;
    for (int i = 0; i < order.refunds().size(); i++) {
      sum += policy.refundMinor(order, i);
    }
    assertEquals(policy.refundedMinor(order), sum);
    assertEquals(policy.grossMinor(order), sum); // fully refunded nets to exactly zero
    assertEquals(0, policy.netMinor(order));
  }

  @Test
  void convertedRefundsAreTheDropsInTheOrderTheyWereMade() {
    // Listed latest first: each refund is still the drop it caused when it was made, so the refunds known
    // at any instant add up to the drop in converted net total at that instant.
    AnalysisPolicy policy = POLICY.withConverter(
        CurrencyConverter.ofFixedRates(EUR, Map.of(USD, new BigDecimal("0.3333333"))));
    Order order = Order.builder(OrderId.of("o1"), CustomerId.of("c1"), AT, Money.ofMinor(1000, USD))
        .refund(Money.ofMinor(1, USD), AT.plusSeconds(300))
        .refund(Money.ofMinor(1, USD), AT.plusSeconds(200))
        .refund(Money.ofMinor(1, USD), AT.plusSeconds(100))
        .build();
    Order firstTwo = Order.builder(OrderId.of("o1"), CustomerId.of("c1"), AT, Money.ofMinor(1000, USD))
        .refund(Money.ofMinor(1, USD), AT.plusSeconds(200))
        .refund(Money.ofMinor(1, USD), AT.plusSeconds(100))
        .build();

    assertEquals(policy.grossMinor(firstTwo) - policy.netMinor(firstTwo),
        policy.refundMinor(order, 1) + policy.refundMinor(order, 2));
    assertEquals(policy.refundMinor(firstTwo, 0), policy.refundMinor(order, 1));
    assertEquals(policy.refundMinor(firstTwo, 1), policy.refundMinor(order, 2));
    assertEquals(policy.refundedMinor(order),
        policy.refundMinor(order, 0) + policy.refundMinor(order, 1) + policy.refundMinor(order, 2));
  }

  @Test
  void qualifyingOrdersRulesAreApplied() {
    Order cancelled = order(1000, EUR).toBuilder().status(OrderStatus.CANCELLED).build();
    Order failed = order(1000, EUR).toBuilder().status(OrderStatus.FAILED).build();
    Order refunded = order(1000, EUR, 1000);
    Order free = order(0, EUR);
    assertFalse(POLICY.qualifies(cancelled));
    assertFalse(POLICY.qualifies(failed));
    assertTrue(POLICY.qualifies(refunded));
    assertTrue(POLICY.qualifies(free));
    AnalysisPolicy strict = POLICY.withQualifyingOrders(QualifyingOrders.strict());
    assertFalse(strict.qualifies(refunded));
    assertFalse(strict.qualifies(free));
    assertTrue(strict.qualifies(order(1000, EUR, 999)));
    assertTrue(new QualifyingOrders(false, false, false).test(cancelled));
  }

  @Test
  void qualifyingRuleJudgesAnOrdersFactsAsItJudgesTheOrder() {
    QualifyingOrders strict = QualifyingOrders.strict();
    assertTrue(strict.accepts(OrderStatus.PAID, false, false));
    assertFalse(strict.accepts(OrderStatus.FAILED, false, false));
    assertFalse(strict.accepts(OrderStatus.PAID, true, false));
    assertFalse(strict.accepts(OrderStatus.PAID, false, true));
    assertTrue(QualifyingOrders.standard().accepts(OrderStatus.FULFILLED, true, true));
    assertThrows(NullPointerException.class, () -> strict.accepts(null, false, false));
  }

  @Test
  void calendarsUseThePolicysZoneAndWeekStart() {
    PeriodCalendar weeks = POLICY.withFirstDayOfWeek(java.time.DayOfWeek.SUNDAY).calendar(PeriodUnit.WEEK);
    assertEquals(java.time.DayOfWeek.SUNDAY, weeks.firstDayOfWeek());
    assertEquals(POLICY.zone(), weeks.zone());
    // 23:30 UTC on 29 Feb is 00:30 on 1 March in Amsterdam.
    assertEquals(java.time.LocalDate.of(2024, 3, 1), POLICY.localDate(Instant.parse("2024-02-29T23:30:00Z")));
  }
}
