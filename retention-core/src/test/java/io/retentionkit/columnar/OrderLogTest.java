package io.retentionkit.columnar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import io.retentionkit.model.QualifyingOrders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.function.Executable;

final class OrderLogTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final AnalysisPolicy POLICY = AnalysisPolicy.of(AMSTERDAM, EUR);
  private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  private static Instant at(long hours) {
    return T0.plusSeconds(hours * 3600);
  }

  @Test
  void groupsOrdersByCustomerInTimeOrderAndNumbersCustomersByFirstAppearance() {
    OrderLog.Builder builder = OrderLog.newBuilder(POLICY);
    builder.order("bea", at(30), 300);
    builder.order("ann", at(20), 200);
    builder.order("bea", at(10), 100);
    builder.order("ann", at(5), 50);
    OrderLog log = builder.build();

    assertEquals(2, log.customerCount());
    assertEquals(CustomerId.of("bea"), log.customerId(0));
    assertEquals(OptionalInt.of(1), log.customerIndex(CustomerId.of("ann")));
    assertEquals(OptionalInt.empty(), log.customerIndex(CustomerId.of("cay")));
    assertEquals(List.of(100L, 300L, 50L, 200L), grossAmounts(log));
    assertEquals(0, log.orderStart(0));
    assertEquals(2, log.orderEnd(0));
    assertEquals(1, log.customerOf(3));
    assertEquals(at(5), log.placedAt(2));
    assertEquals(LocalDate.of(2024, 3, 1).toEpochDay(), log.day(2));
    assertEquals(OptionalInt.of((int) LocalDate.of(2024, 3, 1).toEpochDay()), log.firstDay());
    assertEquals(OptionalInt.of((int) LocalDate.of(2024, 3, 2).toEpochDay()), log.lastDay());
  }

  @Test
  void keepsStatusQualificationAttributesAndRefundsInTheOrderTheyWereMade() {
    AnalysisPolicy strict = POLICY.withQualifyingOrders(QualifyingOrders.strict());
    OrderLog log = OrderLog.newBuilder(strict)
        .order("ann", at(0), 1000).channel("web").discountCode("WELCOME").country("NL").firstSku("MUG")
        .refund(600, at(48)).refund(400, at(24))
        .order("ann", at(1), 500).status(OrderStatus.CANCELLED)
        .refund(100, at(2))
        .build();

    assertEquals(OrderStatus.PAID, log.status(0));
    assertFalse(log.qualifies(0)); // refunded in full, which the strict rule excludes
    assertTrue(log.qualifiesUnrefunded(0));
    assertTrue(log.hasRefunds(0));
    assertEquals(1000, log.grossMinor(0));
    assertEquals(0, log.netMinor(0));
    assertEquals(Optional.of("web"), log.attribute(OrderAttribute.CHANNEL, 0));
    assertEquals(Optional.of("MUG"), log.attribute(OrderAttribute.FIRST_SKU, 0));
    assertEquals(Optional.empty(), log.attribute(OrderAttribute.CHANNEL, 1));
    assertEquals(1, log.attributeValueCount(OrderAttribute.COUNTRY));
    assertEquals("NL", log.attributeValue(OrderAttribute.COUNTRY, 1));
    assertEquals(0, log.refundStart(0));
    assertEquals(2, log.refundEnd(0));
    assertEquals(List.of(at(24), at(48)), List.of(log.refundedAt(0), log.refundedAt(1)));
    assertEquals(List.of(400L, 600L), List.of(log.refundMinor(0), log.refundMinor(1)));
    assertTrue(log.isRefundedBefore(0, at(25)));
    assertFalse(log.isRefundedBefore(0, at(24)));

    // Cancelled: it can never qualify, so it is kept for counting only and its amounts read zero.
    assertEquals(OrderStatus.CANCELLED, log.status(1));
    assertFalse(log.qualifies(1) || log.qualifiesUnrefunded(1));
    assertEquals(0, log.grossMinor(1));
    assertEquals(0, log.refundMinor(2));
    assertEquals(1, log.refundOrder(2));
  }

  @Test
  void aLogOfOrdersHoldsWhatTheBuilderHoldsForTheSameValues() {
    List<Order> orders = List.of(
        order("o3", "bea", at(7), 700).channel("app").refund(eur(200), at(9)).build(),
        order("o1", "ann", at(3), 300).discountCode("SPRING").lineItem("MUG", 1, eur(300)).build(),
        order("o2", "ann", at(3), 150).status(OrderStatus.FAILED).build(),
        order("o0", "ann", at(1), 0).country("DE").build());
    OrderLog fromOrders = OrderLog.from(orders, POLICY);
    // The builder's ties go in the order added; add them in order id order, as from(orders) breaks them.
    OrderLog built = OrderLog.newBuilder(POLICY)
        .order("bea", at(7), 700).channel("app").refund(200, at(9))
        .order("ann", at(1), 0).country("DE")
        .order("ann", at(3), 300).discountCode("SPRING").firstSku("MUG")
        .order("ann", at(3), 150).status(OrderStatus.FAILED)
        .build();

    assertEquals(describe(built), describe(fromOrders));
    assertEquals(List.of("bea", "ann"), List.of(fromOrders.customerId(0).value(), fromOrders.customerId(1).value()));
  }

  @Test
  void aLogOfManyOrdersWithWideAmountsAndFractionsOfASecondHoldsWhatTheBuilderHolds() {
    // Three import chunks: a wide amount in the second and the first fraction of a second in the third.
    List<Order> orders = new ArrayList<>();
    OrderLog.Builder builder = OrderLog.newBuilder(POLICY);
    for (int i = 0; i < 40_000; i++) {
      long total = i == 20_000 ? 10_000_000_000L : i;
      Instant placed = at(i).plusNanos(i >= 30_000 && i % 3 == 0 ? i : 0);
      String customer = "C" + (i * 7_919L) % 9_000;
      orders.add(order("o" + i, customer, placed, total).build());
      builder.order(customer, placed, total);
    }
    assertEquals(describe(builder.build()), describe(OrderLog.from(orders, POLICY)));
  }

  @Test
  void aBuilderFedManyRunsOfRowsHoldsWhatALogOfTheOrdersHolds() {
    // More rows than the builder codes at once, so that runs are coded in the background while rows come;
    // attribute values are fresh strings, first seen in later runs too; some rows repeat an attribute.
    long seed = 20261207L;
    System.out.println("seed " + seed);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    List<Order> orders = new ArrayList<>();
    OrderLog.Builder builder = OrderLog.newBuilder(POLICY);
    for (int i = 0; i < 200_000; i++) {
      String customer = "C" + random.nextInt(60_000);
      Instant placed = T0.plusSeconds(random.nextInt(400) * 200_000L + i); // not in time order, but no ties
      long total = 100 + random.nextInt(10_000);
      Order.Builder order = order("o" + i, customer, placed, total);
      builder.order(new String(customer.toCharArray()), placed, total);
      if (random.nextInt(3) > 0) {
        String channel = "channel " + random.nextInt(1 + i / 20_000);
        order.channel(channel);
        builder.channel("overwritten").channel(new String(channel.toCharArray()));
      }
      if (random.nextInt(4) == 0) {
        String code = "CODE" + random.nextInt(300);
        order.discountCode(code);
        builder.discountCode(code);
      }
      if (random.nextInt(10) == 0) {
        order.refund(eur(total / 2), placed.plusSeconds(3_600));
        builder.refund(total / 2, placed.plusSeconds(3_600));
      }
      orders.add(order.build());
    }
    assertEquals(describe(OrderLog.from(orders, POLICY)), describe(builder.build()));
  }

  @Test
  void breaksTiesBetweenOrdersPlacedAtOneInstantByOrderId() {
    List<Order> orders = List.of(order("b", "ann", at(1), 2).build(), order("a", "ann", at(1), 1).build());
    OrderLog log = OrderLog.from(orders, POLICY);
    assertEquals(List.of(1L, 2L), grossAmounts(log));
  }

  @Test
  void chronologicalRowsOfInterleavedCustomersAreGroupedInTimeOrder() {
    // Rows in time order need no sorting once grouped, but for a tie between orders of one customer
    // that another customer's row separates: the tie still goes by order id.
    List<Order> orders = List.of(
        order("o1", "ann", at(1), 10).build(),
        order("o2", "bea", at(2), 20).build(),
        order("o4", "ann", at(3), 31).build(),
        order("o5", "bea", at(3), 40).build(),
        order("o3", "ann", at(3), 30).build(),
        order("o6", "bea", at(4), 50).build());
    assertEquals(List.of(10L, 30L, 31L, 20L, 40L, 50L), grossAmounts(OrderLog.from(orders, POLICY)));

    OrderLog.Builder builder = OrderLog.newBuilder(POLICY);
    builder.order("ann", at(1), 10).order("bea", at(2), 20).order("ann", at(3), 30).order("bea", at(4), 40)
        .order("ann", at(5), 50);
    assertEquals(List.of(10L, 30L, 50L, 20L, 40L), grossAmounts(builder.build()));
  }

  @Test
  void keepsFractionsOfASecondExactly() {
    Instant placed = Instant.parse("2024-03-01T23:59:59.999999999Z");
    OrderLog log = OrderLog.newBuilder(POLICY).order("ann", placed, 1).refund(1, placed.plusNanos(1)).build();
    assertEquals(placed, log.placedAt(0));
    assertEquals(placed.plusNanos(1), log.refundedAt(0));
    assertTrue(log.isPlacedBefore(0, placed.plusNanos(1)));
    assertFalse(log.isPlacedBefore(0, placed));
  }

  @Test
  void instantsGivenAsEpochSecondAndNanosecondBuildWhatInstantsBuild() {
    Instant placed = Instant.parse("2024-03-01T23:59:59.5Z");
    OrderLog withInstants = OrderLog.newBuilder(POLICY)
        .order("ann", placed, 100).refund(40, placed.plusSeconds(3_600))
        .order("bea", at(1), 200)
        .order("ann", at(-1), 300).status(OrderStatus.CANCELLED)
        .build();
    OrderLog withNumbers = OrderLog.newBuilder(POLICY)
        .order("ann", placed.getEpochSecond(), placed.getNano(), 100)
        .refund(40, placed.getEpochSecond() + 3_600, placed.getNano())
        .order("bea", at(1).getEpochSecond(), 0, 200)
        .order("ann", at(-1).getEpochSecond(), 0, 300).status(OrderStatus.CANCELLED)
        .build();
    assertEquals(describe(withInstants), describe(withNumbers));
    assertEquals(placed, withNumbers.placedAt(1));
  }

  @Test
  void internsManyAndNonLatinCustomerIds() {
    OrderLog.Builder builder = OrderLog.newBuilder(POLICY);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      ids.add(i % 7 == 0 ? "客户-" + i : "C" + i);
    }
    for (int round = 0; round < 2; round++) {
      for (String id : ids) {
        builder.order(id, at(round), 1);
      }
    }
    OrderLog log = builder.build();
    assertEquals(ids.size(), log.customerCount());
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(ids.get(i), log.customerId(i).value());
      assertEquals(OptionalInt.of(i), log.customerIndex(CustomerId.of(ids.get(i))));
      assertEquals(2, log.orderEnd(i) - log.orderStart(i));
    }
  }

  @Test
  void numbersCustomersByFirstAppearanceAcrossRunsLookedUpInTheBackground() {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 150_000; i++) { // more than two runs of ids looked up at once
      int customer = (int) ((i * 7_919L) % 30_000 + (i / 50_000) * 20_000); // some first appear in later runs
      orders.add(order("o" + i, (customer % 5 == 0 ? "客" : "C") + customer, at(i), i).build());
    }
    OrderLog log = OrderLog.from(orders, POLICY);
    List<String> firstAppearance = orders.stream().map(order -> order.customerId().value()).distinct().toList();
    assertEquals(firstAppearance.size(), log.customerCount());
    for (int c = 0; c < firstAppearance.size(); c++) {
      assertEquals(firstAppearance.get(c), log.customerId(c).value());
      assertEquals(OptionalInt.of(c), log.customerIndex(log.customerId(c)));
    }
    OrderLog.Builder builder = OrderLog.newBuilder(POLICY);
    orders.forEach(order -> builder.order(order.customerId().value(), order.placedAt(), order.total().minorUnits()));
    assertEquals(describe(log), describe(builder.build()));
  }

  @Test
  void anOrderThatCannotQualifyIsKeptUnconvertedSoAMissingRateDoesNotMatter() {
    Order cancelledInDollars = Order.builder(OrderId.of("o1"), CustomerId.of("ann"), T0,
            Money.ofMinor(700, Currency.getInstance("USD")))
        .status(OrderStatus.CANCELLED)
        .refund(Money.ofMinor(700, Currency.getInstance("USD")), T0.plusSeconds(60))
        .build();
    OrderLog log = OrderLog.from(List.of(cancelledInDollars, order("o2", "ann", at(1), 500).build()), POLICY);
    assertEquals(2, log.orderCount());
    assertEquals(OrderStatus.CANCELLED, log.status(0));
    assertEquals(0, log.grossMinor(0));
    assertEquals(500, log.grossMinor(1));
  }

  @Test
  void listsCustomersInIdOrder() {
    OrderLog.Builder builder = OrderLog.newBuilder(POLICY);
    List<String> ids = List.of("m", "b", "é", "z", "a", "ab", "B");
    ids.forEach(id -> builder.order(id, T0, 1));
    OrderLog log = builder.build();
    List<String> byId = new ArrayList<>();
    for (int rank = 0; rank < log.customerCount(); rank++) {
      byId.add(log.customerId(log.customerInIdOrder(rank)).value());
    }
    assertEquals(ids.stream().sorted().toList(), byId);
    assertThrows(IndexOutOfBoundsException.class, () -> log.customerInIdOrder(ids.size()));
  }

  @Test
  void widensColumnsForLargeAmountsAndManyAttributeValues() {
    OrderLog.Builder builder = OrderLog.newBuilder(POLICY);
    for (int i = 0; i < 70_000; i++) {
      builder.order("ann", at(i), i).discountCode("CODE-" + i);
    }
    builder.order("ann", at(70_000), 10_000_000_000L);
    OrderLog log = builder.build();
    assertEquals(10_000_000_000L, log.grossMinor(70_000));
    assertEquals(69_999, log.grossMinor(69_999));
    assertEquals(70_000, log.attributeValueCount(OrderAttribute.DISCOUNT_CODE));
    assertEquals(Optional.of("CODE-69999"), log.attribute(OrderAttribute.DISCOUNT_CODE, 69_999));
    assertEquals(Optional.empty(), log.attribute(OrderAttribute.DISCOUNT_CODE, 70_000));
  }

  @Test
  void hotColumnsTakeThirteenBytesPerOrder() {
    OrderLog.Builder builder = OrderLog.newBuilder(POLICY).expectedOrders(100_000);
    for (int i = 0; i < 100_000; i++) {
      builder.order("C1", at(i), 1999);
    }
    OrderLog log = builder.build();
    // Day, time of day, amount (as an int) and flags; no attribute, refund or sub-second column.
    long perCustomer = 1_000; // the id, its offsets and an empty hash table
    assertTrue(log.arrayBytes() <= 13L * 100_000 + perCustomer, () -> log.arrayBytes() + " bytes");
    assertTrue(log.arrayBytes() >= 13L * 100_000, () -> log.arrayBytes() + " bytes");
  }

  @Test
  void anEmptyLogHasNoEvents() {
    OrderLog log = OrderLog.from(List.of(), POLICY);
    assertEquals(0, log.orderCount());
    assertEquals(0, log.customerCount());
    assertEquals(OptionalInt.empty(), log.firstDay());
    assertEquals("OrderLog[orders=0, customers=0, refunds=0]", log.toString());
  }

  static Stream<Arguments> invalidBuilderCalls() {
    return Stream.of(
        invalid(IllegalArgumentException.class, "customer id must not be blank",
            () -> OrderLog.newBuilder(POLICY).order(" ", T0, 1)),
        invalid(IllegalArgumentException.class, "order total must not be negative: -1 (order 0)",
            () -> OrderLog.newBuilder(POLICY).order("ann", T0, -1)),
        invalid(IllegalArgumentException.class, "refund amount must be positive: 0 (order 1)",
            () -> OrderLog.newBuilder(POLICY).order("ann", T0, 5).order("ann", T0, 5).refund(0, T0)),
        invalid(IllegalArgumentException.class, "refunds must not exceed the total 5: 6 refunded (order 0)",
            () -> OrderLog.newBuilder(POLICY).order("ann", T0, 5).refund(3, T0).refund(3, T0)),
        invalid(IllegalArgumentException.class,
            "refund must not precede the order: refunded at 2024-03-01T09:59:59Z (order 0)",
            () -> OrderLog.newBuilder(POLICY).order("ann", T0, 5).refund(3, T0.minusSeconds(1))),
        invalid(IllegalArgumentException.class, "discount code must not be blank when present (order 0)",
            () -> OrderLog.newBuilder(POLICY).order("ann", T0, 5).discountCode("")),
        invalid(IllegalStateException.class, "an order must be started before its status, attributes or refunds",
            () -> OrderLog.newBuilder(POLICY).channel("web")),
        invalid(IllegalArgumentException.class, "expected orders must not be negative: -1",
            () -> OrderLog.newBuilder(POLICY).expectedOrders(-1)),
        invalid(IllegalArgumentException.class,
            "order date must lie within five million years of 1970: +6000000-01-01T00:00:00Z (order 0)",
            () -> OrderLog.newBuilder(POLICY).order("ann", Instant.parse("+6000000-01-01T00:00:00Z"), 1)),
        invalid(IllegalArgumentException.class,
            "currency must be the reporting currency EUR when no converter is given: USD",
            () -> OrderLog.from(List.of(Order.of(OrderId.of("o1"), CustomerId.of("ann"), T0,
                Money.ofMinor(1, Currency.getInstance("USD")))), POLICY)),
        invalid(IllegalArgumentException.class, "order nanosecond must lie between 0 and 999999999: 1000000000 (order 0)",
            () -> OrderLog.newBuilder(POLICY).order("ann", 0, 1_000_000_000, 1)),
        invalid(IllegalArgumentException.class, "refund nanosecond must lie between 0 and 999999999: -1 (order 0)",
            () -> OrderLog.newBuilder(POLICY).order("ann", 0, 0, 1).refund(1, 0, -1)),
        invalid(IllegalArgumentException.class,
            "order epoch second must lie between -31557014167219200 and 31556889864403199: 9223372036854775807 (order 0)",
            () -> OrderLog.newBuilder(POLICY).order("ann", Long.MAX_VALUE, 0, 1)),
        invalid(IllegalArgumentException.class,
            "refund must not precede the order: refunded at 1970-01-01T00:00:09.999999999Z (order 0)",
            () -> OrderLog.newBuilder(POLICY).order("ann", 10, 0, 5).refund(1, 9, 999_999_999)),
        invalid(NullPointerException.class, "customer id", () -> OrderLog.newBuilder(POLICY).order(null, 0, 0, 1)),
        invalid(NullPointerException.class, "policy", () -> OrderLog.newBuilder(null)),
        invalid(NullPointerException.class, "placedAt", () -> OrderLog.newBuilder(POLICY).order("ann", null, 1)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidBuilderCalls")
  void rejectsInvalidValuesNamingTheOrder(Class<? extends Throwable> type, String message, Executable call) {
    assertEquals(message, assertThrows(type, call).getMessage());
  }

  @Test
  void aBuilderBuildsOnce() {
    OrderLog.Builder builder = OrderLog.newBuilder(POLICY).order("ann", T0, 1);
    builder.build();
    assertEquals("order log must be built only once", assertThrows(IllegalStateException.class, builder::build)
        .getMessage());
    assertThrows(IllegalStateException.class, () -> builder.order("bea", T0, 1));
  }

  @Test
  void indexesOutOfRangeAreRejected() {
    OrderLog log = OrderLog.newBuilder(POLICY).order("ann", T0, 1).build();
    assertThrows(IndexOutOfBoundsException.class, () -> log.customerId(1));
    assertThrows(IndexOutOfBoundsException.class, () -> log.orderEnd(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> log.day(1));
    assertThrows(IndexOutOfBoundsException.class, () -> log.attributeValue(OrderAttribute.CHANNEL, 1));
    assertArrayEquals(new int[] {0, 0}, new int[] {log.refundStart(0), log.refundEnd(0)});
  }

  private static Arguments invalid(Class<? extends Throwable> type, String message, Executable call) {
    return Arguments.of(type, message, call);
  }

  private static Order.Builder order(String id, String customer, Instant placedAt, long cents) {
    return Order.builder(OrderId.of(id), CustomerId.of(customer), placedAt, eur(cents));
  }

  private static Money eur(long cents) {
    return Money.ofMinor(cents, EUR);
  }

  private static List<Long> grossAmounts(OrderLog log) {
    List<Long> amounts = new ArrayList<>();
    for (int order = 0; order < log.orderCount(); order++) {
      amounts.add(log.grossMinor(order));
    }
    return amounts;
  }

  /** Every column of every order and refund, as text. */
  private static List<String> describe(OrderLog log) {
    List<String> rows = new ArrayList<>();
    for (int order = 0; order < log.orderCount(); order++) {
      StringBuilder row = new StringBuilder().append(log.customerId(log.customerOf(order))).append(' ')
          .append(log.placedAt(order)).append(' ').append(log.day(order)).append(' ').append(log.status(order))
          .append(' ').append(log.qualifies(order)).append(' ').append(log.qualifiesUnrefunded(order)).append(' ')
          .append(log.grossMinor(order)).append(' ').append(log.netMinor(order));
      for (OrderAttribute attribute : OrderAttribute.values()) {
        row.append(' ').append(log.attribute(attribute, order));
      }
      for (int refund = log.refundStart(order); refund < log.refundEnd(order); refund++) {
        row.append(" refund ").append(log.refundedAt(refund)).append(' ').append(log.refundDay(refund))
            .append(' ').append(log.refundMinor(refund));
      }
      rows.add(row.toString());
    }
    return rows;
  }
}
