package io.retentionkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class OrderTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant PLACED = Instant.parse("2024-03-01T10:00:00Z");

  private static Order.Builder order(long cents) {
    return Order.builder(OrderId.of("o1"), CustomerId.of("c1"), PLACED, Money.ofMinor(cents, EUR));
  }

  @Test
  void defaultsToAPaidOrderWithoutExtras() {
    Order order = Order.of(OrderId.of("o1"), CustomerId.of("c1"), PLACED, Money.ofMinor(1000, EUR));
    assertEquals(OrderStatus.PAID, order.status());
    assertTrue(order.refunds().isEmpty());
    assertEquals(Optional.empty(), order.discountCode());
    assertFalse(order.guestCheckout());
    assertEquals(Money.ofMinor(1000, EUR), order.netTotal());
  }

  @Test
  void sumsPartialRefunds() {
    Order order = order(1000)
        .refund(Money.ofMinor(300, EUR), PLACED.plusSeconds(60))
        .refund(Money.ofMinor(200, EUR), PLACED.plusSeconds(120))
        .build();
    assertEquals(Money.ofMinor(500, EUR), order.refundedTotal());
    assertEquals(Money.ofMinor(500, EUR), order.netTotal());
    assertFalse(order.isFullyRefunded());
    assertTrue(order.toBuilder().refund(Money.ofMinor(500, EUR), PLACED).build().isFullyRefunded());
  }

  @Test
  void refundsNeverExceedTheTotal() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> order(1000).refund(Money.ofMinor(600, EUR), PLACED).refund(Money.ofMinor(401, EUR), PLACED).build());
    assertEquals("refunds must not exceed the total EUR 10.00: EUR 10.01 refunded (order o1)", e.getMessage());
  }

  @Test
  void refundsNeverPrecedeTheOrder() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> order(1000).refund(Money.ofMinor(1, EUR), PLACED.minusSeconds(1)).build());
    assertEquals("refund must not precede the order: refunded at 2024-03-01T09:59:59Z, "
        + "placed at 2024-03-01T10:00:00Z (order o1)", e.getMessage());
  }

  @Test
  void refundsAndLinesShareTheOrdersCurrency() {
    assertThrows(IllegalArgumentException.class, () -> order(1000).refund(Money.ofMinor(1, USD), PLACED).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> order(1000).lineItem("SKU", 1, Money.ofMinor(1000, USD)).build());
    assertEquals("line currency must be the order's currency EUR: USD (order o1)", e.getMessage());
  }

  @Test
  void rejectsNegativeTotalsBlankAttributesAndGuestsWithoutEmail() {
    assertEquals("total must not be negative: EUR -0.01 (order o1)",
        assertThrows(IllegalArgumentException.class, () -> order(-1).build()).getMessage());
    assertEquals("discount code must not be blank when present (order o1)",
        assertThrows(IllegalArgumentException.class, () -> order(1).discountCode(" ").build()).getMessage());
    assertEquals("guest checkout must have an e-mail address (order o1)",
        assertThrows(IllegalArgumentException.class, () -> order(1).guestCheckout(true).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> order(1).lineItem("SKU", 0, Money.ofMinor(1, EUR)));
    assertThrows(IllegalArgumentException.class, () -> order(1).refund(Money.ofMinor(0, EUR), PLACED));
    assertThrows(IllegalArgumentException.class, () -> OrderId.of(" "));
    assertThrows(NullPointerException.class, () -> CustomerId.of(null));
  }

  @Test
  void zeroValueOrdersAreNeverFullyRefunded() {
    assertFalse(order(0).build().isFullyRefunded());
  }

  @Test
  void copiesKeepEveryValue() {
    Order order = order(1000)
        .status(OrderStatus.FULFILLED)
        .refund(Money.ofMinor(100, EUR), PLACED)
        .discountCode("WELCOME")
        .channel("web")
        .country("NL")
        .email(EmailAddress.of("ann@example.com"))
        .guestCheckout(true)
        .lineItem("MUG", 2, Money.ofMinor(1000, EUR))
        .build();
    assertEquals(order, order.toBuilder().build());
    assertSame(order, order.withCustomerId(CustomerId.of("c1")));
    Order moved = order.withCustomerId(CustomerId.of("c2"));
    assertEquals(CustomerId.of("c2"), moved.customerId());
    assertEquals(order, moved.withCustomerId(CustomerId.of("c1")));
  }

  @Test
  void parsesStatusNamesIgnoringCase() {
    assertEquals(OrderStatus.CANCELLED, OrderStatus.parse(" Cancelled "));
    assertEquals("status must be one of placed, paid, fulfilled, cancelled, failed: 'voided'",
        assertThrows(IllegalArgumentException.class, () -> OrderStatus.parse("voided")).getMessage());
    assertTrue(OrderStatus.FAILED.isCancelledOrFailed());
    assertFalse(OrderStatus.PLACED.isCancelledOrFailed());
  }
}
