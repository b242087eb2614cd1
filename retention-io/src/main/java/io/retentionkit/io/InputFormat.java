package io.retentionkit.io;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The order exports {@link OrderImporter} reads. Each constant documents its layout and how its fields
 * become an {@link io.retentionkit.model.Order}; the {@linkplain OrderImporter importer's} documentation
 * covers what they share (encoding, errors, limits).
 *
 * @since 0.1.0
 */
public enum InputFormat {
  /**
   * A CSV file with one order per record.
   *
   * <p>Header: the required columns {@code order_id,customer_id,placed_at,amount,currency} and any of the
   * optional columns {@code status,email,channel,discount_code,country,refunded_amount,refunded_at}, in
   * any order. Names are matched exactly after trimming surrounding spaces. A required column that is
   * missing, a column named twice or without a name, and an unknown column that differs from a known one
   * only in case (probably a typo that would lose data) are errors; other unknown columns are ignored and
   * listed in {@link ImportSummary#ignoredColumns()}. Values are trimmed.
   *
   * <ul>
   *   <li>{@code order_id}: not blank and unique; a repeated id is rejected, naming the line of the first.
   *   <li>{@code customer_id}: the customer's id. Blank with an {@code email} means a guest checkout: the
   *       customer becomes {@link io.retentionkit.model.CustomerId#ofEmail} and the order is flagged
   *       {@code guestCheckout}. Blank without an e-mail is rejected.
   *   <li>{@code placed_at}: an ISO-8601 instant with an offset ({@code 2024-03-01T09:30:00+01:00},
   *       {@code ...Z}), or a local date-time ({@code 2024-03-01T09:30:00}) or date ({@code 2024-03-01},
   *       meaning the start of that day) read in the importer's zone. A space may stand for the {@code T}.
   *       A local time that falls into a daylight-saving gap moves forward by the gap's length; one that
   *       falls into an overlap takes the earlier offset.
   *   <li>{@code amount}: the total in major units with a dot as decimal separator ({@code 1234.50}; no
   *       thousands separators, no exponent), at most the currency's number of decimals, not negative.
   *   <li>{@code currency}: an ISO 4217 code.
   *   <li>{@code status}: blank means paid. Accepted names (any case; {@code -} and spaces may stand for
   *       {@code _}): the {@link io.retentionkit.model.OrderStatus} names; {@code pending},
   *       {@code on_hold}, {@code authorized}/{@code authorised} (placed); {@code processing},
   *       {@code partially_paid} (paid); {@code completed}, {@code complete}, {@code shipped},
   *       {@code delivered} (fulfilled); {@code canceled}, {@code voided}, {@code void}, {@code trash}
   *       (cancelled); {@code expired}, {@code declined}, {@code checkout_draft} (failed: never became a
   *       sale); {@code refunded} (paid, refunded in full unless {@code refunded_amount} says how much);
   *       {@code partially_refunded} (paid; needs a {@code refunded_amount}).
   *   <li>{@code email}: optional; must look like {@code local@domain}. Never repeated in messages.
   *   <li>{@code channel}, {@code discount_code}, {@code country}: optional text.
   *   <li>{@code refunded_amount}: optional, same rules as {@code amount}, at most the total; zero means
   *       no refund. One refund per order.
   *   <li>{@code refunded_at}: when the refund was made, like {@code placed_at}. A refund without it is
   *       dated at {@code placed_at} (and counted in {@link ImportSummary#refundsWithAssumedDate()}). A
   *       {@code refunded_at} without an amount is rejected unless the status is {@code refunded}.
   * </ul>
   */
  GENERIC_CSV("generic"),

  /**
   * Shopify's orders export (Admin, Orders, Export, "CSV for Excel, Numbers, or other spreadsheet
   * programs").
   *
   * <p>The export has one record per line item; the order-level fields are filled on the order's first
   * record only. Records are grouped by {@code Name} (for example {@code #1001}), which becomes the order
   * id; an order's records must be consecutive, and a {@code Name} that reappears later is rejected as a
   * duplicate. Columns used (others are ignored and listed): {@code Name}, {@code Email},
   * {@code Financial Status}, {@code Fulfillment Status}, {@code Currency}, {@code Total},
   * {@code Discount Code}, {@code Created at}, {@code Cancelled at}, {@code Refunded Amount},
   * {@code Source}, {@code Billing Country}, {@code Shipping Country}, {@code Lineitem quantity},
   * {@code Lineitem name}, {@code Lineitem price}, {@code Lineitem sku}; names are matched regardless of
   * case. The first six and {@code Created at} are required.
   *
   * <ul>
   *   <li>Customer: the export has no customer id, so customers are matched by e-mail: the customer is
   *       {@link io.retentionkit.model.CustomerId#ofEmail} of {@code Email}. An order without an e-mail
   *       (typically a point-of-sale sale to an anonymous buyer) cannot be attributed to anyone and is
   *       rejected. Whether the buyer had an account is not in the export, so {@code guestCheckout} is
   *       false.
   *   <li>Dates: {@code Created at} ({@code 2024-03-01 09:30:00 +0100}) is the order's instant; ISO-8601
   *       is accepted too.
   *   <li>Status: {@code Cancelled at} filled means cancelled; otherwise {@code Financial Status} as for
   *       the generic format ({@code pending}, {@code authorized}: placed; {@code paid},
   *       {@code partially_paid}, {@code partially_refunded}, {@code refunded}: paid; {@code voided}:
   *       cancelled; {@code expired}: failed), and a paid order whose {@code Fulfillment Status} is
   *       {@code fulfilled} is fulfilled.
   *   <li>Refunds: {@code Refunded Amount}, one refund per order. The export has no refund date: a refund
   *       is dated at {@code Cancelled at} when the order was cancelled (Shopify refunds when it cancels),
   *       otherwise at {@code Created at}, and counted in {@link ImportSummary#refundsWithAssumedDate()}.
   *       {@code refunded} with no amount means the whole total; {@code partially_refunded} with no amount
   *       is rejected.
   *   <li>Lines: one per record with line-item values; sku is {@code Lineitem sku}, or {@code Lineitem
   *       name} when the product has no SKU; amount is price times quantity (before order discounts).
   *   <li>Country: {@code Billing Country}, else {@code Shipping Country}. Channel: {@code Source}.
   * </ul>
   *
   * <p>An order may span at most 10,000 records.
   */
  SHOPIFY_CSV("shopify"),

  /**
   * Orders from the WooCommerce REST API ({@code GET /wp-json/wc/v3/orders}), as JSON.
   *
   * <p>The file is the API's response: a JSON array of order objects. Several arrays one after another
   * (pages saved into one file) are accepted; anything else at the top level is an error. Fields used:
   * {@code id} (the order id), {@code status}, {@code currency}, {@code total}, {@code date_created_gmt}
   * (UTC; if absent, {@code date_created} in the importer's zone), {@code date_modified_gmt},
   * {@code customer_id}, {@code billing.email}, {@code billing.country}, {@code created_via} (the
   * channel), {@code coupon_lines[].code} (several codes are joined with commas), {@code line_items[]}
   * ({@code sku}, or {@code name} when blank; {@code quantity}; {@code total}) and {@code refunds[]}.
   *
   * <ul>
   *   <li>Customer: {@code customer_id} 0 (or absent) means a guest, matched by {@code billing.email}
   *       ({@link io.retentionkit.model.CustomerId#ofEmail}, {@code guestCheckout}); a guest without one
   *       is rejected. Any other id is the customer's id.
   *   <li>Status: {@code pending}, {@code on-hold}: placed; {@code processing}: paid; {@code completed}:
   *       fulfilled; {@code cancelled}, {@code trash}: cancelled; {@code failed}, {@code checkout-draft}
   *       (an abandoned checkout): failed; {@code refunded}: paid and refunded in full (a refund for any
   *       remainder not covered by the listed refunds is added). Other (plugin) statuses are rejected.
   *   <li>Refunds are separate records with their own dates. An order's {@code refunds} array may hold
   *       full refund objects as {@code GET /orders/<id>/refunds} returns them ({@code id},
   *       {@code date_created_gmt} or {@code date_created}, {@code amount}). The orders endpoint itself
   *       only lists refund summaries ({@code id}, negative {@code total}, no date): supply the refunds
   *       file ({@code GET /wp-json/wc/v3/refunds}, a JSON array of refunds with their {@code parent_id};
   *       see {@link OrderImporter.Builder#refunds}) to date them. A summary still without a dated refund
   *       is dated at the order's {@code date_modified_gmt} (the last change, at or after the refund) and
   *       counted in {@link ImportSummary#refundsWithAssumedDate()}.
   * </ul>
   */
  WOOCOMMERCE_JSON("woocommerce");

  private final String shortName;

  InputFormat(String shortName) {
    this.shortName = shortName;
  }

  /**
   * Returns the short name used on the command line.
   *
   * @return {@code "generic"}, {@code "shopify"} or {@code "woocommerce"}
   */
  public String shortName() {
    return shortName;
  }

  /**
   * Returns the format with the given short name or constant name, ignoring case.
   *
   * @param name e.g. {@code "shopify"} or {@code "SHOPIFY_CSV"}
   * @return the format
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no format has that name
   */
  public static InputFormat parse(String name) {
    requireNonNull(name, "name");
    String key = name.strip();
    for (InputFormat format : values()) {
      if (format.shortName.equalsIgnoreCase(key) || format.name().equalsIgnoreCase(key)) {
        return format;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "input format must be one of generic, shopify, woocommerce: '%s'", name));
  }
}
