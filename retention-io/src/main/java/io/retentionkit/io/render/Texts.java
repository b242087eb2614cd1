package io.retentionkit.io.render;

import io.retentionkit.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/** Number formats of the text renderers: locale-independent, so output is the same everywhere. */
final class Texts {
  /** What a text renderer shows for an undefined value. */
  static final String UNDEFINED = "n/a";

  private Texts() {}

  /** Returns {@code 1234} as {@code "1,234"}. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Returns a share as a percentage with one decimal, {@code 0.4321} as {@code "43.2%"}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** Returns a plain number with {@code decimals} decimals, {@code 2.0827} as {@code "2.08"}. */
  static String decimal(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** Returns an amount in major units rounded to the currency's minor unit: {@code "EUR 1,234.50"}. */
  static String money(BigDecimal majorUnits, Currency currency) {
    return currency.getCurrencyCode() + " " + amount(majorUnits, currency);
  }

  /** Returns an amount in major units rounded to the currency's minor unit, without the code: {@code "1,234.50"}. */
  static String amount(BigDecimal majorUnits, Currency currency) {
    BigDecimal rounded = majorUnits.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    return String.format(Locale.ROOT, "%,." + rounded.scale() + "f", rounded);
  }

  /** Returns {@code money} as {@link #money(BigDecimal, Currency)} does. */
  static String money(Money money) {
    return money(money.toBigDecimal(), money.currency());
  }
}
