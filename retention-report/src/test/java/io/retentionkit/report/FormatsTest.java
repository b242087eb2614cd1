package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.clv.DiscountRate;
import io.retentionkit.io.render.MoneyFormat;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

final class FormatsTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void writesNumbersTheSameWayInEveryLocale() {
    assertEquals("27.3%", Formats.percent(0.2734));
    assertEquals("27.34%", Formats.precisePercent(0.27341));
    assertEquals("100%", Formats.cellPercent(0.99951));
    assertEquals("99.9%", Formats.cellPercent(0.9994));
    assertEquals("12,345", Formats.count(12_345));
    assertEquals("1,234.57", Formats.decimal(1234.5678, 2));
    assertEquals("23.5 days", Formats.days(23.5));
  }

  @Test
  void writesMoneyWithTheCurrencysMinorUnitRoundedHalfEven() {
    assertEquals("EUR 1,234.50", Formats.money(Money.parse("1234.50", "EUR")));
    assertEquals("EUR -14.00", Formats.money(Money.parse("14.00", "EUR").negate()));
    assertEquals("EUR 0.12", Formats.money(new BigDecimal("0.125"), EUR));
    assertEquals("JPY 1,234", Formats.money(1234.5, JPY));
    assertEquals("EUR 37.34", Formats.money(37.3449, EUR));
  }

  @Test
  void writesMoneyAsTheTextRenderersDo() {
    Money amount = Money.parse("1234.50", "EUR");
    assertEquals(MoneyFormat.format(amount), Formats.money(amount));
    assertEquals(MoneyFormat.format(37.3449, EUR), Formats.money(37.3449, EUR));
  }

  @Test
  void writesDiscountRatesWithTheirPeriodAndCompounding() {
    assertEquals("10.0% a year, effective", Formats.discountRate(DiscountRate.annualEffective(0.1)));
    assertEquals("0.3% a week, continuously compounded",
        Formats.discountRate(DiscountRate.continuous(0.003, DurationUnit.WEEK)));
    assertEquals("0% (not discounted)", Formats.discountRate(DiscountRate.none()));
  }

  @Test
  void writesEstimatesWithFourSignificantDigits() {
    assertEquals("0.2426", Formats.estimate(0.24259));
    assertEquals("11.89", Formats.estimate(11.8861));
    assertEquals("4414", Formats.estimate(4413.7));
    assertEquals("0", Formats.estimate(0));
    assertEquals("2.403e+08", Formats.estimate(2.4031e8));
    assertEquals("1.000e-05", Formats.estimate(1e-5));
    assertEquals("n/a", Formats.estimate(Double.NaN));
  }

  @Test
  void masksEmailAddressesInCustomerIdsUnlessRevealed() {
    CustomerId guest = CustomerId.ofEmail(EmailAddress.of("Jane.Doe@Example.com"));
    assertEquals("email:j…@example.com", CustomerIds.display(guest, false));
    assertEquals(guest.value(), CustomerIds.display(guest, true));
    assertEquals("C1234", CustomerIds.display(CustomerId.of("C1234"), false));
    assertEquals("crm-7 (b…@shop.nl)", CustomerIds.display(CustomerId.of("crm-7 (bob@shop.nl)"), false));
    assertEquals("@handle", CustomerIds.display(CustomerId.of("@handle"), false));
  }
}
