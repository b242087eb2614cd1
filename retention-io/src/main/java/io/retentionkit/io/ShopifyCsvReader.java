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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@link InputFormat#SHOPIFY_CSV}: one record per line item, the order-level fields on the first
 * record of each order, an order's records consecutive and sharing its {@code Name}.
 *
 * <p>An order's records are held until the order ends, so an order is bounded twice: at most
 * {@value #MAX_RECORDS_PER_ORDER} records, and at most {@value #CHARS_PER_ORDER_IN_RECORDS} times the
 * importer's record limit in characters over all its values (16 Mi characters by default). Without the
 * second bound a hostile file of 10,000 records of a mebi-character each under one {@code Name} would need
 * gigabytes of heap. An order over either bound is rejected, and its later records as they come.
 */
final class ShopifyCsvReader implements FormatReader {
  static final int MAX_RECORDS_PER_ORDER = 10_000;
  /** An order may span this many times the record limit, summed over its records' values. */
  static final int CHARS_PER_ORDER_IN_RECORDS = 16;
  static final List<String> REQUIRED = List.of(
      "Name", "Email", "Financial Status", "Currency", "Total", "Created at");
  static final List<String> OPTIONAL = List.of(
      "Fulfillment Status", "Discount Code", "Cancelled at", "Refunded Amount", "Source", "Billing Country",
      "Shipping Country", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku");
  private static final Pattern QUANTITY = Pattern.compile("[0-9]{1,9}");

  private final ZoneId zone;
  private final long maxOrderChars;

  ShopifyCsvReader(ZoneId zone, int maxRecordChars) {
    this.zone = zone;
    this.maxOrderChars = (long) CHARS_PER_ORDER_IN_RECORDS * maxRecordChars;
  }

  /** The records of one order, collected until the next order starts. */
  private static final class Group {
    final String name;
    final long firstLine;
    final List<CsvRow> rows = new ArrayList<>();
    /** The characters of the values of {@link #rows}. */
    long chars;
    Optional<String> failure = Optional.empty();
    /** Whether the group's records were already rejected (it grew too large) and later ones go at once. */
    boolean rejectedEarly;

    Group(String name, CsvRow first) {
      this.name = name;
      this.firstLine = first.line();
      rows.add(first);
      chars = chars(first);
    }
  }

  @Override
  public void read(InputText text, ImportRun run) {
    CsvInput csv = CsvInput.of(text);
    CsvRow header = csv.next().orElseThrow(() -> new ImportException(text.source(), 1,
        "the file is empty: expected Shopify's orders export header (Name,Email,Financial Status,...)"));
    Columns columns = Columns.of(header, text.source(), REQUIRED, OPTIONAL, true);
    run.ignoredColumns(columns.ignored());
    OrderIdRegistry seen = new OrderIdRegistry();
    Optional<Group> current = Optional.empty();
    for (Optional<CsvRow> next = csv.next(); next.isPresent(); next = csv.next()) {
      CsvRow row = next.get();
      run.recordRead();
      String name = columns.value(row, "Name");
      if (current.isPresent() && current.get().name.equals(name)) {
        add(current.get(), row, text, run);
        continue;
      }
      current.ifPresent(group -> finish(group, columns, text, run));
      current = Optional.empty();
      if (name.isEmpty()) {
        run.rejected(text.source(), row.line(), "Name must not be blank", row.text());
        continue;
      }
      Group group = new Group(name, row);
      long firstLine = seen.firstLineOrAdd(name, row.line());
      if (firstLine != 0) {
        group.failure = Optional.of(String.format(Locale.ROOT,
            "Name '%s' repeats the order on line %d (an order's records must be consecutive)", name, firstLine));
      }
      current = Optional.of(group);
      run.progress(text);
    }
    current.ifPresent(group -> finish(group, columns, text, run));
    run.blankRowsSkipped(csv.blankRows());
    run.finished(text);
  }

  private void add(Group group, CsvRow row, InputText text, ImportRun run) {
    if (group.rejectedEarly) {
      run.rejected(text.source(), row.line(), partOf(group, group.failure.orElseThrow()), row.text());
      return;
    }
    group.rows.add(row);
    group.chars += chars(row);
    if (group.rows.size() > MAX_RECORDS_PER_ORDER) {
      rejectEarly(group, String.format(Locale.ROOT, "order '%s' must have at most %d records",
          group.name, MAX_RECORDS_PER_ORDER), text, run);
    } else if (group.chars > maxOrderChars) {
      rejectEarly(group, String.format(Locale.ROOT, "order '%s' must have at most %,d characters in all its "
          + "records: line %d brings it to %,d", group.name, maxOrderChars, row.line(), group.chars), text, run);
    }
  }

  /** Does not hold an unbounded order in memory: rejects what it has, and the rest as it comes. */
  private static void rejectEarly(Group group, String reason, InputText text, ImportRun run) {
    reject(group, reason, text, run);
    group.failure = Optional.of(reason);
    group.rejectedEarly = true;
    group.rows.clear();
  }

  private static long chars(CsvRow row) {
    long chars = 0;
    for (String value : row.values()) {
      chars += value.length();
    }
    return chars;
  }

  private void finish(Group group, Columns columns, InputText text, ImportRun run) {
    if (group.rejectedEarly) {
      return;
    }
    if (group.failure.isPresent()) {
      reject(group, group.failure.get(), text, run);
      return;
    }
    ParsedOrder parsed;
    try {
      parsed = parse(group, columns);
    } catch (InvalidRecordException | IllegalArgumentException | ArithmeticException e) {
      reject(group, e.getMessage(), text, run);
      return;
    }
    run.imported(parsed.order(), group.rows.size(), parsed.refundsWithAssumedDate());
  }

  private static void reject(Group group, String reason, InputText text, ImportRun run) {
    for (CsvRow row : group.rows) {
      run.rejected(text.source(), row.line(), row.line() == group.firstLine ? reason : partOf(group, reason),
          row.text());
    }
  }

  private static String partOf(Group group, String reason) {
    return String.format(Locale.ROOT, "part of order '%s' rejected at line %d: %s",
        group.name, group.firstLine, reason);
  }

  private ParsedOrder parse(Group group, Columns columns) {
    CsvRow first = group.rows.get(0);
    for (CsvRow row : group.rows) {
      atLine(row, first, () -> columns.requireWidth(row));
    }
    Optional<EmailAddress> email = Emails.parse(columns.value(first, "Email"), "Email");
    if (email.isEmpty()) {
      throw InvalidRecordException.of("Email must not be blank: Shopify exports have no customer id, so an "
          + "order without an e-mail cannot be attributed to a customer");
    }
    Meaning financial = StatusNames.parse(required(first, columns, "Financial Status"), "Financial Status");
    Currency currency = Amounts.currency(columns.value(first, "Currency"), "Currency");
    Money total = Amounts.parse(required(first, columns, "Total"), currency, "Total");
    Instant createdAt = Timestamps.parse(required(first, columns, "Created at"), zone, "Created at");
    Optional<Instant> cancelledAt = columns.optional(first, "Cancelled at")
        .map(text -> Timestamps.parse(text, zone, "Cancelled at"));

    Order.Builder order = Order.builder(OrderId.of(group.name), CustomerId.ofEmail(email.get()), createdAt, total)
        .status(status(financial, cancelledAt, columns.value(first, "Fulfillment Status")))
        .email(email.get());
    columns.optional(first, "Discount Code").ifPresent(order::discountCode);
    columns.optional(first, "Source").ifPresent(order::channel);
    columns.optional(first, "Billing Country")
        .or(() -> columns.optional(first, "Shipping Country"))
        .ifPresent(order::country);
    for (CsvRow row : group.rows) {
      atLine(row, first, () -> addLine(row, columns, currency, order));
    }
    int assumedDates = addRefund(first, columns, financial, total, cancelledAt.orElse(createdAt), order);
    return new ParsedOrder(order.build(), assumedDates);
  }

  private static OrderStatus status(Meaning financial, Optional<Instant> cancelledAt, String fulfillment) {
    if (cancelledAt.isPresent()) {
      return OrderStatus.CANCELLED;
    }
    if (financial.status() == OrderStatus.PAID && fulfillment.equalsIgnoreCase("fulfilled")) {
      return OrderStatus.FULFILLED;
    }
    return financial.status();
  }

  /** Adds the refund of {@code Refunded Amount}, dated at {@code refundedAt}; returns how many. */
  private static int addRefund(CsvRow first, Columns columns, Meaning financial, Money total, Instant refundedAt,
      Order.Builder order) {
    Optional<Money> amount = columns.optional(first, "Refunded Amount")
        .map(text -> Amounts.parse(text, total.currency(), "Refunded Amount"))
        .filter(refunded -> !refunded.isZero());
    if (financial.refund() == RefundHint.FULL && amount.isEmpty()) {
      amount = Optional.of(total).filter(refunded -> !refunded.isZero());
    }
    if (financial.refund() == RefundHint.PARTIAL && amount.isEmpty()) {
      throw InvalidRecordException.of("Refunded Amount must be given for Financial Status '%s'",
          columns.value(first, "Financial Status"));
    }
    amount.ifPresent(refunded -> order.refund(refunded, refundedAt));
    return amount.isPresent() ? 1 : 0;
  }

  private static void addLine(CsvRow row, Columns columns, Currency currency, Order.Builder order) {
    String quantityText = columns.value(row, "Lineitem quantity");
    String priceText = columns.value(row, "Lineitem price");
    String sku = columns.value(row, "Lineitem sku");
    if (sku.isEmpty()) {
      sku = columns.value(row, "Lineitem name");
    }
    if (quantityText.isEmpty() && priceText.isEmpty() && sku.isEmpty()) {
      return;
    }
    if (!QUANTITY.matcher(quantityText).matches() || Integer.parseInt(quantityText) == 0) {
      throw InvalidRecordException.of("Lineitem quantity must be a positive whole number: '%s'", quantityText);
    }
    if (sku.isEmpty()) {
      throw InvalidRecordException.of("Lineitem sku or Lineitem name must not be blank");
    }
    int quantity = Integer.parseInt(quantityText);
    Money price = Amounts.parse(priceText, currency, "Lineitem price");
    order.lineItem(sku, quantity, price.times(quantity));
  }

  /** Runs {@code check} on {@code row}, naming the row's line in the reason if it is not the first. */
  private static void atLine(CsvRow row, CsvRow first, Runnable check) {
    try {
      check.run();
    } catch (InvalidRecordException | IllegalArgumentException | ArithmeticException e) {
      if (row == first) {
        throw e;
      }
      throw InvalidRecordException.of("line %d: %s", row.line(), e.getMessage());
    }
  }

  private static String required(CsvRow row, Columns columns, String name) {
    String value = columns.value(row, name);
    if (value.isEmpty()) {
      throw InvalidRecordException.of("%s must not be blank on the order's first record", name);
    }
    return value;
  }
}
