package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The distribution of gaps, in whole shop-local calendar days, between pairs of consecutive orders of the
 * same customer: how many gaps, their exact sum, and their median. Two orders on the same date are 0 days
 * apart; daylight-saving changes never shorten or lengthen a day count.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param count how many gaps were measured; not negative
 * @param totalDays the sum of the gaps in days; not negative
 * @param median the median gap in days (the mean of the two middle gaps for an even count), empty when
 *     {@code count} is 0
 * @param undefinedReason why the statistics are undefined; present exactly when {@code count} is 0
 * @since 0.1.0
 */
public record DaysBetween(long count, long totalDays, OptionalDouble median, Optional<String> undefinedReason) {

  /**
   * Creates a {@code DaysBetween}, validating every component.
   *
   * @param count how many gaps were measured; not negative
   * @param totalDays the sum of the gaps in days; not negative
   * @param median the median gap in days (the mean of the two middle gaps for an even count), empty when
   *     {@code count} is 0
   * @param undefinedReason why the statistics are undefined; present exactly when {@code count} is 0
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public DaysBetween {
    requireNonNull(median, "median");
    requireNonNull(undefinedReason, "undefinedReason");
    requireArgument(count >= 0 && totalDays >= 0, "gap counts must not be negative: %d gaps, %d days",
        count, totalDays);
    requireArgument(median.isPresent() == (count > 0) && undefinedReason.isPresent() == (count == 0),
        "gaps must have a median exactly when there are some, and a reason otherwise: %d gaps", count);
  }

  /**
   * Returns the mean gap.
   *
   * @return {@code totalDays / count} in days, or empty when {@code count} is 0
   */
  public OptionalDouble mean() {
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) totalDays / count);
  }
}
