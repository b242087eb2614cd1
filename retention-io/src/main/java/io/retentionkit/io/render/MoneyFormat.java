package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * How every renderer for people writes money, the text renderers of this package and the HTML report
 * alike: the ISO 4217 code, a space, then the amount in major units with a comma between thousands and a
 * dot before the currency's minor digits, in {@link Locale#ROOT} whatever the JVM's locale:
 * {@code EUR 1,234.50}, {@code EUR -14.00}, {@code JPY 1,235}. An amount with more digits than the
 * currency's minor unit (an estimate, an average) is rounded half-even to it, since more digits would
 * suggest a precision it does not have. A currency without a minor unit ({@code XXX}) is shown with none.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class MoneyFormat {
  private MoneyFormat() {}

  /**
   * Returns an exact amount of money: {@code EUR 1,234.50}.
   *
   * @param amount the amount
   * @return the text
   * @throws NullPointerException if {@code amount} is null
   */
  public static String format(Money amount) {
    requireNonNull(amount, "amount");
    return format(amount.toBigDecimal(), amount.currency());
  }

  /**
   * Returns an amount in major units, rounded half-even to the currency's minor unit: {@code EUR 1,234.50}.
   *
   * @param majorUnits the amount in major units, e.g. euros
   * @param currency its currency
   * @return the text
   * @throws NullPointerException if an argument is null
   */
  public static String format(BigDecimal majorUnits, Currency currency) {
    return currency.getCurrencyCode() + " " + amount(majorUnits, currency);
  }

  /**
   * Returns an estimated amount in major units, rounded half-even to the currency's minor unit:
   * {@code EUR 37.34}.
   *
   * @param majorUnits the amount in major units; finite
   * @param currency its currency
   * @return the text
   * @throws NullPointerException if {@code currency} is null
   * @throws NumberFormatException if {@code majorUnits} is not finite
   */
  public static String format(double majorUnits, Currency currency) {
    return format(BigDecimal.valueOf(majorUnits), currency);
  }

  /**
   * Returns an amount in major units as {@link #format(BigDecimal, Currency)} writes it, without the
   * currency code, for a table whose heading names the currency: {@code 1,234.50}.
   *
   * @param majorUnits the amount in major units
   * @param currency its currency
   * @return the text
   * @throws NullPointerException if an argument is null
   */
  public static String amount(BigDecimal majorUnits, Currency currency) {
    BigDecimal rounded = round(majorUnits, currency);
    return String.format(Locale.ROOT, "%,." + rounded.scale() + "f", rounded);
  }

  /**
   * Returns an estimated amount rounded half-even to the currency's minor unit, as a machine-readable
   * format (JSON, CSV) writes it: {@code 37.3449} EUR is {@code 37.34}.
   *
   * @param majorUnits the amount in major units; finite
   * @param currency its currency
   * @return the rounded amount, with the currency's number of minor digits as its scale
   * @throws NullPointerException if {@code currency} is null
   * @throws NumberFormatException if {@code majorUnits} is not finite
   */
  public static BigDecimal round(double majorUnits, Currency currency) {
    return round(BigDecimal.valueOf(majorUnits), currency);
  }

  private static BigDecimal round(BigDecimal majorUnits, Currency currency) {
    // getDefaultFractionDigits() is -1 for pseudo-currencies such as XXX: show whole units, never tens.
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return majorUnits.setScale(digits, RoundingMode.HALF_EVEN);
  }
}
