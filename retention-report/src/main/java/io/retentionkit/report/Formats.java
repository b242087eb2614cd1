package io.retentionkit.report;

import io.retentionkit.clv.DiscountRate;
import io.retentionkit.io.render.MoneyFormat;
import io.retentionkit.metrics.MoneyAverage;
import io.retentionkit.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * How the report writes numbers: always in {@link Locale#ROOT} (a dot for decimals, a comma between
 * thousands), never in the JVM's locale, so that a report reads the same wherever it was made. Money is
 * written as every renderer writes it, the currency's code first ({@code EUR 1,234.50}, see
 * {@link MoneyFormat}).
 */
final class Formats {
  /** What the report shows for an undefined value. */
  static final String NOT_AVAILABLE = "n/a";

  private Formats() {}

  /** Returns a share of 1 as a percentage with one decimal: 0.2734 is {@code 27.3%}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** Returns a share of 1 as a percentage with two decimals, for hover texts: {@code 27.34%}. */
  static String precisePercent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100);
  }

  /** Returns a count with thousands separators: {@code 12,345}. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Returns a number with thousands separators and {@code decimals} decimals. */
  static String decimal(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** Returns an exact amount of money as every renderer writes it: {@code EUR 1,234.50} ({@link MoneyFormat}). */
  static String money(Money amount) {
    return MoneyFormat.format(amount);
  }

  /** Returns an amount in major units, rounded half-even to the currency's minor unit ({@link MoneyFormat}). */
  static String money(BigDecimal major, Currency currency) {
    return MoneyFormat.format(major, currency);
  }

  /** Returns an estimated amount in major units, rounded to the currency's minor unit ({@link MoneyFormat}). */
  static String money(double major, Currency currency) {
    return MoneyFormat.format(major, currency);
  }

  /** Returns an average amount, or {@code n/a} when it is undefined. */
  static String money(MoneyAverage average) {
    return average.value().map(value -> money(value, average.total().currency())).orElse(NOT_AVAILABLE);
  }

  /** Returns a model estimate with four significant digits and no exponent: {@code 0.2426}, {@code 11.89}. */
  static String estimate(double value) {
    if (!Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN));
    if (rounded.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0 || rounded.abs().compareTo(new BigDecimal("0.0001")) < 0) {
      return String.format(Locale.ROOT, "%.3e", value);
    }
    return rounded.stripTrailingZeros().toPlainString();
  }

  /** Returns {@code text} with its first letter in upper case: {@code "month"} becomes {@code "Month"}. */
  static String capitalized(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** Returns a share of 1 as a percentage for a heatmap cell: one decimal, but {@code 100%} for a whole. */
  static String cellPercent(double share) {
    return share >= 0.9995 ? "100%" : percent(share);
  }

  /** Returns a discount rate in words: {@code 10.0% a year, effective}. */
  static String discountRate(DiscountRate rate) {
    if (rate.isZero()) {
      return "0% (not discounted)";
    }
    String period = switch (rate.period()) {
      case DAY -> "a day";
      case WEEK -> "a week";
      case MONTH -> "a month";
      case QUARTER -> "a quarter";
      case YEAR -> "a year";
    };
    return percent(rate.rate()) + " " + period + ", "
        + (rate.compounding() == DiscountRate.Compounding.PERIODIC ? "effective" : "continuously compounded");
  }

  /** Returns a number of days with one decimal: {@code 23.5 days}. */
  static String days(double value) {
    return String.format(Locale.ROOT, "%,.1f days", value);
  }
}
