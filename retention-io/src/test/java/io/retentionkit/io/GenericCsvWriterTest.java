package io.retentionkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class GenericCsvWriterTest {

  @Test
  void theDemoShopReadsBackAsTheSameOrdersWithoutLineItems() {
    List<Order> orders = DemoShop.orders();
    String csv = write(orders);

    Imports.Result read = Imports.strict(InputFormat.GENERIC_CSV, csv);

    assertEquals(withoutLines(orders), read.orders());
    assertEquals(orders.size(), read.summary().ordersImported());
    assertEquals(List.of(), read.summary().ignoredColumns());
  }

  @Test
  void writesEveryColumnOfTheLayoutWithOffsetsOfTheZone() {
    Order order = Order.builder(OrderId.of("7"), CustomerId.of("c1"), Instant.parse("2024-03-01T08:30:00Z"),
            Money.parse("12.50", "EUR"))
        .status(OrderStatus.PLACED)
        .channel("web")
        .refund(Money.parse("2.50", "EUR"), Instant.parse("2024-07-01T10:00:00Z"))
        .build();

    assertEquals("order_id,customer_id,placed_at,amount,currency,status,email,channel,discount_code,country,"
        + "refunded_amount,refunded_at\r\n"
        + "7,c1,2024-03-01T09:30:00+01:00,12.50,EUR,placed,,web,,,2.50,2024-07-01T12:00:00+02:00\r\n", write(List.of(order)));
  }

  @Test
  void neutralisesTextThatASpreadsheetWouldRun() {
    Order order = Order.builder(OrderId.of("8"), CustomerId.of("c1"), Instant.parse("2024-03-01T08:30:00Z"),
            Money.parse("1.00", "EUR"))
        .discountCode("=HYPERLINK(\"http://x\")")
        .build();

    String csv = write(List.of(order));

    assertEquals("'=HYPERLINK(\"http://x\")",
        Imports.strict(InputFormat.GENERIC_CSV, csv).orders().get(0).discountCode().orElseThrow());
  }

  @Test
  void refusesAnOrderWithMoreThanOneRefundRatherThanMergingThem() {
    Order order = Order.builder(OrderId.of("9"), CustomerId.of("c1"), Instant.parse("2024-03-01T08:30:00Z"),
            Money.parse("10.00", "EUR"))
        .refund(Money.parse("1.00", "EUR"), Instant.parse("2024-03-02T08:30:00Z"))
        .refund(Money.parse("2.00", "EUR"), Instant.parse("2024-03-03T08:30:00Z"))
        .build();

    try (GenericCsvWriter csv = GenericCsvWriter.of(new StringWriter(), Imports.AMSTERDAM)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> csv.accept(order));
      assertEquals("order must have at most one refund to be written as generic CSV: order 9 has 2", e.getMessage());
      assertEquals(0, csv.written());
    }
  }

  private static String write(List<Order> orders) {
    StringWriter out = new StringWriter();
    try (GenericCsvWriter csv = GenericCsvWriter.of(out, Imports.AMSTERDAM)) {
      orders.forEach(csv);
      assertEquals(orders.size(), csv.written());
    }
    return out.toString();
  }

  private static List<Order> withoutLines(List<Order> orders) {
    return orders.stream().map(order -> new Order(order.id(), order.customerId(), order.placedAt(), order.total(),
        order.status(), order.refunds(), order.discountCode(), order.channel(), order.country(), order.email(),
        order.guestCheckout(), List.of())).toList();
  }
}
