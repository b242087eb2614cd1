package io.retentionkit.io;

import io.retentionkit.model.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/** Parses amounts and currencies of input records, with messages that name the field and the value. */
final class Amounts {
  // Major units with a dot; no thousands separators or exponents, which exports use inconsistently.
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private Amounts() {}

  /**
   * Returns {@code text}, in major units, as an amount of {@code currency}.
   *
   * @param field the field's name, for messages
   * @throws InvalidRecordException if the text is not a plain decimal, is negative, has more decimals
   *     than the currency or is too large
   */
  static Money parse(String text, Currency currency, String field) {
    BigDecimal value = decimal(text, field);
    int digits = currency.getDefaultFractionDigits();
    if (value.stripTrailingZeros().scale() > digits) {
      throw InvalidRecordException.of("%s must have at most %d decimals for %s: '%s'",
          field, digits, currency.getCurrencyCode(), text);
    }
    try {
      return Money.of(value, currency);
    } catch (IllegalArgumentException e) {
      throw InvalidRecordException.of("%s is too large: '%s'", field, text);
    }
  }

  /**
   * Returns {@code text} as a decimal number, not negative, in major units of a currency not yet known.
   *
   * @param field the field's name, for messages
   * @throws InvalidRecordException if the text is not a plain decimal or is negative
   */
  static BigDecimal decimal(String text, String field) {
    if (!DECIMAL.matcher(text).matches()) {
      throw InvalidRecordException.of("%s must be a decimal number with a dot, like 12.34: '%s'", field, text);
    }
    BigDecimal value = new BigDecimal(text);
    if (value.signum() < 0) {
      throw InvalidRecordException.of("%s must not be negative: '%s'", field, text);
    }
    return value;
  }

  /**
   * Returns the currency with the ISO 4217 code {@code text}.
   *
   * @param field the field's name, for messages
   * @throws InvalidRecordException if the code is blank, unknown or has no minor unit
   */
  static Currency currency(String text, String field) {
    if (text.isEmpty()) {
      throw InvalidRecordException.of("%s must not be blank", field);
    }
    Currency currency;
    try {
      currency = Money.currencyOf(text);
    } catch (IllegalArgumentException e) {
      throw InvalidRecordException.of("%s must be an ISO 4217 code like EUR: '%s'", field, text);
    }
    if (currency.getDefaultFractionDigits() < 0) {
      throw InvalidRecordException.of("%s must be a currency with a minor unit: '%s'", field, text);
    }
    return currency;
  }
}
