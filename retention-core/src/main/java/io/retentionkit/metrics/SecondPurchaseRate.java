package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

/**
 * The second-purchase rate within {@code withinDays}: of the customers acquired in the window whose
 * follow-up period is fully observed, the share who ordered again within it.
 *
 * <p>A customer whose first qualifying order is dated {@code f} (in the window) is <em>eligible</em> when
 * {@code f + withinDays < end}, and <em>converted</em> when their second qualifying order is dated on or
 * before {@code f + withinDays} (the same day counts). Customers acquired in the window too late to be
 * observed for {@code withinDays} are not part of the rate; they are counted as {@code censored}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param withinDays the follow-up period in days; positive
 * @param rate converted customers over eligible customers
 * @param censored customers acquired in the window but not yet observed for {@code withinDays}
 * @since 0.1.0
 */
public record SecondPurchaseRate(int withinDays, Rate rate, long censored) {

  /**
   * Creates a {@code SecondPurchaseRate}, validating every component.
   *
   * @param withinDays the follow-up period in days; positive
   * @param rate converted customers over eligible customers
   * @param censored customers acquired in the window but not yet observed for {@code withinDays}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public SecondPurchaseRate {
    requireArgument(withinDays > 0, "withinDays must be positive: %d", withinDays);
    requireNonNull(rate, "rate");
    requireArgument(censored >= 0, "censored must not be negative: %d", censored);
  }

  /**
   * Returns how many customers were acquired in the window.
   *
   * @return eligible plus censored customers
   */
  public long acquired() {
    return rate.denominator() + censored;
  }
}
