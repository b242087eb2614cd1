package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requireNonBlank;
import static java.util.Objects.requireNonNull;

/**
 * One line of an order: a product and how many of it were bought.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param sku the stock-keeping unit; not blank
 * @param quantity how many units; positive
 * @param amount the line's total (all units together); not negative
 * @since 0.1.0
 */
public record LineItem(String sku, int quantity, Money amount) {

  /**
   * Creates a {@code LineItem}, validating every component.
   *
   * @param sku the stock-keeping unit; not blank
   * @param quantity how many units; positive
   * @param amount the line's total (all units together); not negative
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public LineItem {
    requireNonBlank(sku, "sku");
    requireNonNull(amount, "amount");
    requireArgument(quantity > 0, "quantity must be positive: %d", quantity);
    requireArgument(!amount.isNegative(), "line amount must not be negative: %s", amount);
  }

  /**
   * Returns a line.
   *
   * @param sku the stock-keeping unit
   * @param quantity how many units
   * @param amount the line's total
   * @return the line
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static LineItem of(String sku, int quantity, Money amount) {
    return new LineItem(sku, quantity, amount);
  }
}
