package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

/**
 * The churn rate: the share of the customers active at the window's start ({@code S}, see
 * {@link RetentionRate}) with no qualifying order dated in {@code [end − inactivityDays, end)}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param inactivityDays the inactivity threshold in days; positive
 * @param rate churned customers over {@code S}; undefined when {@code S} is 0
 * @since 0.1.0
 */
public record ChurnRate(int inactivityDays, Rate rate) {

  /**
   * Creates a {@code ChurnRate}, validating every component.
   *
   * @param inactivityDays the inactivity threshold in days; positive
   * @param rate churned customers over {@code S}; undefined when {@code S} is 0
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public ChurnRate {
    requireArgument(inactivityDays > 0, "inactivityDays must be positive: %d", inactivityDays);
    requireNonNull(rate, "rate");
  }
}
