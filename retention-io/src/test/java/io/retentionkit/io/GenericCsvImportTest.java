package io.retentionkit.io;

import static io.retentionkit.io.Imports.AMSTERDAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class GenericCsvImportTest {
  private static final String HEADER = "order_id,customer_id,placed_at,amount,currency,status,email,refunded_amount,"
      + "refunded_at\n";

  private static Money eur(String amount) {
    return Money.parse(amount, "EUR");
  }

  @Test
  void importsTheFixtureWithEveryOptionalColumn() {
    Path file = Imports.fixture("generic/orders.csv");
    List<Order> orders = new ArrayList<>();
    ImportSummary summary = OrderImporter.newBuilder(InputFormat.GENERIC_CSV, AMSTERDAM).build()
        .read(file, orders::add);

    assertEquals(List.of(
        Order.builder(OrderId.of("A1"), CustomerId.of("c1"), Instant.parse("2024-03-01T08:30:00Z"), eur("25.00"))
            .status(OrderStatus.FULFILLED).email(EmailAddress.of("ann@example.com")).channel("web")
            .discountCode("WELCOME10").country("NL").build(),
        Order.builder(OrderId.of("A2"), CustomerId.of("c1"), Instant.parse("2024-03-15T09:00:00Z"), eur("40.50"))
            .channel("app").country("NL").refund(eur("10.00"), Instant.parse("2024-03-20T12:00:00Z")).build(),
        // A date means the start of that day in the zone: 31 March 2024 began at 23:00 UTC, before DST.
        Order.builder(OrderId.of("A3"), CustomerId.ofEmail(EmailAddress.of("guest@example.org")),
                Instant.parse("2024-03-30T23:00:00Z"), eur("12.00"))
            .guestCheckout(true).email(EmailAddress.of("guest@example.org")).channel("web").country("DE").build(),
        Order.builder(OrderId.of("A4"), CustomerId.of("c2"), Instant.parse("2024-04-02T08:00:00Z"),
                Money.parse("99.99", "USD"))
            .channel("web").country("US")
            .refund(Money.parse("99.99", "USD"), Instant.parse("2024-04-02T08:00:00Z")).build(),
        Order.builder(OrderId.of("A5"), CustomerId.of("c3"), Instant.parse("2024-04-02T22:00:00Z"), eur("15.00"))
            .status(OrderStatus.CANCELLED).build()),
        orders);
    // The fixture has an empty line before A5: skipped, and counted.
    assertEquals(new ImportSummary(file.toString(), 5, 5, 0, 1, 5, 1, List.of("note")), summary);
  }

  @Test
  void strictImportNamesFileLineFieldAndValue() {
    String csv = HEADER
        + "A1,c1,2024-03-01,10.00,EUR,,,,\n"
        + "A2,c1,\"2024-03-01\",\"12,50\",EUR,,,,\n";
    ImportException e = assertThrows(ImportException.class, () -> Imports.strict(InputFormat.GENERIC_CSV, csv));
    assertEquals("test-input, line 3: amount must be a decimal number with a dot, like 12.34: '12,50'",
        e.getMessage());
    assertEquals(3, e.line());
    assertEquals("test-input", e.source());
  }

  @Test
  void aRecordSpanningLinesIsNamedByItsFirstLine() {
    String csv = HEADER
        + "A1,c1,2024-03-01,10.00,EUR,\"paid\",\"\",,\n"
        + "A2,\"c\n1\",2024-03-01,10.00,EUR,\"pa\r\nid\",,,\n"
        + "A3,c1,2024-03-01,oops,EUR,,,,\n";
    Imports.Result result = Imports.lenient(InputFormat.GENERIC_CSV, csv);
    assertEquals(List.of(3L, 6L), result.rejects().stream().map(RejectedRecord::line).toList());
    assertEquals("A2,\"c\n1\",2024-03-01,10.00,EUR,\"pa\r\nid\",,,", result.rejects().get(0).text());
  }

  static Stream<Arguments> invalidRecords() {
    return Stream.of(
        Arguments.of("A1,c1,2024-03-01,10.00,EUR,,,,,extra", "record has 10 values but the header has 9 columns"),
        Arguments.of("\"\",c1,2024-03-01,10.00,EUR,,,,", "order_id must not be blank"),
        Arguments.of("A1,c1,yesterday,10.00,EUR,,,,",
            "placed_at must be an ISO-8601 date-time with offset, a local date-time or a date: 'yesterday'"),
        Arguments.of("A1,c1,2024-03-01,,EUR,,,,", "amount must not be blank"),
        Arguments.of("A1,c1,2024-03-01,1e3,EUR,,,,", "amount must be a decimal number with a dot, like 12.34: '1e3'"),
        Arguments.of("A1,c1,2024-03-01,-5.00,EUR,,,,", "amount must not be negative: '-5.00'"),
        Arguments.of("A1,c1,2024-03-01,5.001,EUR,,,,", "amount must have at most 2 decimals for EUR: '5.001'"),
        Arguments.of("A1,c1,2024-03-01,1.5,JPY,,,,", "amount must have at most 0 decimals for JPY: '1.5'"),
        Arguments.of("A1,c1,2024-03-01,99999999999999999999,EUR,,,,", "amount is too large: '99999999999999999999'"),
        Arguments.of("A1,c1,2024-03-01,5.00,EURO,,,,", "currency must be an ISO 4217 code like EUR: 'EURO'"),
        Arguments.of("A1,c1,2024-03-01,5.00,XAU,,,,", "currency must be a currency with a minor unit: 'XAU'"),
        Arguments.of("A1,c1,2024-03-01,5.00,EUR,shipped-ish,,,", "status must be one of authorised, authorized, "
            + "canceled, cancelled, checkout_draft, complete, completed, declined, delivered, expired, failed, "
            + "fulfilled, on_hold, paid, partially_paid, partially_refunded, pending, placed, processing, "
            + "refunded, shipped, trash, void, voided: 'shipped-ish'"),
        Arguments.of("A1,,2024-03-01,5.00,EUR,,,,",
            "customer_id must not be blank unless an email identifies a guest checkout"),
        Arguments.of("A1,c1,2024-03-01,5.00,EUR,,secret person@example.com,,",
            "email must be an address with one @ between a local part and a domain, without spaces (value "
                + "withheld, 25 characters)"),
        Arguments.of("A1,c1,2024-03-01,5.00,EUR,,,6.00,",
            "refunds must not exceed the total EUR 5.00: EUR 6.00 refunded (order A1)"),
        Arguments.of("A1,c1,2024-03-01,5.00,EUR,,,,2024-03-02",
            "refunded_amount must be given when refunded_at is: refunded_at '2024-03-02'"),
        Arguments.of("A1,c1,2024-03-01,5.00,EUR,partially_refunded,,,",
            "refunded_amount must be given for status 'partially_refunded'"),
        Arguments.of("A1,c1,2024-03-02,5.00,EUR,,,1.00,2024-03-01",
            "refund must not precede the order: refunded at 2024-02-29T23:00:00Z, placed at "
                + "2024-03-01T23:00:00Z (order A1)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidRecords")
  void rejectsAnInvalidRecordWithAReasonNamingFieldAndValue(String record, String reason) {
    Imports.Result result = Imports.lenient(InputFormat.GENERIC_CSV, HEADER + record + "\n");
    assertEquals(List.of(new RejectedRecord("test-input", 2, reason, record)), result.rejects());
    assertEquals(new ImportSummary("test-input", 1, 0, 1, 0, 0, 0, List.of()), result.summary());
    assertFalse(result.rejects().get(0).reason().contains("person@"), "an e-mail address leaked");
  }

  @Test
  void anEmailAddressInAnyEchoedValueIsWithheld() {
    // A file without its header: the first record, with an address in it, is read as the header.
    ImportException e = assertThrows(ImportException.class,
        () -> Imports.strict(InputFormat.GENERIC_CSV, "A1,c1,2024-03-01,5,EUR,ann@example.com\n"));
    assertEquals("test-input, line 1: required column 'order_id' is missing; the header has: "
        + "A1,c1,2024-03-01,5,EUR,<e-mail withheld>", e.getMessage());
    // Shifted columns put an address where the status belongs.
    Imports.Result result = Imports.lenient(InputFormat.GENERIC_CSV, HEADER + "A1,c1,2024-03-01,5.00,EUR,"
        + "Ann.Lee+shop@mail.example.com,,,\n");
    assertTrue(result.rejects().get(0).reason().endsWith(": '<e-mail withheld>'"), result.rejects().get(0).reason());
  }

  @Test
  void aRepeatedOrderIdIsRejectedNamingTheFirstLine() {
    String csv = HEADER
        + "A1,c1,2024-03-01,10.00,EUR,,,,\n"
        + "A2,c1,2024-03-01,10.00,EUR,,,,\n"
        + "A1,c2,2024-03-02,11.00,EUR,,,,\n";
    Imports.Result result = Imports.lenient(InputFormat.GENERIC_CSV, csv);
    assertEquals(List.of("A1", "A2"), result.orders().stream().map(o -> o.id().value()).toList());
    assertEquals(List.of(new RejectedRecord("test-input", 4, "order_id 'A1' repeats the order on line 2",
        "A1,c2,2024-03-02,11.00,EUR,,,,")), result.rejects());
  }

  @Test
  void refundedWithoutAnAmountIsAFullRefundAtTheGivenDate() {
    String csv = HEADER + "A1,c1,2024-03-01T10:00:00Z,10.00,EUR,Refunded,,,2024-03-05T10:00:00Z\n"
        + "A2,c1,2024-03-01T10:00:00Z,10.00,EUR,refunded,,4.00,2024-03-05T10:00:00Z\n"
        + "A3,c1,2024-03-01T10:00:00Z,0.00,EUR,refunded,,,\n";
    Imports.Result result = Imports.strict(InputFormat.GENERIC_CSV, csv);
    assertEquals(eur("10.00"), result.orders().get(0).refundedTotal());
    assertEquals(Instant.parse("2024-03-05T10:00:00Z"), result.orders().get(0).refunds().get(0).refundedAt());
    assertEquals(eur("4.00"), result.orders().get(1).refundedTotal(), "a given amount wins");
    assertTrue(result.orders().get(2).refunds().isEmpty(), "nothing to refund of a free order");
    assertEquals(0, result.summary().refundsWithAssumedDate());
  }

  @Test
  void readsTheStatusAliasesOfTheSupportedShops() {
    String csv = HEADER + Stream.of("placed", "on-hold", "Authorised", "processing", "partially paid", "completed",
            "shipped", "canceled", "voided", "trash", "expired", "checkout-draft", "wc-on-hold", "FAILED")
        .map(status -> "O-" + status + ",c1,2024-03-01,10.00,EUR," + status + ",,,\n")
        .reduce("", String::concat);
    List<OrderStatus> statuses = Imports.strict(InputFormat.GENERIC_CSV, csv).orders().stream()
        .map(Order::status).toList();
    assertEquals(List.of(OrderStatus.PLACED, OrderStatus.PLACED, OrderStatus.PLACED, OrderStatus.PAID,
        OrderStatus.PAID, OrderStatus.FULFILLED, OrderStatus.FULFILLED, OrderStatus.CANCELLED,
        OrderStatus.CANCELLED, OrderStatus.CANCELLED, OrderStatus.FAILED, OrderStatus.FAILED, OrderStatus.PLACED,
        OrderStatus.FAILED), statuses);
  }

  @Test
  void readsTimestampsWithOffsetsAndLocalTimesAcrossDaylightSaving() {
    String csv = "order_id,customer_id,placed_at,amount,currency\n"
        + "Z,c,2024-03-31T02:30:00Z,1,EUR\n"
        + "O,c,2024-03-31T04:30+02:00,1,EUR\n"
        + "C,c,2024-03-31 04:30:00 +0200,1,EUR\n"
        + "F,c,2024-03-31T04:30:00.250,1,EUR\n"
        + "G,c,2024-03-31T02:30:00,1,EUR\n" // in the spring-forward gap: moved to 03:30 CEST
        + "L,c,2024-10-27T02:30:00,1,EUR\n"; // in the autumn overlap: the earlier offset, CEST
    List<Instant> instants = Imports.strict(InputFormat.GENERIC_CSV, csv).orders().stream()
        .map(Order::placedAt).toList();
    assertEquals(List.of(Instant.parse("2024-03-31T02:30:00Z"), Instant.parse("2024-03-31T02:30:00Z"),
        Instant.parse("2024-03-31T02:30:00Z"), Instant.parse("2024-03-31T02:30:00.250Z"),
        Instant.parse("2024-03-31T01:30:00Z"), Instant.parse("2024-10-27T00:30:00Z")), instants);
  }

  static Stream<Arguments> unusableHeaders() {
    return Stream.of(
        Arguments.of("order_id,customer_id,placed_at,currency\n",
            "required column 'amount' is missing; the header has: order_id,customer_id,placed_at,currency"),
        Arguments.of("order_id,customer_id,placed_at,Amount,currency\n",
            "column 'Amount' differs from the expected column 'amount' only in case (names are case-sensitive)"),
        Arguments.of("order_id,customer_id,placed_at,amount,currency,Status\n",
            "column 'Status' differs from the expected column 'status' only in case (names are case-sensitive)"),
        Arguments.of("order_id,customer_id,placed_at,amount,currency,amount\n",
            "column 'amount' appears twice in the header (columns 4 and 6)"),
        Arguments.of("order_id,customer_id,placed_at,amount,currency,\n", "column 6 of the header has no name"),
        Arguments.of("order_id;customer_id;placed_at;amount;currency\n", "required column 'order_id' is missing; "
            + "the header has: order_id;customer_id;placed_at;amount;currency (the file seems to separate values "
            + "with semicolons or tabs; it must use commas)"),
        Arguments.of("\n\n", "the file is empty: expected a header line with order_id,customer_id,placed_at,amount,"
            + "currency"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unusableHeaders")
  void anUnusableHeaderEndsEvenALenientImport(String csv, String reason) {
    ImportException e = assertThrows(ImportException.class, () -> Imports.lenient(InputFormat.GENERIC_CSV, csv));
    assertEquals(reason, e.reason());
  }

  @Test
  void headerNamesAreTrimmedAndUnknownColumnsListed() {
    Imports.Result result = Imports.strict(InputFormat.GENERIC_CSV,
        " order_id , customer_id,placed_at,amount,currency,Notes,sku\nA1,c1,2024-03-01,5,EUR,x,y\n");
    assertEquals(1, result.orders().size());
    assertEquals(List.of("Notes", "sku"), result.summary().ignoredColumns());
  }

  @Test
  void aHeaderOnlyFileImportsNothing() {
    Imports.Result result = Imports.strict(InputFormat.GENERIC_CSV, "order_id,customer_id,placed_at,amount,currency\n");
    assertEquals(new ImportSummary("test-input", 0, 0, 0, 0, 0, 0, List.of()), result.summary());
  }

  @Test
  void blankRowsAreNotRecordsButAreCountedInBothModes() {
    // Before the header, between records and at the end: empty lines, separators only, white space only,
    // and quoted empty values. None holds data, so even a strict import goes on; each is counted.
    String csv = "\n,,,,\norder_id,customer_id,placed_at,amount,currency\n\n , ,,,\nA1,c1,2024-03-01,5,EUR\n"
        + "\"\",\"\",\"\",\"\",\"\"\nA2,c1,2024-03-02,6,EUR\n,,,,\n\n";
    ImportSummary expected = new ImportSummary("test-input", 2, 2, 0, 7, 2, 0, List.of());

    Imports.Result strict = Imports.strict(InputFormat.GENERIC_CSV, csv);
    assertEquals(expected, strict.summary());
    assertEquals(List.of("A1", "A2"), strict.orders().stream().map(o -> o.id().value()).toList());

    Imports.Result lenient = Imports.lenient(InputFormat.GENERIC_CSV, csv);
    assertEquals(expected, lenient.summary());
    assertEquals(List.of(), lenient.rejects());
  }

  @Test
  void aRecordWithAnyValueIsNotBlankAndIsJudgedAsARecord() {
    Imports.Result result = Imports.lenient(InputFormat.GENERIC_CSV,
        "order_id,customer_id,placed_at,amount,currency\n,,,,EUR\n");
    assertEquals(new ImportSummary("test-input", 1, 0, 1, 0, 0, 0, List.of()), result.summary());
    assertEquals("order_id must not be blank", result.rejects().get(0).reason());
  }
}
