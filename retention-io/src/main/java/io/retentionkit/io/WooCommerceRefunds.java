package io.retentionkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The refunds of a WooCommerce refunds file ({@code GET /wp-json/wc/v3/refunds}), held by order id until
 * the orders file reaches their order. Each refund is a record of the import: it is imported with its
 * order, or rejected on its own (invalid, repeated, its order missing) or with its order.
 */
final class WooCommerceRefunds {
  /**
   * The refunds held may have this many times the record limit in characters together. They are held
   * until their orders come, so without a bound a hostile refunds file could exhaust the heap; 64 Mi
   * characters by default is tens of thousands of refunds with line items.
   */
  static final int CHARS_IN_RECORDS = 64;
  private static final String REASON_PREFIX = "refunds file: ";

  /**
   * A refund read from the file.
   *
   * @param id the refund's id
   * @param orderId the id of its order ({@code parent_id})
   * @param amount the amount, in major units of the order's currency
   * @param refundedAt when it was made
   * @param source the file's name
   * @param line the line its object starts on
   * @param text its object, as read
   */
  record FileRefund(String id, String orderId, BigDecimal amount, Instant refundedAt, String source, long line,
      String text) {}

  private final Map<String, List<FileRefund>> byOrder;

  private WooCommerceRefunds(Map<String, List<FileRefund>> byOrder) {
    this.byOrder = byOrder;
  }

  /** Returns an empty set of refunds, for an import without a refunds file. */
  static WooCommerceRefunds none() {
    return new WooCommerceRefunds(new HashMap<>());
  }

  /**
   * Reads {@code file}; invalid refunds are rejected through {@code run}.
   *
   * @throws ImportException if the file is unreadable, or (strict mode) a refund is invalid
   */
  static WooCommerceRefunds read(Path file, ZoneId zone, int maxRecordChars, ImportRun run) {
    Map<String, List<FileRefund>> byOrder = new LinkedHashMap<>();
    Map<String, Long> lineOfRefund = new HashMap<>();
    long maxChars = (long) CHARS_IN_RECORDS * maxRecordChars;
    long chars = 0;
    try (InputStream in = OrderImporter.open(file)) {
      InputText text = new InputText(in, file.toString(), OptionalLong.of(Files.size(file)), maxRecordChars);
      JsonInput json = JsonInput.of(text, maxRecordChars, "refunds");
      for (Optional<JsonValue.Located> next = json.next(); next.isPresent(); next = json.next()) {
        JsonValue.Located element = next.get();
        run.recordRead();
        String elementText = element.text();
        chars += elementText.length();
        if (chars > maxChars) {
          throw new ImportException(text.source(), element.line(), String.format(Locale.ROOT,
              "the refunds file must have at most %,d characters of refunds, which are held in memory until "
                  + "their orders are read: this refund brings it to %,d (split the export by date)", maxChars,
              chars));
        }
        FileRefund refund;
        try {
          refund = parse(element, elementText, text.source(), zone);
          Long firstLine = lineOfRefund.putIfAbsent(refund.id(), element.line());
          if (firstLine != null) {
            throw InvalidRecordException.of("refund id '%s' repeats the refund on line %d", refund.id(), firstLine);
          }
        } catch (InvalidRecordException | IllegalArgumentException | ArithmeticException e) {
          run.rejected(text.source(), element.line(), REASON_PREFIX + e.getMessage(), elementText);
          continue;
        }
        byOrder.computeIfAbsent(refund.orderId(), id -> new ArrayList<>()).add(refund);
        run.progress(text);
      }
      run.finished(text);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
    }
    return new WooCommerceRefunds(byOrder);
  }

  private static FileRefund parse(JsonValue.Located element, String elementText, String source, ZoneId zone) {
    JsonObject refund = element.asObject("a refund");
    refund.requireUniqueMembers();
    String id = refund.requiredText("id");
    String orderId = refund.requiredText("parent_id");
    BigDecimal amount = Amounts.decimal(refund.requiredText("amount"), "amount");
    Instant refundedAt = WooCommerceDates.requiredInstant(refund, "date_created", zone);
    return new FileRefund(id, orderId, amount, refundedAt, source, element.line(), elementText);
  }

  /** Removes and returns the refunds of order {@code orderId}. */
  List<FileRefund> take(String orderId) {
    List<FileRefund> refunds = byOrder.remove(orderId);
    return refunds == null ? List.of() : refunds;
  }

  /** Rejects {@code refunds}, whose order {@code orderId} starting on line {@code line} was rejected. */
  static void rejectWithOrder(List<FileRefund> refunds, String orderId, String ordersSource, long line,
      ImportRun run) {
    for (FileRefund refund : refunds) {
      run.rejected(refund.source(), refund.line(), String.format(Locale.ROOT,
          "%srefund '%s' belongs to order '%s', which was rejected (%s, line %d)",
          REASON_PREFIX, refund.id(), orderId, ordersSource, line), refund.text());
    }
  }

  /** Rejects the refunds whose order never came, in file order. */
  void rejectUnclaimed(String ordersSource, ImportRun run) {
    byOrder.values().stream()
        .flatMap(List::stream)
        .sorted(Comparator.comparingLong(FileRefund::line))
        .forEach(refund -> run.rejected(refund.source(), refund.line(), String.format(Locale.ROOT,
            "%srefund '%s' belongs to order '%s', which is not in %s",
            REASON_PREFIX, refund.id(), refund.orderId(), ordersSource), refund.text()));
    byOrder.clear();
  }
}
