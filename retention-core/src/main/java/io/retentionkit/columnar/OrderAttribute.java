package io.retentionkit.columnar;

import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Order;
import java.util.Optional;

/**
 * The text attributes of an order that an {@link OrderLog} keeps, dictionary-encoded, for breaking results
 * down by a customer's first order: sales channel, discount code, country and first product.
 *
 * @since 0.1.0
 */
public enum OrderAttribute {
  /** The sales channel, {@link Order#channel()}. */
  CHANNEL,
  /** The discount code, {@link Order#discountCode()}. */
  DISCOUNT_CODE,
  /** The country, {@link Order#country()}. */
  COUNTRY,
  /** The SKU of the order's first line, {@link Order#lineItems()}; empty for an order without lines. */
  FIRST_SKU;

  /**
   * Returns this attribute of {@code order}.
   *
   * @param order the order
   * @return the attribute's value, or empty if the order has none
   * @throws NullPointerException if {@code order} is null
   */
  public Optional<String> valueOf(Order order) {
    requireNonNull(order, "order");
    return switch (this) {
      case CHANNEL -> order.channel();
      case DISCOUNT_CODE -> order.discountCode();
      case COUNTRY -> order.country();
      case FIRST_SKU -> order.lineItems().isEmpty() ? Optional.empty() : Optional.of(order.lineItems().get(0).sku());
    };
  }
}
