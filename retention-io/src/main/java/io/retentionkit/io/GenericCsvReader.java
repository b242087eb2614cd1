package io.retentionkit.io;

import io.retentionkit.io.StatusNames.Meaning;
import io.retentionkit.io.StatusNames.RefundHint;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Reads {@link InputFormat#GENERIC_CSV}: one order per record. */
final class GenericCsvReader implements FormatReader {
  static final List<String> REQUIRED = List.of("order_id", "customer_id", "placed_at", "amount", "currency");
  static final List<String> OPTIONAL = List.of(
      "status", "email", "channel", "discount_code", "country", "refunded_amount", "refunded_at");
  private static final Meaning PAID = new Meaning(OrderStatus.PAID, RefundHint.NONE);

  private final ZoneId zone;

  GenericCsvReader(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public void read(InputText text, ImportRun run) {
    CsvInput csv = CsvInput.of(text);
    CsvRow header = csv.next().orElseThrow(() -> new ImportException(text.source(), 1,
        "the file is empty: expected a header line with " + String.join(",", REQUIRED)));
    Columns columns = Columns.of(header, text.source(), REQUIRED, OPTIONAL, false);
    run.ignoredColumns(columns.ignored());
    OrderIdRegistry seen = new OrderIdRegistry();
    for (Optional<CsvRow> next = csv.next(); next.isPresent(); next = csv.next()) {
      CsvRow row = next.get();
      run.recordRead();
      ParsedOrder parsed;
      try {
        columns.requireWidth(row);
        parsed = parse(row, columns, seen);
      } catch (InvalidRecordException | IllegalArgumentException | ArithmeticException e) {
        run.rejected(text.source(), row.line(), e.getMessage(), row.text());
        continue;
      }
      run.imported(parsed.order(), 1, parsed.refundsWithAssumedDate());
      run.progress(text);
    }
    run.blankRowsSkipped(csv.blankRows());
    run.finished(text);
  }

  private ParsedOrder parse(CsvRow row, Columns columns, OrderIdRegistry seen) {
    String orderId = required(row, columns, "order_id");
    long firstLine = seen.firstLineOrAdd(orderId, row.line());
    if (firstLine != 0) {
      throw InvalidRecordException.of("order_id '%s' repeats the order on line %d", orderId, firstLine);
    }
    Instant placedAt = Timestamps.parse(required(row, columns, "placed_at"), zone, "placed_at");
    Currency currency = Amounts.currency(columns.value(row, "currency"), "currency");
    Money total = Amounts.parse(required(row, columns, "amount"), currency, "amount");
    String statusName = columns.value(row, "status");
    Meaning status = statusName.isEmpty() ? PAID : StatusNames.parse(statusName, "status");
    Optional<EmailAddress> email = Emails.parse(columns.value(row, "email"), "email");

    String customer = columns.value(row, "customer_id");
    boolean guest = customer.isEmpty();
    if (guest && email.isEmpty()) {
      throw InvalidRecordException.of("customer_id must not be blank unless an email identifies a guest checkout");
    }
    CustomerId customerId = guest ? CustomerId.ofEmail(email.get()) : CustomerId.of(customer);
    Order.Builder order = Order.builder(OrderId.of(orderId), customerId, placedAt, total)
        .status(status.status())
        .guestCheckout(guest);
    email.ifPresent(order::email);
    columns.optional(row, "channel").ifPresent(order::channel);
    columns.optional(row, "discount_code").ifPresent(order::discountCode);
    columns.optional(row, "country").ifPresent(order::country);
    int assumedDates = addRefund(row, columns, status, order, total, placedAt);
    return new ParsedOrder(order.build(), assumedDates);
  }

  /** Adds the record's refund, if any; returns 1 if its date was assumed. */
  private int addRefund(CsvRow row, Columns columns, Meaning status, Order.Builder order, Money total,
      Instant placedAt) {
    Optional<String> amountText = columns.optional(row, "refunded_amount");
    Optional<String> dateText = columns.optional(row, "refunded_at");
    if (amountText.isEmpty() && dateText.isPresent() && status.refund() != RefundHint.FULL) {
      throw InvalidRecordException.of("refunded_amount must be given when refunded_at is: refunded_at '%s'",
          dateText.get());
    }
    Optional<Money> amount = amountText.map(text -> Amounts.parse(text, total.currency(), "refunded_amount"));
    if (status.refund() == RefundHint.FULL && amount.filter(a -> !a.isZero()).isEmpty()) {
      amount = Optional.of(total);
    }
    if (status.refund() == RefundHint.PARTIAL && amount.filter(a -> !a.isZero()).isEmpty()) {
      throw InvalidRecordException.of("refunded_amount must be given for status '%s'",
          columns.value(row, "status"));
    }
    if (amount.isEmpty() || amount.get().isZero()) {
      return 0;
    }
    Instant refundedAt = dateText.map(text -> Timestamps.parse(text, zone, "refunded_at")).orElse(placedAt);
    order.refund(amount.get(), refundedAt);
    return dateText.isEmpty() ? 1 : 0;
  }

  private static String required(CsvRow row, Columns columns, String name) {
    String value = columns.value(row, name);
    if (value.isEmpty()) {
      throw InvalidRecordException.of("%s must not be blank", name);
    }
    return value;
  }
}
