package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requireNonBlank;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A share of a population: {@code numerator / denominator} with {@code 0 <= numerator <= denominator},
 * so a defined value always lies in {@code [0, 1]}. With an empty population the rate is undefined and
 * says why, instead of being 0 or NaN.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param numerator how many members of the population have the property
 * @param denominator the size of the population
 * @param undefinedReason why the rate is undefined; present exactly when {@code denominator} is 0
 * @since 0.1.0
 */
public record Rate(long numerator, long denominator, Optional<String> undefinedReason) {

  /**
   * Creates a {@code Rate}, validating every component.
   *
   * @param numerator how many members of the population have the property
   * @param denominator the size of the population
   * @param undefinedReason why the rate is undefined; present exactly when {@code denominator} is 0
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public Rate {
    requireNonNull(undefinedReason, "undefinedReason");
    requireArgument(numerator >= 0 && numerator <= denominator,
        "rate numerator must lie in [0, denominator]: %d / %d", numerator, denominator);
    requireArgument(undefinedReason.isPresent() == (denominator == 0),
        "rate must carry a reason exactly when its denominator is 0: %d / %d", numerator, denominator);
  }

  /**
   * Returns {@code numerator / denominator}, or an undefined rate when {@code denominator} is 0.
   *
   * @param numerator how many members have the property
   * @param denominator the size of the population
   * @param whenUndefined why the rate is undefined if {@code denominator} is 0, e.g. {@code "no customers
   *     were active at the start of the window"}
   * @return the rate
   * @throws NullPointerException if {@code whenUndefined} is null
   * @throws IllegalArgumentException if {@code numerator} is not in {@code [0, denominator]} or
   *     {@code whenUndefined} is blank
   */
  public static Rate of(long numerator, long denominator, String whenUndefined) {
    requireNonBlank(whenUndefined, "whenUndefined");
    return new Rate(numerator, denominator,
        denominator == 0 ? Optional.of(whenUndefined) : Optional.empty());
  }

  /**
   * Returns the rate.
   *
   * @return {@code numerator / denominator} in {@code [0, 1]}, or empty when undefined
   */
  public OptionalDouble value() {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }

  /**
   * Returns whether the rate has a value.
   *
   * @return {@code true} if {@code denominator > 0}
   */
  public boolean isDefined() {
    return denominator != 0;
  }
}
