package io.retentionkit.io.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.model.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class MoneyFormatTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void writesTheCodeFirstAndTheCurrencysMinorDigits() {
    assertEquals("EUR 1,234.50", MoneyFormat.format(Money.parse("1234.50", "EUR")));
    assertEquals("EUR -14.00", MoneyFormat.format(Money.parse("14.00", "EUR").negate()));
    assertEquals("JPY 1,234", MoneyFormat.format(1234.5, Currency.getInstance("JPY")));
    assertEquals("BHD 1.235", MoneyFormat.format(new BigDecimal("1.2346"), Currency.getInstance("BHD")));
    assertEquals("1,234.50", MoneyFormat.amount(new BigDecimal("1234.5"), EUR));
  }

  @Test
  void roundsEstimatesHalfEven() {
    assertEquals("EUR 0.12", MoneyFormat.format(new BigDecimal("0.125"), EUR));
    assertEquals("EUR 37.34", MoneyFormat.format(37.3449, EUR));
    assertEquals(new BigDecimal("37.34"), MoneyFormat.round(37.3449, EUR));
  }

  @Test
  void showsAPseudoCurrencyInWholeUnitsNotInTens() {
    assertEquals("XXX 1,235", MoneyFormat.format(1234.6, Currency.getInstance("XXX")));
  }

  @Test
  void ignoresTheJvmsLocale() {
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("EUR 1,234.50", MoneyFormat.format(1234.5, EUR));
    } finally {
      Locale.setDefault(original);
    }
  }
}
