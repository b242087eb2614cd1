package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requireNonBlank;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Money;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The share of an amount of money that one part contributes: {@code part / whole}, defined when the whole
 * is positive. When every contribution is non-negative the share lies in {@code [0, 1]}; under
 * {@link io.retentionkit.model.RefundPolicy#NET_AT_REFUND_DATE} a part may be negative (refunds of older
 * orders exceed new sales) and the share may then fall outside that range.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param part the contribution
 * @param whole the total it is part of, in the same currency
 * @param undefinedReason why the share is undefined; present exactly when {@code whole} is not positive
 * @since 0.1.0
 */
public record MoneyShare(Money part, Money whole, Optional<String> undefinedReason) {

  /**
   * Creates a {@code MoneyShare}, validating every component.
   *
   * @param part the contribution
   * @param whole the total it is part of, in the same currency
   * @param undefinedReason why the share is undefined; present exactly when {@code whole} is not positive
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public MoneyShare {
    requireNonNull(part, "part");
    requireNonNull(whole, "whole");
    requireNonNull(undefinedReason, "undefinedReason");
    part.requireSameCurrency(whole);
    requireArgument(undefinedReason.isPresent() == (whole.minorUnits() <= 0),
        "share must carry a reason exactly when its whole is not positive: %s", whole);
  }

  /**
   * Returns {@code part / whole}, or an undefined share when {@code whole} is not positive.
   *
   * @param part the contribution
   * @param whole the total
   * @param whenUndefined why the share is undefined if {@code whole} is not positive
   * @return the share
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the currencies differ or {@code whenUndefined} is blank
   */
  public static MoneyShare of(Money part, Money whole, String whenUndefined) {
    requireNonBlank(whenUndefined, "whenUndefined");
    return new MoneyShare(part, whole, whole.minorUnits() <= 0 ? Optional.of(whenUndefined) : Optional.empty());
  }

  /**
   * Returns the share.
   *
   * @return {@code part / whole}, or empty when undefined
   */
  public OptionalDouble value() {
    return whole.minorUnits() <= 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) part.minorUnits() / whole.minorUnits());
  }
}
