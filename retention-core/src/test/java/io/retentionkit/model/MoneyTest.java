package io.retentionkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class MoneyTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void parsesMajorUnitsExactly() {
    assertEquals(Money.ofMinor(1234, EUR), Money.parse("12.34", "EUR"));
    assertEquals(Money.ofMinor(1200, EUR), Money.parse("12", "EUR"));
    assertEquals(Money.ofMinor(1230, EUR), Money.parse(" 12.3 ", "EUR"));
    assertEquals(Money.ofMinor(500, JPY), Money.parse("500", "JPY"));
    assertEquals(Money.ofMinor(-5, EUR), Money.parse("-0.05", "EUR"));
  }

  @Test
  void printsCurrencyAndMajorUnits() {
    assertEquals("EUR 12.34", Money.ofMinor(1234, EUR).toString());
    assertEquals("JPY 500", Money.ofMinor(500, JPY).toString());
    assertEquals(new BigDecimal("0.05"), Money.ofMinor(5, EUR).toBigDecimal());
  }

  @Test
  void addsAndSubtractsInOneCurrency() {
    Money a = Money.ofMinor(1000, EUR);
    Money b = Money.ofMinor(250, EUR);
    assertEquals(Money.ofMinor(1250, EUR), a.plus(b));
    assertEquals(Money.ofMinor(750, EUR), a.minus(b));
    assertEquals(Money.ofMinor(-1000, EUR), a.negate());
    assertEquals(Money.ofMinor(3000, EUR), a.times(3));
    assertTrue(a.compareTo(b) > 0);
    assertTrue(Money.zero(EUR).isZero());
  }

  @Test
  void refusesToMixCurrencies() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Money.ofMinor(1, EUR).plus(Money.ofMinor(1, USD)));
    assertEquals("currencies must match (convert to one reporting currency first): EUR and USD", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(1, EUR).compareTo(Money.ofMinor(1, USD)));
  }

  @Test
  void detectsOverflow() {
    Money max = Money.ofMinor(Long.MAX_VALUE, EUR);
    assertThrows(ArithmeticException.class, () -> max.plus(Money.ofMinor(1, EUR)));
    assertThrows(ArithmeticException.class, () -> Money.ofMinor(Long.MIN_VALUE, EUR).minus(Money.ofMinor(1, EUR)));
    assertThrows(ArithmeticException.class, () -> Money.ofMinor(Long.MIN_VALUE, EUR).negate());
    assertThrows(ArithmeticException.class, () -> max.times(2));
  }

  static Stream<Arguments> invalidAmounts() {
    return Stream.of(
        Arguments.of("12.345", "EUR", "amount must be representable in EUR minor units: 12.345"),
        Arguments.of("1.5", "JPY", "amount must be representable in JPY minor units: 1.5"),
        Arguments.of("99999999999999999999", "EUR",
            "amount must be representable in EUR minor units: 99999999999999999999"),
        Arguments.of("12,34", "EUR", "amount must be a decimal number: '12,34'"),
        Arguments.of("", "EUR", "amount must be a decimal number: ''"),
        Arguments.of("1.00", "EURO", "currency must be an ISO 4217 code: 'EURO'"),
        Arguments.of("1", "XAU", "currency must have a minor unit: XAU"));
  }

  @ParameterizedTest
  @MethodSource("invalidAmounts")
  void rejectsInexactOrMalformedAmounts(String amount, String currency, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(amount, currency));
    assertEquals(message, e.getMessage());
  }

  @Test
  void fixedRatesConvertHalfEvenIntoTheTarget() {
    CurrencyConverter converter = CurrencyConverter.ofFixedRates(EUR,
        java.util.Map.of(USD, new BigDecimal("0.9"), JPY, new BigDecimal("0.0061")));
    java.time.Instant at = java.time.Instant.EPOCH;
    assertEquals(Money.ofMinor(900, EUR), converter.convert(Money.ofMinor(1000, USD), EUR, at));
    // 0.05 USD * 0.9 = 0.045 EUR -> 0.04 (half-even)
    assertEquals(Money.ofMinor(4, EUR), converter.convert(Money.ofMinor(5, USD), EUR, at));
    assertEquals(Money.ofMinor(610, EUR), converter.convert(Money.ofMinor(1000, JPY), EUR, at));
    assertEquals(Money.ofMinor(7, EUR), converter.convert(Money.ofMinor(7, EUR), EUR, at));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> converter.convert(Money.ofMinor(1, Currency.getInstance("GBP")), EUR, at));
    assertEquals("currency must have a rate into EUR: GBP", missing.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CurrencyConverter.ofFixedRates(EUR, java.util.Map.of(USD, BigDecimal.ZERO)));
  }

  @Test
  void theDefaultConverterRefusesEveryOtherCurrency() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CurrencyConverter.none().convert(Money.ofMinor(1, USD), EUR, java.time.Instant.EPOCH));
    assertEquals("currency must be the reporting currency EUR when no converter is given: USD", e.getMessage());
  }
}
