package io.retentionkit.io;

import static io.retentionkit.io.Imports.AMSTERDAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.LineItem;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class ShopifyCsvImportTest {
  private static final Path EXPORT = Imports.fixture("shopify/orders_export.csv");
  private static final String HEADER = "Name,Email,Financial Status,Currency,Total,Created at,Lineitem quantity,"
      + "Lineitem price,Lineitem sku\n";

  private static Money eur(String amount) {
    return Money.parse(amount, "EUR");
  }

  private static EmailAddress email(String address) {
    return EmailAddress.of(address);
  }

  @Test
  void importsMultiLineOrdersRefundsAndCancellationsOfTheExport() {
    Imports.Result result = Imports.lenient(OrderImporter.newBuilder(InputFormat.SHOPIFY_CSV, AMSTERDAM), EXPORT);

    assertEquals(List.of(
        Order.builder(OrderId.of("#1001"), CustomerId.ofEmail(email("ann@example.com")),
                Instant.parse("2024-03-01T08:30:00Z"), eur("53.90"))
            .status(OrderStatus.FULFILLED).email(email("ann@example.com")).discountCode("WELCOME10")
            .channel("web").country("NL")
            .lineItem("MUG", 2, eur("24.00")).lineItem("COFFEE-1KG", 1, eur("29.90")).build(),
        // No billing country: the shipping country; refunded amount without a date: dated at creation.
        Order.builder(OrderId.of("#1002"), CustomerId.ofEmail(email("bob@example.com")),
                Instant.parse("2024-03-05T13:00:00Z"), eur("40.00"))
            .status(OrderStatus.FULFILLED).email(email("bob@example.com")).channel("pos").country("DE")
            .lineItem("FILTERS", 4, eur("40.00"))
            .refund(eur("10.00"), Instant.parse("2024-03-05T13:00:00Z")).build(),
        // Cancelled: the refund is dated at the cancellation; a line without SKU is named by the product.
        Order.builder(OrderId.of("#1003"), CustomerId.ofEmail(email("ann@example.com")),
                Instant.parse("2024-03-08T17:45:10Z"), eur("20.00"))
            .status(OrderStatus.CANCELLED).email(email("ann@example.com")).channel("web").country("NL")
            .lineItem("Gift card", 1, eur("20.00"))
            .refund(eur("20.00"), Instant.parse("2024-03-10T10:00:00Z")).build(),
        Order.builder(OrderId.of("#1005"), CustomerId.ofEmail(email("carol@example.com")),
                Instant.parse("2024-03-31T05:59:59Z"), Money.parse("61.00", "USD"))
            .status(OrderStatus.PLACED).email(email("carol@example.com")).discountCode("=HYPERLINK(\"http://x\")")
            .channel("web").country("US")
            .lineItem("GRINDER", 1, Money.parse("45.00", "USD")).lineItem("TEA", 2, Money.parse("11.00", "USD"))
            .lineItem("MUG", 1, Money.parse("5.00", "USD")).build()),
        result.orders());

    // The POS sale without an e-mail (line 7; the note of #1002 spans lines 4 and 5) is the only reject.
    assertEquals(1, result.rejects().size());
    RejectedRecord reject = result.rejects().get(0);
    assertEquals(7, reject.line());
    assertEquals("Email must not be blank: Shopify exports have no customer id, so an order without an e-mail "
        + "cannot be attributed to a customer", reject.reason());
    assertTrue(reject.text().startsWith("\"#1004\",,paid,"), reject.text());

    ImportSummary summary = result.summary();
    assertEquals(8, summary.recordsRead());
    assertEquals(7, summary.recordsImported());
    assertEquals(1, summary.recordsRejected());
    assertEquals(4, summary.ordersImported());
    assertEquals(2, summary.refundsWithAssumedDate());
    assertTrue(summary.ignoredColumns().containsAll(List.of("Paid at", "Subtotal", "Id", "Payment References")));
  }

  @Test
  void strictImportStopsAtTheOrderWithoutEmail() {
    ImportException e = assertThrows(ImportException.class,
        () -> OrderImporter.newBuilder(InputFormat.SHOPIFY_CSV, AMSTERDAM).build().read(EXPORT, order -> { }));
    assertEquals(7, e.line());
    assertTrue(e.getMessage().startsWith(EXPORT + ", line 7: Email must not be blank"), e.getMessage());
  }

  @Test
  void everyRecordOfARejectedOrderIsRejectedNamingItsFirstLine() {
    String csv = HEADER
        + "#1,a@example.com,paid,EUR,10.00,2024-03-01 10:00:00 +0100,1,5.00,A\n"
        + "#1,a@example.com,,,,,1,oops,B\n"
        + "#1,a@example.com,,,,,1,5.00,C\n";
    Imports.Result result = Imports.lenient(InputFormat.SHOPIFY_CSV, csv);
    String cause = "line 3: Lineitem price must be a decimal number with a dot, like 12.34: 'oops'";
    assertEquals(List.of(cause,
            "part of order '#1' rejected at line 2: " + cause,
            "part of order '#1' rejected at line 2: " + cause),
        result.rejects().stream().map(RejectedRecord::reason).toList());
    assertEquals(List.of(2L, 3L, 4L), result.rejects().stream().map(RejectedRecord::line).toList());
    assertEquals(new ImportSummary("test-input", 3, 0, 3, 0, 0, 0, List.of()), result.summary());
  }

  @Test
  void aNameThatReappearsLaterIsADuplicate() {
    String csv = HEADER
        + "#1,a@example.com,paid,EUR,5.00,2024-03-01 10:00:00 +0100,1,5.00,A\n"
        + "#2,b@example.com,paid,EUR,5.00,2024-03-01 11:00:00 +0100,1,5.00,A\n"
        + "#1,a@example.com,paid,EUR,5.00,2024-03-01 12:00:00 +0100,1,5.00,A\n";
    Imports.Result result = Imports.lenient(InputFormat.SHOPIFY_CSV, csv);
    assertEquals(List.of("#1", "#2"), result.orders().stream().map(o -> o.id().value()).toList());
    assertEquals("Name '#1' repeats the order on line 2 (an order's records must be consecutive)",
        result.rejects().get(0).reason());
  }

  @Test
  void financialStatusesMapToOrderStatusesAndRefunds() {
    String csv = HEADER
        + "#1,a@example.com,authorized,EUR,5.00,2024-03-01 10:00:00 +0100,,,\n"
        + "#2,a@example.com,voided,EUR,5.00,2024-03-01 10:00:00 +0100,,,\n"
        + "#3,a@example.com,expired,EUR,5.00,2024-03-01 10:00:00 +0100,,,\n"
        + "#4,a@example.com,refunded,EUR,5.00,2024-03-01 10:00:00 +0100,,,\n"
        + "#5,a@example.com,partially_paid,EUR,5.00,2024-03-01 10:00:00 +0100,,,\n";
    List<Order> orders = Imports.strict(InputFormat.SHOPIFY_CSV, csv).orders();
    assertEquals(List.of(OrderStatus.PLACED, OrderStatus.CANCELLED, OrderStatus.FAILED, OrderStatus.PAID,
        OrderStatus.PAID), orders.stream().map(Order::status).toList());
    assertEquals(eur("5.00"), orders.get(3).refundedTotal(), "refunded without an amount: the whole total");
    assertTrue(orders.get(0).lineItems().isEmpty(), "records without line-item values add no lines");
  }

  @Test
  void columnNamesMatchRegardlessOfCase() {
    String csv = "name,EMAIL,Financial status,Currency,Total,Created At,LineItem Quantity,Lineitem Price,LINEITEM SKU\n"
        + "#1,a@example.com,paid,EUR,5.00,2024-03-01 10:00:00 +0100,1,5.00,A\n";
    assertEquals(List.of(LineItem.of("A", 1, eur("5.00"))),
        Imports.strict(InputFormat.SHOPIFY_CSV, csv).orders().get(0).lineItems());
    ImportException e = assertThrows(ImportException.class,
        () -> Imports.strict(InputFormat.SHOPIFY_CSV, HEADER.replace("\n", ",total\n")));
    assertEquals("columns 5 and 10 both name the column 'Total'", e.reason());
  }

  @Test
  void partiallyRefundedNeedsAnAmount() {
    String csv = "Name,Email,Financial Status,Currency,Total,Created at,Refunded Amount\n"
        + "#1,a@example.com,partially_refunded,EUR,5.00,2024-03-01 10:00:00 +0100,0.00\n";
    assertEquals("Refunded Amount must be given for Financial Status 'partially_refunded'",
        Imports.lenient(InputFormat.SHOPIFY_CSV, csv).rejects().get(0).reason());
  }

  @Test
  void anOrderWithTooManyRecordsIsRejectedWithoutHoldingThemAll() {
    int records = ShopifyCsvReader.MAX_RECORDS_PER_ORDER + 5;
    String csv = HEADER + IntStream.range(0, records)
        .mapToObj(i -> "#1,a@example.com,paid,EUR,5.00,2024-03-01 10:00:00 +0100,1,5.00,S" + i + "\n")
        .collect(Collectors.joining())
        + "#2,b@example.com,paid,EUR,5.00,2024-03-01 10:00:00 +0100,1,5.00,S\n";
    Imports.Result result = Imports.lenient(InputFormat.SHOPIFY_CSV, csv);
    assertEquals(records, result.rejects().size());
    assertEquals("order '#1' must have at most 10000 records", result.rejects().get(0).reason());
    assertEquals(List.of("#2"), result.orders().stream().map(o -> o.id().value()).toList());
    assertEquals(records + 1, result.summary().recordsRead());
  }
}
