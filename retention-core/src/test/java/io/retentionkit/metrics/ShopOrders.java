package io.retentionkit.metrics;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.Period;
import io.retentionkit.model.RefundPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;

/** Terse construction of orders of a shop in Europe/Amsterdam selling in euros, for hand-computed tests. */
final class ShopOrders {
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency USD = Currency.getInstance("USD");

  private static final AtomicInteger NEXT_ID = new AtomicInteger();

  private ShopOrders() {}

  static AnalysisPolicy policy(RefundPolicy refunds) {
    return AnalysisPolicy.of(ZONE, EUR).withRefundPolicy(refunds);
  }

  static Period window(String start, String endExclusive) {
    return Period.of(LocalDate.parse(start), LocalDate.parse(endExclusive), ZONE);
  }

  /** Returns the instant of a shop-local date ({@code 2021-04-15}, at noon) or date-time. */
  static Instant at(String localDateOrDateTime) {
    LocalDateTime local = localDateOrDateTime.length() == 10
        ? LocalDate.parse(localDateOrDateTime).atTime(12, 0)
        : LocalDateTime.parse(localDateOrDateTime);
    return local.atZone(ZONE).toInstant();
  }

  static Money eur(String amount) {
    return Money.parse(amount, "EUR");
  }

  /** Returns a builder of a paid euro order; the id is unique within the test run. */
  static Order.Builder order(String customer, String localDateOrDateTime, String euros) {
    return Order.builder(OrderId.of("o" + NEXT_ID.getAndIncrement()), CustomerId.of(customer), at(localDateOrDateTime), eur(euros));
  }
}
