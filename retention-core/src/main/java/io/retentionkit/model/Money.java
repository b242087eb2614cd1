package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * An exact amount of money in one currency, stored in the currency's minor unit (for example cents).
 *
 * <p>Arithmetic never rounds: it throws {@link ArithmeticException} on {@code long} overflow and
 * {@link IllegalArgumentException} when two currencies meet. Converting to another currency is only
 * possible through a caller-supplied {@link CurrencyConverter}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param minorUnits the amount in minor units of {@code currency}; may be negative (refunds, adjustments)
 * @param currency the ISO 4217 currency; must have a minor unit (so not, for example, {@code XAU})
 * @since 0.1.0
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

  /**
   * Creates a {@code Money}, validating every component.
   *
   * @param minorUnits the amount in minor units of {@code currency}; may be negative (refunds, adjustments)
   * @param currency the ISO 4217 currency; must have a minor unit (so not, for example, {@code XAU})
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public Money {
    requireNonNull(currency, "currency");
    requireArgument(currency.getDefaultFractionDigits() >= 0,
        "currency must have a minor unit: %s", currency.getCurrencyCode());
  }

  /**
   * Returns an amount given in minor units.
   *
   * @param minorUnits the amount in minor units (cents for EUR, yen for JPY)
   * @param currency the currency
   * @return the amount
   * @throws NullPointerException if {@code currency} is null
   * @throws IllegalArgumentException if {@code currency} has no minor unit
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(minorUnits, currency);
  }

  /**
   * Returns an amount given in major units, exactly.
   *
   * @param amount the amount in major units, e.g. {@code 12.34}
   * @param currency the currency
   * @return the amount
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} has more fraction digits than {@code currency}
   *     allows, does not fit in a {@code long} of minor units, or {@code currency} has no minor unit
   */
  public static Money of(BigDecimal amount, Currency currency) {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    requireArgument(digits >= 0, "currency must have a minor unit: %s", currency.getCurrencyCode());
    try {
      return new Money(amount.movePointRight(digits).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "amount must be representable in %s minor units: %s", currency.getCurrencyCode(),
          amount.toPlainString()), e);
    }
  }

  /**
   * Returns an amount given as a decimal string in major units, exactly.
   *
   * @param amount the amount, e.g. {@code "12.34"}
   * @param currencyCode the ISO 4217 code, e.g. {@code "EUR"}
   * @return the amount
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if either argument cannot be parsed or the amount is not exact
   */
  public static Money parse(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    return of(parseDecimal(amount), currencyOf(currencyCode));
  }

  /**
   * Returns zero in the given currency.
   *
   * @param currency the currency
   * @return zero minor units of {@code currency}
   * @throws NullPointerException if {@code currency} is null
   */
  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * Returns the currency with the given ISO 4217 code.
   *
   * @param currencyCode the code, e.g. {@code "EUR"}
   * @return the currency
   * @throws NullPointerException if {@code currencyCode} is null
   * @throws IllegalArgumentException if the code is not a known ISO 4217 currency
   */
  public static Currency currencyOf(String currencyCode) {
    requireNonNull(currencyCode, "currencyCode");
    try {
      return Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "currency must be an ISO 4217 code: '%s'", currencyCode), e);
    }
  }

  private static BigDecimal parseDecimal(String amount) {
    try {
      return new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "amount must be a decimal number: '%s'", amount), e);
    }
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other the amount to add, in the same currency
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  /**
   * Returns {@code this - other}.
   *
   * @param other the amount to subtract, in the same currency
   * @return the difference
   * @throws IllegalArgumentException if the currencies differ
   * @throws ArithmeticException if the difference overflows a {@code long}
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
  }

  /**
   * Returns {@code this × factor}.
   *
   * @param factor the multiplier
   * @return the product
   * @throws ArithmeticException if the product overflows a {@code long}
   */
  public Money times(long factor) {
    return new Money(Math.multiplyExact(minorUnits, factor), currency);
  }

  /**
   * Returns {@code -this}.
   *
   * @return the negated amount
   * @throws ArithmeticException if this is {@code Long.MIN_VALUE} minor units
   */
  public Money negate() {
    return new Money(Math.negateExact(minorUnits), currency);
  }

  /**
   * Returns whether the amount is zero.
   *
   * @return {@code true} if zero
   */
  public boolean isZero() {
    return minorUnits == 0;
  }

  /**
   * Returns whether the amount is below zero.
   *
   * @return {@code true} if negative
   */
  public boolean isNegative() {
    return minorUnits < 0;
  }

  /**
   * Returns the amount in major units, exactly, with the currency's number of fraction digits.
   *
   * @return the amount, e.g. {@code 12.34} for 1,234 cents
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
  }

  /**
   * Throws unless {@code other} is in this amount's currency.
   *
   * @param other the other amount
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the currencies differ
   */
  public void requireSameCurrency(Money other) {
    requireNonNull(other, "other");
    requireArgument(currency.equals(other.currency),
        "currencies must match (convert to one reporting currency first): %s and %s",
        currency.getCurrencyCode(), other.currency.getCurrencyCode());
  }

  /**
   * Compares two amounts of the same currency.
   *
   * @param other the amount to compare with
   * @return a negative number, zero or a positive number as this is less than, equal to or greater
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minorUnits, other.minorUnits);
  }

  /**
   * Returns the amount as {@code "EUR 12.34"}.
   *
   * @return the currency code, a space and the amount in major units
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + toBigDecimal().toPlainString();
  }
}
