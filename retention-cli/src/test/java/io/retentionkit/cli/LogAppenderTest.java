package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.columnar.OrderAttribute;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CurrencyConverter;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import io.retentionkit.model.QualifyingOrders;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Orders appended one at a time make the log {@link OrderLog#from} makes, but for what rounding changes. */
final class LogAppenderTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
  /** 0.30 EUR a dollar: a cent converts to 0.003 EUR, which rounds to nothing. */
  private static final AnalysisPolicy POLICY = AnalysisPolicy.of(ZoneOffset.UTC, EUR)
      .withConverter(CurrencyConverter.ofFixedRates(EUR, Map.of(USD, new BigDecimal("0.30"))))
      .withQualifyingOrders(new QualifyingOrders(true, true, true));

  private static Order.Builder order(String id, long minor, Currency currency) {
    return Order.builder(OrderId.of(id), CustomerId.of("c1"), MARCH, Money.ofMinor(minor, currency));
  }

  @Test
  void buildsTheLogOfOrderLogFrom() {
    List<Order> orders = List.of(
        order("1", 2_000, EUR).channel("web").country("NL").discountCode("HELLO").lineItem("SKU-1", 1,
            Money.ofMinor(2_000, EUR)).refund(Money.ofMinor(500, EUR), MARCH.plusSeconds(86_400)).build(),
        order("2", 1_000, USD).status(OrderStatus.CANCELLED).refund(Money.ofMinor(1_000, USD), MARCH).build(),
        order("3", 0, EUR).build(),
        order("4", 4_000, USD).refund(Money.ofMinor(1_000, USD), MARCH.plusSeconds(60))
            .refund(Money.ofMinor(3_000, USD), MARCH.plusSeconds(30)).build());
    LogAppender appender = new LogAppender(POLICY, orders.size());
    orders.forEach(appender::append);
    OrderLog streamed = appender.build();
    OrderLog from = OrderLog.from(orders, POLICY);

    assertEquals(from.orderCount(), streamed.orderCount());
    assertEquals(from.refundCount(), streamed.refundCount());
    for (int i = 0; i < from.orderCount(); i++) {
      assertEquals(from.placedAt(i), streamed.placedAt(i));
      assertEquals(from.status(i), streamed.status(i));
      assertEquals(from.qualifies(i), streamed.qualifies(i), "order " + i);
      assertEquals(from.qualifiesUnrefunded(i), streamed.qualifiesUnrefunded(i), "order " + i);
      assertEquals(from.grossMinor(i), streamed.grossMinor(i), "order " + i);
      assertEquals(from.netMinor(i), streamed.netMinor(i), "order " + i);
      for (OrderAttribute attribute : OrderAttribute.values()) {
        assertEquals(from.attribute(attribute, i), streamed.attribute(attribute, i));
      }
    }
    for (int r = 0; r < from.refundCount(); r++) {
      assertEquals(from.refundedAt(r), streamed.refundedAt(r));
      assertEquals(from.refundMinor(r), streamed.refundMinor(r));
    }
    assertEquals(0, appender.requalified());
    assertEquals(0, appender.zeroRefunds());
  }

  @Test
  void countsWhatRoundingToZeroChangesInsteadOfDroppingItSilently() {
    LogAppender appender = new LogAppender(POLICY, 2);
    appender.append(order("1", 1, USD).build()); // 0.01 USD: not zero-value, but 0.00 EUR
    // 10.00 USD refunded 9.99: 3.00 EUR and 0.003 EUR left, which rounds the net to 0; and a cent refund
    // made first drops the converted net by nothing.
    appender.append(order("2", 1_000, USD).refund(Money.ofMinor(1, USD), MARCH)
        .refund(Money.ofMinor(998, USD), MARCH.plusSeconds(1)).build());

    assertEquals(2, appender.requalified());
    assertEquals(1, appender.zeroRefunds());
  }
}
