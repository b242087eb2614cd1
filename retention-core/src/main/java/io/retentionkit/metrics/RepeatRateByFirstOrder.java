package io.retentionkit.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The repeat rate of the customers acquired in the window, split by an attribute of their first order:
 * whether it was (partly) refunded, whether it used a discount code, and its sales channel. In each group,
 * the rate is the share of customers who placed a second qualifying order before the window's end.
 *
 * <p>A refund counts whatever its date and size. A first order without a channel falls into the group
 * named {@value #NO_CHANNEL}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param refunded customers whose first order has a refund
 * @param notRefunded customers whose first order has none
 * @param withDiscountCode customers whose first order used a discount code
 * @param withoutDiscountCode customers whose first order did not
 * @param byChannel customers by their first order's channel; unmodifiable, iterates in channel order
 * @since 0.1.0
 */
public record RepeatRateByFirstOrder(Rate refunded, Rate notRefunded, Rate withDiscountCode,
    Rate withoutDiscountCode, Map<String, Rate> byChannel) {

  /** The channel group of first orders without a channel. */
  public static final String NO_CHANNEL = "(none)";

  /**
   * Creates a {@code RepeatRateByFirstOrder}, validating every component.
   *
   * @param refunded customers whose first order has a refund
   * @param notRefunded customers whose first order has none
   * @param withDiscountCode customers whose first order used a discount code
   * @param withoutDiscountCode customers whose first order did not
   * @param byChannel customers by their first order's channel; copied, iterates in channel order
   * @throws NullPointerException if a component, key or value is null
   */
  public RepeatRateByFirstOrder {
    requireNonNull(refunded, "refunded");
    requireNonNull(notRefunded, "notRefunded");
    requireNonNull(withDiscountCode, "withDiscountCode");
    requireNonNull(withoutDiscountCode, "withoutDiscountCode");
    byChannel = Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(requireNonNull(byChannel, "byChannel"))));
  }
}
