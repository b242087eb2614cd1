package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

/**
 * The cart abandonment rate, {@code 1 − completed / created}: the share of created carts that did not
 * become an order. Undefined when no cart was created.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param cartsCreated carts created; not negative
 * @param cartsCompleted carts checked out; at most {@code cartsCreated}
 * @since 0.1.0
 */
public record CartAbandonment(long cartsCreated, long cartsCompleted) {

  /**
   * Creates a {@code CartAbandonment}, validating every component.
   *
   * @param cartsCreated carts created; not negative
   * @param cartsCompleted carts checked out; at most {@code cartsCreated}
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public CartAbandonment {
    requireArgument(cartsCompleted >= 0, "cartsCompleted must not be negative: %d", cartsCompleted);
    requireArgument(cartsCompleted <= cartsCreated, "cartsCompleted must not exceed cartsCreated: %d > %d",
        cartsCompleted, cartsCreated);
  }

  /**
   * Returns the abandonment of {@code cartsCreated} carts of which {@code cartsCompleted} were checked out.
   *
   * @param cartsCreated carts created
   * @param cartsCompleted carts checked out
   * @return the value
   * @throws IllegalArgumentException if a count is negative or more carts were completed than created
   */
  public static CartAbandonment of(long cartsCreated, long cartsCompleted) {
    return new CartAbandonment(cartsCreated, cartsCompleted);
  }

  /**
   * Returns the carts of both periods or partitions together.
   *
   * @param other the other counts
   * @return the combined counts
   * @throws NullPointerException if {@code other} is null
   * @throws ArithmeticException if a count overflows
   */
  public CartAbandonment plus(CartAbandonment other) {
    requireNonNull(other, "other");
    return new CartAbandonment(Math.addExact(cartsCreated, other.cartsCreated),
        Math.addExact(cartsCompleted, other.cartsCompleted));
  }

  /**
   * Returns the abandonment rate.
   *
   * @return abandoned carts ({@code created − completed}) over created carts; undefined when none were
   *     created
   */
  public Rate rate() {
    return Rate.of(cartsCreated - cartsCompleted, cartsCreated, "no carts were created");
  }
}
