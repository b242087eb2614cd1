package io.retentionkit.io;

import static io.retentionkit.io.Imports.AMSTERDAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WooCommerceJsonImportTest {
  private static final Path ORDERS = Imports.fixture("woocommerce/orders.json");
  private static final Path REFUNDS = Imports.fixture("woocommerce/refunds.json");
  private static final EmailAddress DANA = EmailAddress.of("dana@example.com");

  private static Money eur(String amount) {
    return Money.parse(amount, "EUR");
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static Order guestOrder() {
    EmailAddress guest = EmailAddress.of("guest@example.com");
    return Order.builder(OrderId.of("727"), CustomerId.ofEmail(guest), at("2024-03-22T19:28:02Z"),
            Money.parse("29.35", "USD"))
        .status(OrderStatus.FULFILLED).guestCheckout(true).email(guest).country("US").channel("checkout")
        .discountCode("spring,vip")
        .lineItem("WOO-1", 2, Money.parse("6.00", "USD")).lineItem("Woo Album", 1, Money.parse("23.35", "USD"))
        .build();
  }

  private static Order order728(Instant refundedAt) {
    return Order.builder(OrderId.of("728"), CustomerId.of("12"), at("2024-03-25T08:00:00Z"), eur("100.00"))
        .email(DANA).country("NL").channel("checkout").lineItem("GRINDER", 1, eur("100.00"))
        .refund(eur("10.00"), refundedAt).build();
  }

  private static Order refundedOrder() {
    // Status refunded: the listed refund, plus the remainder dated at the last modification.
    return Order.builder(OrderId.of("729"), CustomerId.of("12"), at("2024-04-01T10:00:00Z"), eur("50.00"))
        .email(DANA).country("NL").channel("checkout").lineItem("TEA", 5, eur("50.00"))
        .refund(eur("20.00"), at("2024-04-02T08:00:00Z")).refund(eur("30.00"), at("2024-04-05T16:30:00Z"))
        .build();
  }

  private static Order onHoldOrder() {
    return Order.builder(OrderId.of("731"), CustomerId.of("13"), at("2024-04-04T10:00:00Z"), eur("15.00"))
        .status(OrderStatus.PLACED).country("DE").channel("admin").lineItem("FILTERS", 1, eur("15.00"))
        .refund(eur("5.00"), at("2024-04-06T10:00:00Z")).build();
  }

  @Test
  void importsOrdersWithGuestsAndRefundsOfTheSeparateRefundsFile() {
    Imports.Result result = Imports.lenient(
        OrderImporter.newBuilder(InputFormat.WOOCOMMERCE_JSON, AMSTERDAM).refunds(REFUNDS), ORDERS);

    assertEquals(List.of(guestOrder(), order728(at("2024-03-27T15:00:00Z")), refundedOrder(), onHoldOrder()),
        result.orders());
    assertEquals(List.of(
            ORDERS + ":419: billing.email must be given for a guest order (customer_id 0)",
            REFUNDS + ":50: refunds file: refund '805' belongs to order '730', which was rejected (" + ORDERS
                + ", line 419)",
            REFUNDS + ":26: refunds file: refund '804' belongs to order '999', which is not in " + ORDERS),
        result.rejects().stream().map(r -> r.source() + ":" + r.line() + ": " + r.reason()).toList());
    assertEquals(new ImportSummary(ORDERS.toString(), 8, 5, 3, 0, 4, 2, List.of()), result.summary());
  }

  @Test
  void withoutTheRefundsFileUndatedRefundsAreDatedAtTheLastModification() {
    Imports.Result result = Imports.lenient(OrderImporter.newBuilder(InputFormat.WOOCOMMERCE_JSON, AMSTERDAM), ORDERS);
    assertEquals(order728(at("2024-03-28T09:00:00Z")), result.orders().get(1));
    assertEquals(new ImportSummary(ORDERS.toString(), 5, 4, 1, 0, 4, 3, List.of()), result.summary());
  }

  @Test
  void rejectedOrderRecordsAreWrittenBackAsCompactJson() {
    String json = "[ {\"id\": 1, \"status\": \"shipped-custom\", \"currency\": \"EUR\", \"total\": \"1.00\",\n"
        + "   \"date_created_gmt\": \"2024-03-01T10:00:00\", \"customer_id\": 5, \"meta\": [true, null, 1.50e0]} ]";
    RejectedRecord reject = Imports.lenient(InputFormat.WOOCOMMERCE_JSON, json).rejects().get(0);
    assertEquals(1, reject.line());
    assertEquals("{\"id\":1,\"status\":\"shipped-custom\",\"currency\":\"EUR\",\"total\":\"1.00\","
        + "\"date_created_gmt\":\"2024-03-01T10:00:00\",\"customer_id\":5,\"meta\":[true,null,1.50e0]}", reject.text());
    assertEquals("status must be one of authorised, authorized, canceled, cancelled, checkout_draft, complete, "
        + "completed, declined, delivered, expired, failed, fulfilled, on_hold, paid, partially_paid, "
        + "partially_refunded, pending, placed, processing, refunded, shipped, trash, void, voided: "
        + "'shipped-custom'", reject.reason());
  }

  @Test
  void invalidOrderObjectsAreRejectedNamingTheMemberPath() {
    String valid = "\"status\":\"completed\",\"currency\":\"EUR\",\"total\":\"9.00\","
        + "\"date_created_gmt\":\"2024-03-01T10:00:00\",\"customer_id\":5";
    String json = "[\n"
        + "\"not an order\",\n"
        + "{\"id\":1," + valid + ",\"line_items\":[{\"sku\":\"A\",\"quantity\":0,\"total\":\"9.00\"}]},\n"
        + "{\"id\":2," + valid + ",\"line_items\":[{\"sku\":\"A\",\"quantity\":1,\"total\":\"9.00\"},{\"sku\":\"B\"}]},\n"
        + "{\"id\":3," + valid + ",\"billing\":\"none\"},\n"
        + "{\"id\":4," + valid + ",\"status\":\"pending\"},\n"
        + "{\"id\":1," + valid + "},\n"
        + "{\"id\":5," + valid.replace("customer_id\":5", "customer_id\":-5") + "},\n"
        + "{\"id\":6," + valid.replace("date_created_gmt", "created") + "},\n"
        + "{\"id\":7," + valid + ",\"refunds\":[{\"id\":9,\"total\":\"-10.00\"}]},\n"
        + "{\"id\":8," + valid + "}\n"
        + "]";
    Imports.Result result = Imports.lenient(InputFormat.WOOCOMMERCE_JSON, json);
    assertEquals(List.of(
            "2: array element must be an order object, not a string",
            "3: line_items[0].quantity must be a positive whole number: '0'",
            "4: line_items[1].quantity must be given",
            "5: billing must be an object, not a string",
            "6: status must appear only once in the object",
            "7: id '1' repeats the order on line 3",
            "8: customer_id must be a whole number: '-5'",
            "9: date_created_gmt or date_created must be given",
            "10: refunds must not exceed the total EUR 9.00: EUR 10.00 refunded (order 7)"),
        result.rejects().stream().map(r -> r.line() + ": " + r.reason()).toList());
    assertEquals(List.of("8"), result.orders().stream().map(o -> o.id().value()).toList());
  }

  @Test
  void aRefundThatDiffersBetweenOrderAndRefundsFileRejectsTheOrder(@TempDir Path dir) throws IOException {
    Path orders = Files.writeString(dir.resolve("orders.json"), "[{\"id\":1,\"status\":\"completed\","
        + "\"currency\":\"EUR\",\"total\":\"9.00\",\"date_created_gmt\":\"2024-03-01T10:00:00\",\"customer_id\":5,"
        + "\"refunds\":[{\"id\":9,\"date_created_gmt\":\"2024-03-02T10:00:00\",\"amount\":\"2.00\"}]}]");
    Path refunds = Files.writeString(dir.resolve("refunds.json"), "[{\"id\":9,\"parent_id\":1,"
        + "\"date_created_gmt\":\"2024-03-02T10:00:00\",\"amount\":\"3.00\"}]");
    Imports.Result result = Imports.lenient(
        OrderImporter.newBuilder(InputFormat.WOOCOMMERCE_JSON, AMSTERDAM).refunds(refunds), orders);
    assertEquals(List.of("refund '9' must be the same in the order and in the refunds file: EUR 2.00 at "
            + "2024-03-02T10:00:00Z and EUR 3.00 at 2024-03-02T10:00:00Z",
            "refunds file: refund '9' belongs to order '1', which was rejected (" + orders + ", line 1)"),
        result.rejects().stream().map(RejectedRecord::reason).toList());
    assertEquals(new ImportSummary(orders.toString(), 2, 0, 2, 0, 0, 0, List.of()), result.summary());
  }

  @Test
  void aRefundOfTheRefundsFileThatMatchesTheOrdersOwnIsImportedOnce(@TempDir Path dir) throws IOException {
    Path orders = Files.writeString(dir.resolve("orders.json"), "[{\"id\":1,\"status\":\"completed\","
        + "\"currency\":\"EUR\",\"total\":\"9.00\",\"date_created_gmt\":\"2024-03-01T10:00:00\",\"customer_id\":5,"
        + "\"refunds\":[{\"id\":9,\"date_created_gmt\":\"2024-03-02T10:00:00\",\"amount\":\"2.00\"}]}]");
    Path refunds = Files.writeString(dir.resolve("refunds.json"), "[{\"id\":9,\"parent_id\":1,"
        + "\"date_created_gmt\":\"2024-03-02T10:00:00\",\"amount\":\"2.00\"},"
        + "{\"id\":9,\"parent_id\":1,\"date_created_gmt\":\"2024-03-02T10:00:00\",\"amount\":\"2.00\"},"
        + "{\"id\":10,\"parent_id\":1,\"amount\":\"2.00\"}]");
    Imports.Result result = Imports.lenient(
        OrderImporter.newBuilder(InputFormat.WOOCOMMERCE_JSON, AMSTERDAM).refunds(refunds), orders);
    assertEquals(eur("2.00"), result.orders().get(0).refundedTotal());
    assertEquals(List.of("refunds file: refund id '9' repeats the refund on line 1",
            "refunds file: date_created_gmt or date_created must be given"),
        result.rejects().stream().map(RejectedRecord::reason).toList());
    assertEquals(new ImportSummary(orders.toString(), 4, 2, 2, 0, 1, 0, List.of()), result.summary());
  }

  @Test
  void localDatesAreReadInTheImportersZoneWhenTheUtcFormIsMissing() {
    String json = "[{\"id\":1,\"status\":\"completed\",\"currency\":\"EUR\",\"total\":\"9.00\","
        + "\"date_created\":\"2024-07-01T10:00:00\",\"customer_id\":5}]";
    assertEquals(at("2024-07-01T08:00:00Z"), Imports.strict(InputFormat.WOOCOMMERCE_JSON, json).orders().get(0).placedAt());
  }

  @Test
  void pagesSavedOneAfterAnotherAreRead() {
    String page = "[{\"id\":%d,\"status\":\"completed\",\"currency\":\"EUR\",\"total\":\"9.00\","
        + "\"date_created_gmt\":\"2024-03-01T10:00:00\",\"customer_id\":5}]\n";
    String json = String.format(page, 1) + String.format(page, 2) + "[]";
    assertEquals(2, Imports.strict(InputFormat.WOOCOMMERCE_JSON, json).summary().ordersImported());
  }

  @Test
  void aRefundsFileIsOnlyForWooCommerce() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> OrderImporter.newBuilder(InputFormat.SHOPIFY_CSV, AMSTERDAM).refunds(REFUNDS).build());
    assertEquals("refunds file must only be set for the woocommerce format: shopify", e.getMessage());
  }
}
