package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireNonBlank;
import static java.util.Objects.requireNonNull;

import io.retentionkit.columnar.OrderAttribute;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.Order;
import java.util.Optional;
import java.util.function.Function;

/**
 * Splits every cohort by an attribute of its customers' first qualifying order: the acquisition channel,
 * discount code, country or first product, or any value a caller derives from the order.
 *
 * <p>The four standard breakdowns below can also split the cohorts of an {@link OrderLog}, which encodes
 * their attributes; a breakdown by a caller-supplied function needs the orders themselves.
 *
 * <p>The key function must be pure and thread-safe: the analysis may apply it to several candidate first
 * orders of a customer, from any thread, and keeps the value of the order that turns out to be first.
 *
 * <p>Instances are immutable and thread-safe. Two breakdowns are equal only if they are the same
 * instance, so the constants below compare equal to themselves.
 *
 * @since 0.1.0
 */
public final class CohortBreakdown {
  /** By the first order's sales channel ({@link Order#channel()}); named {@code "channel"}. */
  public static final CohortBreakdown CHANNEL = new CohortBreakdown("channel", OrderAttribute.CHANNEL);
  /** By the first order's discount code ({@link Order#discountCode()}); named {@code "discount-code"}. */
  public static final CohortBreakdown DISCOUNT_CODE = new CohortBreakdown("discount-code", OrderAttribute.DISCOUNT_CODE);
  /** By the first order's country ({@link Order#country()}); named {@code "country"}. */
  public static final CohortBreakdown COUNTRY = new CohortBreakdown("country", OrderAttribute.COUNTRY);
  /**
   * By the SKU of the first order's first line ({@link Order#lineItems()}), empty for an order without
   * lines; named {@code "first-sku"}.
   */
  public static final CohortBreakdown FIRST_SKU = new CohortBreakdown("first-sku", OrderAttribute.FIRST_SKU);

  private final String name;
  private final Function<? super Order, Optional<String>> key;
  /** The order attribute the key is, for the four standard breakdowns; an {@link OrderLog} encodes them. */
  private final Optional<OrderAttribute> attribute;

  private CohortBreakdown(String name, OrderAttribute attribute) {
    this.name = name;
    this.key = attribute::valueOf;
    this.attribute = Optional.of(attribute);
  }

  private CohortBreakdown(String name, Function<? super Order, Optional<String>> key) {
    this.name = requireNonBlank(name, "breakdown name");
    this.key = requireNonNull(key, "key");
    this.attribute = Optional.empty();
  }

  /**
   * Returns a breakdown by a caller-supplied key.
   *
   * @param name a name for the breakdown, shown in results (e.g. {@code "campaign"}); not blank
   * @param key derives the key from a customer's first qualifying order; returns empty for "no value" and
   *     never null; must be pure and thread-safe
   * @return the breakdown
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static CohortBreakdown of(String name, Function<? super Order, Optional<String>> key) {
    return new CohortBreakdown(name, key);
  }

  /**
   * Returns the breakdown's name.
   *
   * @return the name, e.g. {@code "channel"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the key of a customer whose first qualifying order is {@code firstOrder}.
   *
   * @param firstOrder the order
   * @return the key, or empty if the order has no value for this breakdown
   * @throws NullPointerException if {@code firstOrder} is null or the key function returns null
   */
  public Optional<String> keyOf(Order firstOrder) {
    requireNonNull(firstOrder, "firstOrder");
    return requireNonNull(key.apply(firstOrder), "breakdown key");
  }

  /** Returns the order attribute this breakdown keys on, for the standard breakdowns. */
  Optional<OrderAttribute> attribute() {
    return attribute;
  }

  /**
   * Returns the breakdown's name and nothing of its function.
   *
   * @return e.g. {@code "CohortBreakdown[channel]"}
   */
  @Override
  public String toString() {
    return "CohortBreakdown[" + name + "]";
  }
}
