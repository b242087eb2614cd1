package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class DiscountRateTest {

  @Test
  void annualEffectiveRateDiscountsOneYearByOnePlusTheRate() {
    DiscountRate rate = DiscountRate.annualEffective(0.15);
    assertAll(
        () -> assertEquals(1 / 1.15, rate.discountFactor(1, DurationUnit.YEAR), 1e-15),
        () -> assertEquals(1 / 1.15, rate.discountFactor(365.25, DurationUnit.DAY), 1e-15),
        () -> assertEquals(1 / 1.15, rate.discountFactor(365.25 / 7, DurationUnit.WEEK), 1e-15),
        () -> assertEquals(Math.pow(1.15, -2.5), rate.discountFactor(30, DurationUnit.MONTH), 1e-15),
        () -> assertEquals(1, rate.discountFactor(0, DurationUnit.WEEK)),
        () -> assertEquals(0.15, rate.effectiveRate(DurationUnit.YEAR)),
        () -> assertEquals(Math.log1p(0.15), rate.continuousRate(DurationUnit.YEAR)));
  }

  @Test
  void convertsBetweenPeriodsAndCompoundings() {
    // The figures quoted in the class documentation: 15 % a year in weeks.
    DiscountRate annual = DiscountRate.annualEffective(0.15);
    assertEquals(0.0026785314076005770, annual.continuousRate(DurationUnit.WEEK), 1e-18);
    assertEquals(0.0026821218778647704, annual.effectiveRate(DurationUnit.WEEK), 1e-18);
    // 1 % a month effective is 12.68 % a year effective and ln(1.01) · 12 a year continuous.
    DiscountRate monthly = DiscountRate.effective(0.01, DurationUnit.MONTH);
    assertEquals(Math.pow(1.01, 12) - 1, monthly.effectiveRate(DurationUnit.YEAR), 1e-15);
    assertEquals(12 * Math.log(1.01), monthly.continuousRate(DurationUnit.YEAR), 1e-15);
    // A continuous weekly rate and its equivalents quoted otherwise discount alike.
    DiscountRate weekly = DiscountRate.continuous(0.0027, DurationUnit.WEEK);
    DiscountRate asAnnual = DiscountRate.annualEffective(weekly.effectiveRate(DurationUnit.YEAR));
    DiscountRate asDaily = DiscountRate.continuous(weekly.continuousRate(DurationUnit.DAY), DurationUnit.DAY);
    for (double weeks : new double[] {0.5, 1, 52, 520}) {
      double v = Math.exp(-0.0027 * weeks);
      assertEquals(v, weekly.discountFactor(weeks, DurationUnit.WEEK), 1e-15 * v, "weeks " + weeks);
      assertEquals(v, asAnnual.discountFactor(weeks, DurationUnit.WEEK), 1e-14 * v, "weeks " + weeks);
      assertEquals(v, asDaily.discountFactor(7 * weeks, DurationUnit.DAY), 1e-14 * v, "weeks " + weeks);
    }
    assertEquals(0.0027, asAnnual.continuousRate(DurationUnit.WEEK), 1e-17);
  }

  @Test
  void noneDiscountsNothing() {
    DiscountRate none = DiscountRate.none();
    assertAll(
        () -> assertTrue(none.isZero()),
        () -> assertEquals(1, none.discountFactor(1e6, DurationUnit.YEAR)),
        () -> assertEquals(0, none.continuousRate(DurationUnit.WEEK)),
        () -> assertEquals(0, none.effectiveRate(DurationUnit.DAY)),
        () -> assertEquals(DiscountRate.annualEffective(0), none),
        () -> assertTrue(DiscountRate.continuous(0, DurationUnit.WEEK).isZero()));
  }

  @Test
  void equalityComparesTheQuotation() {
    DiscountRate annual = DiscountRate.annualEffective(0.15);
    DiscountRate continuous = DiscountRate.continuous(Math.log1p(0.15), DurationUnit.YEAR);
    assertAll(
        () -> assertEquals(new DiscountRate(0.15, DiscountRate.Compounding.PERIODIC, DurationUnit.YEAR), annual),
        () -> assertEquals(DiscountRate.effective(0.15, DurationUnit.YEAR), annual),
        () -> assertNotEquals(continuous, annual),
        () -> assertEquals(annual.continuousRate(DurationUnit.WEEK), continuous.continuousRate(DurationUnit.WEEK),
            1e-18),
        () -> assertEquals("DiscountRate[0.15 per YEAR, PERIODIC]", annual.toString()),
        () -> assertEquals("DiscountRate[0.0027 per WEEK, CONTINUOUS]",
            DiscountRate.continuous(0.0027, DurationUnit.WEEK).toString()));
  }

  @Test
  void rejectsInvalidRatesAndTimes() {
    assertAll(
        () -> assertEquals("discount rate must be finite and not negative: -0.1",
            assertThrows(IllegalArgumentException.class, () -> DiscountRate.annualEffective(-0.1)).getMessage()),
        () -> assertEquals("discount rate must be finite and not negative: NaN",
            assertThrows(IllegalArgumentException.class,
                () -> DiscountRate.continuous(Double.NaN, DurationUnit.WEEK)).getMessage()),
        () -> assertEquals("discount rate must be finite and not negative: Infinity",
            assertThrows(IllegalArgumentException.class,
                () -> DiscountRate.effective(Double.POSITIVE_INFINITY, DurationUnit.MONTH)).getMessage()),
        () -> assertEquals("period", assertThrows(NullPointerException.class,
            () -> DiscountRate.effective(0.1, null)).getMessage()),
        () -> assertEquals("unit", assertThrows(NullPointerException.class,
            () -> DiscountRate.none().continuousRate(null)).getMessage()),
        () -> assertEquals("time must be finite and not negative: -1.0",
            assertThrows(IllegalArgumentException.class,
                () -> DiscountRate.none().discountFactor(-1, DurationUnit.WEEK)).getMessage()));
  }
}
