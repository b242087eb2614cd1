package io.retentionkit.metrics;

import static io.retentionkit.metrics.ShopOrders.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.model.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ResultValuesTest {

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        Arguments.of((Executable) () -> Rate.of(3, 2, "x"), "rate numerator must lie in [0, denominator]: 3 / 2"),
        Arguments.of((Executable) () -> Rate.of(-1, 2, "x"), "rate numerator must lie in [0, denominator]: -1 / 2"),
        Arguments.of((Executable) () -> new Rate(0, 0, Optional.empty()),
            "rate must carry a reason exactly when its denominator is 0: 0 / 0"),
        Arguments.of((Executable) () -> Rate.of(1, 2, " "), "whenUndefined must not be blank"),
        Arguments.of((Executable) () -> Ratio.of(-1, 2, "x"), "ratio counts must not be negative: -1 / 2"),
        Arguments.of((Executable) () -> MoneyAverage.of(eur("1"), -1, "x"),
            "average count must not be negative: -1"),
        Arguments.of((Executable) () -> new RetentionRate(0, 1, 1, 0, 0), "lookBackDays must be positive: 0"),
        Arguments.of((Executable) () -> new RetentionRate(30, 2, 1, 0, 2),
            "retained must lie in [0, min(s, e)]: 2 (s=2, e=1)"),
        Arguments.of((Executable) () -> new ParetoShare(1.5, 1, 1, eur("1"), eur("1")),
            "topFraction must lie in (0, 1]: 1.5"),
        Arguments.of((Executable) () -> new ParetoShare(0.2, 1, 2, eur("1"), eur("1")),
            "top customers must lie in [0, customers]: 2 of 1"),
        Arguments.of((Executable) () -> MoneyShare.of(eur("1"), Money.parse("1", "USD"), "x"),
            "currencies must match (convert to one reporting currency first): EUR and USD"),
        Arguments.of((Executable) () -> new DaysBetween(1, 3, OptionalDouble.empty(), Optional.empty()),
            "gaps must have a median exactly when there are some, and a reason otherwise: 1 gaps"),
        Arguments.of((Executable) () -> new WindowTotals(1, 1, 1, 0, 0, 0, eur("10"), eur("2"), eur("9"), eur("9")),
            "netRevenue must equal grossRevenue - refunds: EUR 10.00 - EUR 2.00 != EUR 9.00"),
        Arguments.of((Executable) () -> new SimpleClv(MoneyAverage.of(eur("1"), 1, "x"), Ratio.of(1, 1, "x"),
            OptionalDouble.empty(), false, 1.5), "margin must lie in (0, 1]: 1.5"));
  }

  @ParameterizedTest
  @MethodSource("invalidValues")
  void rejectsInconsistentValuesWithAClearMessage(Executable construction, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, construction).getMessage());
  }

  @Test
  void rateHasAValueOnlyWithADenominator() {
    assertEquals(OptionalDouble.of(0.25), Rate.of(1, 4, "x").value());
    assertEquals(new Rate(0, 0, Optional.of("why")), Rate.of(0, 0, "why"));
    assertEquals(OptionalDouble.empty(), Rate.of(0, 0, "why").value());
  }

  @Test
  void moneyAverageRoundsHalfEvenTwoDigitsBeyondTheMinorUnit() {
    assertEquals(Optional.of(new BigDecimal("0.3333")), MoneyAverage.of(eur("1"), 3, "x").value());
    assertEquals(Optional.of(new BigDecimal("0.0012")), MoneyAverage.of(Money.ofMinor(1, ShopOrders.EUR), 8, "x")
        .value()); // 0.00125 → 0.0012
    assertEquals(Optional.of(new BigDecimal("333.33")), MoneyAverage.of(Money.parse("1000", "JPY"), 3, "x").value());
  }

  @Test
  void spendRatioComparesAverageRevenuePerCustomer() {
    RevenueSplit split = new RevenueSplit(eur("300"), 2, eur("100"), 4);

    assertEquals(OptionalDouble.of(6.0), split.spendRatio().value()); // 150 / 25
    assertEquals(OptionalDouble.of(0.75), split.returningShare().value());
    assertEquals(OptionalDouble.of(0.25), split.newShare().value());
  }

  @Test
  void retentionRateIsUndefinedWithoutStartCustomers() {
    RetentionRate none = new RetentionRate(30, 0, 4, 4, 0);

    assertEquals(OptionalDouble.empty(), none.value());
    assertEquals(Optional.of("no customers were active at the start of the window"), none.undefinedReason());
  }
}
