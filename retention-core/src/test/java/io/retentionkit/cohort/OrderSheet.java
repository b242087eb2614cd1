package io.retentionkit.cohort;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds small hand-written order logs in one zone and currency: {@code log.add("ann", "2024-01-05", 1000)}. */
final class OrderSheet {
  static final Currency EUR = Currency.getInstance("EUR");

  private final ZoneId zone;
  private final List<Order> orders = new ArrayList<>();

  OrderSheet(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Adds a paid order of {@code cents} euro cents, placed at local noon of a date ({@code "2024-01-05"}) or
   * at a local date-time ({@code "2024-01-05T23:30"}); its id is {@code "o<n>"}, n counting from 1.
   */
  OrderSheet add(String customer, String when, long cents) {
    return add(customer, when, cents, builder -> builder);
  }

  /** Adds an order as {@link #add(String, String, long)} does, after {@code details} changed its builder. */
  OrderSheet add(String customer, String when, long cents, UnaryOperator<Order.Builder> details) {
    Order.Builder builder = Order.builder(OrderId.of("o" + (orders.size() + 1)), CustomerId.of(customer), at(when),
        Money.ofMinor(cents, EUR));
    orders.add(details.apply(builder).build());
    return this;
  }

  /** Returns the instant of a local date (at noon) or date-time in this log's zone. */
  Instant at(String when) {
    LocalDateTime local = when.contains("T") ? LocalDateTime.parse(when) : LocalDate.parse(when).atTime(12, 0);
    return local.atZone(zone).toInstant();
  }

  /** Returns the instant local midnight of {@code date} begins. */
  Instant midnight(String date) {
    return LocalDate.parse(date).atStartOfDay(zone).toInstant();
  }

  /** Returns a euro amount. */
  static Money eur(long cents) {
    return Money.ofMinor(cents, EUR);
  }

  List<Order> orders() {
    return List.copyOf(orders);
  }
}
