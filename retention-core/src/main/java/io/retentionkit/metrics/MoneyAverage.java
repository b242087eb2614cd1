package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requireNonBlank;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An average amount of money: an exact {@code total} over {@code count} items (orders or customers), in
 * the reporting currency. With no items it is undefined and says why.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param total the exact sum of the items' amounts; may be negative (refunds booked at their own date)
 * @param count how many items the total is spread over; not negative
 * @param undefinedReason why the average is undefined; present exactly when {@code count} is 0
 * @since 0.1.0
 */
public record MoneyAverage(Money total, long count, Optional<String> undefinedReason) {

  /** Decimal places the value carries beyond the currency's minor unit. */
  static final int EXTRA_DIGITS = 2;

  /**
   * Creates a {@code MoneyAverage}, validating every component.
   *
   * @param total the exact sum of the items' amounts; may be negative (refunds booked at their own date)
   * @param count how many items the total is spread over; not negative
   * @param undefinedReason why the average is undefined; present exactly when {@code count} is 0
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public MoneyAverage {
    requireNonNull(total, "total");
    requireNonNull(undefinedReason, "undefinedReason");
    requireArgument(count >= 0, "average count must not be negative: %d", count);
    requireArgument(undefinedReason.isPresent() == (count == 0),
        "average must carry a reason exactly when its count is 0: %d", count);
  }

  /**
   * Returns {@code total / count}, or an undefined average when {@code count} is 0.
   *
   * @param total the sum
   * @param count the number of items
   * @param whenUndefined why the average is undefined if {@code count} is 0
   * @return the average
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code count} is negative or {@code whenUndefined} is blank
   */
  public static MoneyAverage of(Money total, long count, String whenUndefined) {
    requireNonBlank(whenUndefined, "whenUndefined");
    return new MoneyAverage(total, count, count == 0 ? Optional.of(whenUndefined) : Optional.empty());
  }

  /**
   * Returns the average in major units of the total's currency, rounded half-even to two decimal places
   * more than the currency's minor unit (four for euros). The exact quotient is {@code total / count}.
   *
   * @return the average, or empty when undefined
   */
  public Optional<BigDecimal> value() {
    if (count == 0) {
      return Optional.empty();
    }
    int scale = total.currency().getDefaultFractionDigits() + EXTRA_DIGITS;
    return Optional.of(total.toBigDecimal().divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_EVEN));
  }
}
