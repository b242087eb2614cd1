package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * Converts an amount into another currency. The library never converts on its own: a caller that mixes
 * currencies supplies a converter, and without one a mismatch is an error.
 *
 * <p>Implementations must be thread-safe and must return an amount in {@code target}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CurrencyConverter {

  /**
   * Converts {@code amount} into {@code target} as of {@code at}.
   *
   * @param amount the amount to convert
   * @param target the currency to convert into
   * @param at the instant whose rate applies (the order's or the refund's instant)
   * @return the amount in {@code target}
   * @throws IllegalArgumentException if no rate is known for the pair
   */
  Money convert(Money amount, Currency target, Instant at);

  /**
   * Returns a converter that only accepts amounts already in the target currency and otherwise fails
   * with a message that names both currencies. This is the default everywhere.
   *
   * @return the converter that refuses to convert
   */
  static CurrencyConverter none() {
    return (amount, target, at) -> {
      requireArgument(amount.currency().equals(target),
          "currency must be the reporting currency %s when no converter is given: %s",
          target.getCurrencyCode(), amount.currency().getCurrencyCode());
      return amount;
    };
  }

  /**
   * Returns a converter with fixed rates into one target currency, rounding half-even to the target's
   * minor unit.
   *
   * @param target the only currency this converter converts into
   * @param unitsOfTargetPerUnit for each source currency, how many major units of {@code target} one major
   *     unit of the source is worth (e.g. {@code USD → 0.92} for a EUR target); the target itself is
   *     implicitly 1
   * @return the converter
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a rate is not positive
   */
  static CurrencyConverter ofFixedRates(Currency target, Map<Currency, BigDecimal> unitsOfTargetPerUnit) {
    requireNonNull(target, "target");
    Map<Currency, BigDecimal> rates = new HashMap<>(Map.copyOf(unitsOfTargetPerUnit));
    rates.forEach((currency, rate) -> requireArgument(rate.signum() > 0,
        "rate must be positive: %s %s", currency.getCurrencyCode(), rate.toPlainString()));
    rates.put(target, BigDecimal.ONE);
    Map<Currency, BigDecimal> frozen = Map.copyOf(rates);
    return (amount, to, at) -> {
      requireArgument(to.equals(target), "target currency must be %s: %s",
          target.getCurrencyCode(), to.getCurrencyCode());
      if (amount.currency().equals(target)) {
        return amount;
      }
      BigDecimal rate = frozen.get(amount.currency());
      requireArgument(rate != null, "currency must have a rate into %s: %s",
          target.getCurrencyCode(), amount.currency().getCurrencyCode());
      BigDecimal converted = amount.toBigDecimal().multiply(rate)
          .setScale(target.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
      return Money.of(converted, target);
    };
  }
}
