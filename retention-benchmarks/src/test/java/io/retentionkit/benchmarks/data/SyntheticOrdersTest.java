package io.retentionkit.benchmarks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.Order;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class SyntheticOrdersTest {

  @Test
  void theSameSeedGivesTheSameOrders() {
    assertEquals(SyntheticOrders.generate(2_000, 7), SyntheticOrders.generate(2_000, 7));
  }

  @Test
  void differentSeedsGiveDifferentOrders() {
    assertNotEquals(SyntheticOrders.generate(2_000, 7), SyntheticOrders.generate(2_000, 8));
  }

  @Test
  void generatesExactlyTheRequestedOrdersInChronologicalOrder() {
    List<Order> orders = SyntheticOrders.generate(5_000, 1);

    assertEquals(5_000, orders.size());
    for (int i = 1; i < orders.size(); i++) {
      assertTrue(!orders.get(i).placedAt().isBefore(orders.get(i - 1).placedAt()), "order " + i);
    }
    assertEquals(5_000, orders.stream().map(Order::id).distinct().count());
  }

  @Test
  void streamingGivesTheSameOrdersCustomerByCustomer() {
    SyntheticOrders generator = SyntheticOrders.newBuilder().customers(300).seed(3).build();
    List<Order> streamed = new ArrayList<>();
    generator.forEachOrder(streamed::add);

    streamed.sort(Comparator.comparing(Order::placedAt).thenComparing(order -> order.id().value()));

    assertEquals(generator.orders(), streamed);
  }

  @Test
  void rowsDescribeTheSameOrders() {
    SyntheticOrders generator = SyntheticOrders.newBuilder().customers(300).seed(3).build();
    List<Order> streamed = new ArrayList<>();
    generator.forEachOrder(streamed::add);
    List<Order> fromRows = new ArrayList<>();
    List<Long> customers = new ArrayList<>();
    generator.forEachRow(row -> {
      fromRows.add(row.toOrder(SyntheticOrders.DEFAULT_CURRENCY));
      customers.add(row.customer());
    });

    assertEquals(streamed, fromRows);
    assertEquals(SyntheticOrders.customerId(customers.get(customers.size() - 1)),
        fromRows.get(fromRows.size() - 1).customerId().value());
  }

  @Test
  void everyCustomerPlacesAtLeastOneOrderInTheSpan() {
    ZoneId zone = ZoneId.of("America/New_York");
    LocalDate first = LocalDate.of(2020, 3, 1);
    List<Order> orders = SyntheticOrders.newBuilder().customers(500).seed(5).zone(zone)
        .currency(Currency.getInstance("USD")).span(first, 12).build().orders();

    assertEquals(500, orders.stream().map(Order::customerId).distinct().count());
    for (Order order : orders) {
      LocalDate date = LocalDate.ofInstant(order.placedAt(), zone);
      assertTrue(!date.isBefore(first) && date.isBefore(first.plusMonths(12)), order.id().value());
      assertEquals("USD", order.total().currency().getCurrencyCode());
    }
  }

  @Test
  void customerIdsAreZeroPaddedText() {
    assertEquals("C0000001", SyntheticOrders.customerId(0));
    assertEquals("C0012346", SyntheticOrders.customerId(12_345));
    assertEquals("C10000000", SyntheticOrders.customerId(9_999_999));
  }

  @Test
  void theMixResemblesAWebShop() {
    List<Order> orders = SyntheticOrders.newBuilder().customers(20_000).seed(11).build().orders();
    Set<String> customers = new HashSet<>();
    long cancelledOrFailed = 0;
    long refunded = 0;
    long discounted = 0;
    long minor = 0;
    for (Order order : orders) {
      customers.add(order.customerId().value());
      cancelledOrFailed += order.status().isCancelledOrFailed() ? 1 : 0;
      refunded += order.refunds().isEmpty() ? 0 : 1;
      discounted += order.discountCode().isPresent() ? 1 : 0;
      minor += order.total().minorUnits();
    }
    double n = orders.size();

    assertEquals(20_000, customers.size());
    assertBetween(4.5, 5.5, n / customers.size(), "orders per customer");
    assertBetween(0.025, 0.035, cancelledOrFailed / n, "cancelled or failed share");
    assertBetween(0.06, 0.08, refunded / n, "refunded share");
    assertBetween(0.12, 0.17, discounted / n, "discounted share");
    assertBetween(55, 65, minor / n / 100, "average order value");
  }

  @Test
  void aLogNeedsABound() {
    assertEquals("customers or orders must be set to bound the log",
        assertThrows(IllegalStateException.class, () -> SyntheticOrders.newBuilder().build()).getMessage());
    assertEquals("orders must be positive: 0",
        assertThrows(IllegalArgumentException.class, () -> SyntheticOrders.newBuilder().orders(0)).getMessage());
  }

  private static void assertBetween(double low, double high, double actual, String what) {
    assertTrue(actual >= low && actual <= high, what + " must lie in [" + low + ", " + high + "]: " + actual);
  }
}
