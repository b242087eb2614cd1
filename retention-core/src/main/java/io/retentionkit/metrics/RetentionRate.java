package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The customer retention rate as merchants define it, {@code CRR = (E − N) / S}, with its inputs and the
 * strict retention {@code |S ∩ E| / |S|}.
 *
 * <p>A customer is <em>active</em> at a date {@code d} when they placed a qualifying order dated in
 * {@code [d − lookBackDays, d)}. {@code S} counts the customers active at the window's start, {@code E}
 * those active at its end, {@code N} those whose first-ever qualifying order lies in the window, and
 * {@code retained} those active at both. CRR can exceed 1 (customers who lapsed before the window and came
 * back count in {@code E} but not in {@code S}) and can be negative when the look-back is shorter than
 * the window (new customers acquired early in the window may be inactive again at its end, so
 * {@code E − N < 0} is possible). The strict rate is always a share of {@code S}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param lookBackDays the activity look-back in days; positive
 * @param s customers active at the start of the window
 * @param e customers active at the end of the window
 * @param n customers whose first qualifying order lies in the window
 * @param retained customers active at both the start and the end; at most {@code min(s, e)}
 * @since 0.1.0
 */
public record RetentionRate(int lookBackDays, long s, long e, long n, long retained) {

  private static final String NO_ACTIVE_AT_START = "no customers were active at the start of the window";

  /**
   * Creates a {@code RetentionRate}, validating every component.
   *
   * @param lookBackDays the activity look-back in days; positive
   * @param s customers active at the start of the window
   * @param e customers active at the end of the window
   * @param n customers whose first qualifying order lies in the window
   * @param retained customers active at both the start and the end; at most {@code min(s, e)}
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public RetentionRate {
    requireArgument(lookBackDays > 0, "lookBackDays must be positive: %d", lookBackDays);
    requireArgument(s >= 0 && e >= 0 && n >= 0, "customer counts must not be negative: s=%d, e=%d, n=%d", s, e, n);
    requireArgument(retained >= 0 && retained <= Math.min(s, e),
        "retained must lie in [0, min(s, e)]: %d (s=%d, e=%d)", retained, s, e);
  }

  /**
   * Returns {@code (E − N) / S}.
   *
   * @return the rate, or empty when {@code S} is 0
   */
  public OptionalDouble value() {
    return s == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (e - n) / s);
  }

  /**
   * Returns why {@link #value()} is empty.
   *
   * @return the reason, present exactly when {@code S} is 0
   */
  public Optional<String> undefinedReason() {
    return s == 0 ? Optional.of(NO_ACTIVE_AT_START) : Optional.empty();
  }

  /**
   * Returns the strict retention rate, {@code |S ∩ E| / |S|}: the share of the customers active at the
   * start who are still active at the end.
   *
   * @return the rate, undefined when {@code S} is 0
   */
  public Rate strict() {
    return Rate.of(retained, s, NO_ACTIVE_AT_START);
  }
}
