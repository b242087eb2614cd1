package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requireNonBlank;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A quotient of two counts that is not a share, such as orders per customer: {@code numerator /
 * denominator}, any non-negative value. With a zero denominator it is undefined and says why.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param numerator the count divided; not negative
 * @param denominator the count divided by; not negative
 * @param undefinedReason why the ratio is undefined; present exactly when {@code denominator} is 0
 * @since 0.1.0
 */
public record Ratio(long numerator, long denominator, Optional<String> undefinedReason) {

  /**
   * Creates a {@code Ratio}, validating every component.
   *
   * @param numerator the count divided; not negative
   * @param denominator the count divided by; not negative
   * @param undefinedReason why the ratio is undefined; present exactly when {@code denominator} is 0
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public Ratio {
    requireNonNull(undefinedReason, "undefinedReason");
    requireArgument(numerator >= 0 && denominator >= 0,
        "ratio counts must not be negative: %d / %d", numerator, denominator);
    requireArgument(undefinedReason.isPresent() == (denominator == 0),
        "ratio must carry a reason exactly when its denominator is 0: %d / %d", numerator, denominator);
  }

  /**
   * Returns {@code numerator / denominator}, or an undefined ratio when {@code denominator} is 0.
   *
   * @param numerator the count divided
   * @param denominator the count divided by
   * @param whenUndefined why the ratio is undefined if {@code denominator} is 0
   * @return the ratio
   * @throws NullPointerException if {@code whenUndefined} is null
   * @throws IllegalArgumentException if a count is negative or {@code whenUndefined} is blank
   */
  public static Ratio of(long numerator, long denominator, String whenUndefined) {
    requireNonBlank(whenUndefined, "whenUndefined");
    return new Ratio(numerator, denominator,
        denominator == 0 ? Optional.of(whenUndefined) : Optional.empty());
  }

  /**
   * Returns the ratio.
   *
   * @return {@code numerator / denominator}, or empty when undefined
   */
  public OptionalDouble value() {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }
}
