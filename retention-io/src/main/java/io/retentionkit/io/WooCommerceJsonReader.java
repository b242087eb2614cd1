package io.retentionkit.io;

import io.retentionkit.io.StatusNames.Meaning;
import io.retentionkit.io.StatusNames.RefundHint;
import io.retentionkit.io.WooCommerceRefunds.FileRefund;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.Refund;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@link InputFormat#WOOCOMMERCE_JSON}: a JSON array of orders as the REST API returns them, with the
 * refunds of an optional refunds file attached to their orders.
 */
final class WooCommerceJsonReader implements FormatReader {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,18}");
  private static final String GUEST = "0";

  private final ZoneId zone;
  private final Optional<Path> refundsFile;
  private final int maxRecordChars;

  WooCommerceJsonReader(ZoneId zone, Optional<Path> refundsFile, int maxRecordChars) {
    this.zone = zone;
    this.refundsFile = refundsFile;
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public void read(InputText text, ImportRun run) {
    WooCommerceRefunds refunds = refundsFile
        .map(file -> WooCommerceRefunds.read(file, zone, maxRecordChars, run))
        .orElseGet(WooCommerceRefunds::none);
    JsonInput json = JsonInput.of(text, maxRecordChars, "orders");
    OrderIdRegistry seen = new OrderIdRegistry();
    for (Optional<JsonValue.Located> next = json.next(); next.isPresent(); next = json.next()) {
      JsonValue.Located element = next.get();
      run.recordRead();
      Optional<String> orderId = Optional.empty();
      List<FileRefund> attached = List.of();
      ParsedOrder parsed;
      try {
        JsonObject order = element.asObject("an order");
        order.requireUniqueMembers();
        orderId = Optional.of(order.requiredText("id"));
        long firstLine = seen.firstLineOrAdd(orderId.get(), element.line());
        if (firstLine != 0) {
          throw InvalidRecordException.of("id '%s' repeats the order on line %d", orderId.get(), firstLine);
        }
        attached = refunds.take(orderId.get());
        parsed = parse(order, attached);
      } catch (InvalidRecordException | IllegalArgumentException | ArithmeticException e) {
        run.rejected(text.source(), element.line(), e.getMessage(), element.text());
        WooCommerceRefunds.rejectWithOrder(attached, orderId.orElse("?"), text.source(), element.line(), run);
        continue;
      }
      run.imported(parsed.order(), 1, parsed.refundsWithAssumedDate());
      run.importedAlongside(attached.size());
      run.progress(text);
    }
    run.finished(text);
    refunds.rejectUnclaimed(text.source(), run);
  }

  private ParsedOrder parse(JsonObject json, List<FileRefund> fileRefunds) {
    OrderId id = OrderId.of(json.requiredText("id"));
    Meaning status = StatusNames.parse(json.requiredText("status"), "status");
    Currency currency = Amounts.currency(json.text("currency").orElse(""), "currency");
    Money total = Amounts.parse(json.requiredText("total"), currency, "total");
    Instant placedAt = WooCommerceDates.requiredInstant(json, "date_created", zone);
    Optional<JsonObject> billing = json.object("billing");
    Optional<EmailAddress> email = billing.flatMap(b -> b.text("email")).flatMap(t -> Emails.parse(t, "billing.email"));

    String customer = json.text("customer_id").orElse(GUEST);
    if (!WHOLE_NUMBER.matcher(customer).matches()) {
      throw InvalidRecordException.of("customer_id must be a whole number: '%s'", customer);
    }
    boolean guest = Long.parseLong(customer) == 0;
    if (guest && email.isEmpty()) {
      throw InvalidRecordException.of("billing.email must be given for a guest order (customer_id 0)");
    }
    Order.Builder order = Order.builder(id, guest ? CustomerId.ofEmail(email.get()) : CustomerId.of(customer),
            placedAt, total)
        .status(status.status())
        .guestCheckout(guest);
    email.ifPresent(order::email);
    billing.flatMap(b -> b.text("country")).ifPresent(order::country);
    json.text("created_via").ifPresent(order::channel);
    couponCodes(json).ifPresent(order::discountCode);
    for (JsonObject line : json.objects("line_items")) {
      addLine(line, currency, order);
    }
    int assumedDates = addRefunds(json, fileRefunds, status, total, placedAt, order);
    return new ParsedOrder(order.build(), assumedDates);
  }

  private static Optional<String> couponCodes(JsonObject json) {
    List<String> codes = new ArrayList<>();
    for (JsonObject coupon : json.objects("coupon_lines")) {
      coupon.text("code").ifPresent(codes::add);
    }
    return codes.isEmpty() ? Optional.empty() : Optional.of(String.join(",", codes));
  }

  private static void addLine(JsonObject line, Currency currency, Order.Builder order) {
    String sku = line.text("sku").or(() -> line.text("name")).orElseThrow(() -> InvalidRecordException.of(
        "%s or %s must be given", line.path("sku"), line.path("name")));
    String quantityText = line.requiredText("quantity");
    if (!WHOLE_NUMBER.matcher(quantityText).matches() || Long.parseLong(quantityText) == 0
        || Long.parseLong(quantityText) > Integer.MAX_VALUE) {
      throw InvalidRecordException.of("%s must be a positive whole number: '%s'", line.path("quantity"), quantityText);
    }
    Money amount = Amounts.parse(line.requiredText("total"), currency, line.path("total"));
    order.lineItem(sku, Integer.parseInt(quantityText), amount);
  }

  /**
   * Adds the order's refunds: the dated ones (embedded in the order, or from the refunds file), then the
   * undated summaries that no dated refund covers, then, for status refunded, any remainder of the total.
   * Returns how many were dated by rule, at the order's last modification.
   */
  private int addRefunds(JsonObject json, List<FileRefund> fileRefunds, Meaning status, Money total,
      Instant placedAt, Order.Builder order) {
    Currency currency = total.currency();
    Map<String, Refund> dated = new LinkedHashMap<>();
    Map<String, Money> summaries = new LinkedHashMap<>();
    List<JsonObject> embedded = json.objects("refunds");
    for (int i = 0; i < embedded.size(); i++) {
      JsonObject refund = embedded.get(i);
      String key = refund.text("id").orElse("#" + i);
      if (refund.has("date_created_gmt") || refund.has("date_created")) {
        Money amount = Amounts.parse(refund.requiredText("amount"), currency, refund.path("amount"));
        Instant refundedAt = WooCommerceDates.requiredInstant(refund, "date_created", zone);
        if (!amount.isZero()) {
          dated.put(key, Refund.of(amount, refundedAt));
        }
      } else {
        // The orders endpoint lists refunds as {id, reason, total} with a negative total and no date.
        String text = refund.requiredText("total");
        summaries.put(key, Amounts.parse(text.startsWith("-") ? text.substring(1) : text, currency,
            refund.path("total")));
      }
    }
    for (FileRefund file : fileRefunds) {
      Money amount = Amounts.parse(file.amount().toPlainString(), currency,
          "amount of refund '" + file.id() + "' in the refunds file");
      if (amount.isZero()) {
        continue; // nothing was returned; the record is still imported with its order
      }
      Refund refund = Refund.of(amount, file.refundedAt());
      Refund embeddedRefund = dated.putIfAbsent(file.id(), refund);
      if (embeddedRefund != null && !embeddedRefund.equals(refund)) {
        throw InvalidRecordException.of("refund '%s' must be the same in the order and in the refunds file: "
            + "%s at %s and %s at %s", file.id(), embeddedRefund.amount(), embeddedRefund.refundedAt(),
            refund.amount(), refund.refundedAt());
      }
    }
    Instant assumedDate = WooCommerceDates.instant(json, "date_modified", zone)
        .filter(modified -> !modified.isBefore(placedAt))
        .orElse(placedAt);
    List<Refund> refunds = new ArrayList<>(dated.values());
    int assumed = 0;
    for (Map.Entry<String, Money> summary : summaries.entrySet()) {
      if (!dated.containsKey(summary.getKey()) && !summary.getValue().isZero()) {
        refunds.add(Refund.of(summary.getValue(), assumedDate));
        assumed++;
      }
    }
    if (status.refund() == RefundHint.FULL) {
      Money remainder = total;
      for (Refund refund : refunds) {
        remainder = remainder.minus(refund.amount());
      }
      if (!remainder.isNegative() && !remainder.isZero()) {
        refunds.add(Refund.of(remainder, assumedDate));
        assumed++;
      }
    }
    refunds.forEach(refund -> order.refund(refund.amount(), refund.refundedAt()));
    return assumed;
  }
}
