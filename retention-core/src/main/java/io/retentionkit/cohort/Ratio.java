package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An exact quotient of two counts or amounts, which is either defined or says why it is not. Keeping the
 * numerator and denominator lets a renderer format the value at any precision, or in money's major units,
 * without the rounding of a {@code double}.
 *
 * <p>A ratio is undefined exactly when its denominator is zero; it then carries the reason, and
 * {@link #value()} is empty rather than {@code NaN} or 0.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param numerator the dividend (may be negative: revenue can be net of refunds)
 * @param denominator the divisor
 * @param undefinedReason why the ratio has no value; present exactly when {@code denominator} is zero
 * @since 0.1.0
 */
public record Ratio(long numerator, long denominator, Optional<UndefinedReason> undefinedReason) {

  /**
   * Creates a {@code Ratio}, validating every component.
   *
   * @param numerator the dividend (may be negative: revenue can be net of refunds)
   * @param denominator the divisor
   * @param undefinedReason why the ratio has no value; present exactly when {@code denominator} is zero
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the reason is present with a non-zero denominator or absent with a
   *     zero one
   */
  public Ratio {
    requireNonNull(undefinedReason, "undefinedReason");
    requireArgument(undefinedReason.isPresent() == (denominator == 0),
        "undefined reason must be given exactly when the denominator is zero: %d / %d, %s",
        numerator, denominator, undefinedReason);
  }

  /**
   * Returns {@code numerator / denominator}, undefined for {@code reasonIfZero} when the denominator is
   * zero.
   *
   * @param numerator the dividend
   * @param denominator the divisor
   * @param reasonIfZero why the ratio is undefined if {@code denominator} is zero
   * @return the ratio
   * @throws NullPointerException if {@code reasonIfZero} is null
   */
  public static Ratio of(long numerator, long denominator, UndefinedReason reasonIfZero) {
    requireNonNull(reasonIfZero, "reasonIfZero");
    return new Ratio(numerator, denominator, denominator == 0 ? Optional.of(reasonIfZero) : Optional.empty());
  }

  /**
   * Returns whether the ratio has a value.
   *
   * @return {@code true} if the denominator is not zero
   */
  public boolean isDefined() {
    return denominator != 0;
  }

  /**
   * Returns the quotient as a {@code double}.
   *
   * @return {@code numerator / denominator}, or empty if the ratio is undefined
   */
  public OptionalDouble value() {
    return isDefined() ? OptionalDouble.of((double) numerator / denominator) : OptionalDouble.empty();
  }

  /**
   * Returns the quotient as a decimal with {@code scale} digits after the point.
   *
   * @param scale the number of fraction digits (may be negative, as in {@link BigDecimal#setScale})
   * @param rounding how to round the last digit
   * @return the rounded quotient, or empty if the ratio is undefined
   * @throws NullPointerException if {@code rounding} is null
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed
   */
  public Optional<BigDecimal> decimalValue(int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, rounding));
  }

  /**
   * Returns the ratio as {@code "3/4"}, or {@code "3/0 (undefined: <reason>)"}.
   *
   * @return a description for debugging
   */
  @Override
  public String toString() {
    return numerator + "/" + denominator
        + undefinedReason.map(reason -> " (undefined: " + reason.description() + ")").orElse("");
  }
}
