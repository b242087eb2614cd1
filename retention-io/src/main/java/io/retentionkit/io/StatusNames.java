package io.retentionkit.io;

import io.retentionkit.model.OrderStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The status names of the supported exports and what they mean. One table serves all formats because the
 * shops agree where their names overlap ({@code pending}, {@code refunded}, ...).
 */
final class StatusNames {

  /** What a status name says about refunds, which {@link OrderStatus} does not record. */
  enum RefundHint {
    /** Nothing. */
    NONE,
    /** The order was refunded in full. */
    FULL,
    /** The order was refunded in part; the amount must come from elsewhere. */
    PARTIAL
  }

  /** A status name's meaning. */
  record Meaning(OrderStatus status, RefundHint refund) {}

  private static final Map<String, Meaning> NAMES = Map.ofEntries(
      entry("placed", OrderStatus.PLACED), entry("pending", OrderStatus.PLACED),
      entry("on_hold", OrderStatus.PLACED), entry("authorized", OrderStatus.PLACED),
      entry("authorised", OrderStatus.PLACED),
      entry("paid", OrderStatus.PAID), entry("processing", OrderStatus.PAID),
      entry("partially_paid", OrderStatus.PAID),
      Map.entry("partially_refunded", new Meaning(OrderStatus.PAID, RefundHint.PARTIAL)),
      Map.entry("refunded", new Meaning(OrderStatus.PAID, RefundHint.FULL)),
      entry("fulfilled", OrderStatus.FULFILLED), entry("completed", OrderStatus.FULFILLED),
      entry("complete", OrderStatus.FULFILLED), entry("shipped", OrderStatus.FULFILLED),
      entry("delivered", OrderStatus.FULFILLED),
      entry("cancelled", OrderStatus.CANCELLED), entry("canceled", OrderStatus.CANCELLED),
      entry("voided", OrderStatus.CANCELLED), entry("void", OrderStatus.CANCELLED),
      entry("trash", OrderStatus.CANCELLED),
      // A draft checkout or an expired authorisation never became a sale, like a failed payment.
      entry("failed", OrderStatus.FAILED), entry("expired", OrderStatus.FAILED),
      entry("declined", OrderStatus.FAILED), entry("checkout_draft", OrderStatus.FAILED));

  private static final String ACCEPTED = String.join(", ", new TreeSet<>(NAMES.keySet()));

  private StatusNames() {}

  private static Map.Entry<String, Meaning> entry(String name, OrderStatus status) {
    return Map.entry(name, new Meaning(status, RefundHint.NONE));
  }

  /**
   * Returns the meaning of {@code name}, ignoring case, with {@code -} or a space for {@code _} and
   * WooCommerce's internal {@code wc-} prefix allowed.
   *
   * @param field the field's name, for messages
   * @throws InvalidRecordException if the name is unknown
   */
  static Meaning parse(String name, String field) {
    String key = name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (key.startsWith("wc_")) {
      key = key.substring(3);
    }
    return Optional.ofNullable(NAMES.get(key)).orElseThrow(() -> InvalidRecordException.of(
        "%s must be one of %s: '%s'", field, ACCEPTED, name));
  }
}
