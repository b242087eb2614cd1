package io.retentionkit.io.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money that a model estimated (an expected spend, a predicted CLV) as the renderers show it: a decimal in
 * major units rounded half-even to the currency's minor unit, since more digits would suggest a precision
 * an estimate does not have.
 */
final class MoneyEstimates {
  private MoneyEstimates() {}

  /**
   * Returns {@code majorUnits} rounded to the minor unit of {@code currency}.
   *
   * @throws NumberFormatException if {@code majorUnits} is not finite
   */
  static BigDecimal round(double majorUnits, Currency currency) {
    return BigDecimal.valueOf(majorUnits).setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
  }
}
