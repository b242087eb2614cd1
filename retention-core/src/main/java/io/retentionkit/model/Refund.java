package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Money returned to the customer for (part of) an order.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param amount the amount refunded; positive
 * @param refundedAt when the refund was made
 * @since 0.1.0
 */
public record Refund(Money amount, Instant refundedAt) {

  /**
   * Creates a {@code Refund}, validating every component.
   *
   * @param amount the amount refunded; positive
   * @param refundedAt when the refund was made
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public Refund {
    requireNonNull(amount, "amount");
    requireNonNull(refundedAt, "refundedAt");
    requireArgument(amount.minorUnits() > 0, "refund amount must be positive: %s", amount);
  }

  /**
   * Returns a refund.
   *
   * @param amount the amount; positive
   * @param refundedAt when it was made
   * @return the refund
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public static Refund of(Money amount, Instant refundedAt) {
    return new Refund(amount, refundedAt);
  }
}
