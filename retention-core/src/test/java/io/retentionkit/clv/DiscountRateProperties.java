package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Conversions between the quotations of a discount rate over random rates, periods and units. */
final class DiscountRateProperties {
  private static final DurationUnit[] UNITS = DurationUnit.values();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void everyQuotationOfARateDiscountsAlike(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < 50; k++) {
      DiscountRate rate = random(random);
      DurationUnit unit = UNITS[random.nextInt(UNITS.length)];
      DurationUnit other = UNITS[random.nextInt(UNITS.length)];
      double time = random.nextDouble(0, 100);
      double v = rate.discountFactor(time, unit);
      String where = rate + " " + time + " " + unit + " / " + other + ", seed " + seed;
      // the same delay in another unit
      assertEquals(v, rate.discountFactor(time * unit.days() / other.days(), other), 1e-12 * v, where);
      // the effective and the continuous rate per unit describe the same factor
      assertEquals(v, Math.pow(1 + rate.effectiveRate(unit), -time), 1e-12 * v, where);
      assertEquals(v, Math.exp(-rate.continuousRate(unit) * time), 1e-15 * v, where);
      // requoting keeps the factor
      DiscountRate requoted = DiscountRate.effective(rate.effectiveRate(other), other);
      assertEquals(v, requoted.discountFactor(time, unit), 1e-12 * v, where);
      assertTrue(v > 0 && v <= 1, where);
      assertTrue(rate.discountFactor(time + 1, unit) <= v, where);
    }
  }

  /** Up to 100 % a year, quoted per a random period, effective or continuous. */
  private static DiscountRate random(SplittableRandom random) {
    DiscountRate annual = DiscountRate.annualEffective(random.nextDouble(0, 1));
    DurationUnit period = UNITS[random.nextInt(UNITS.length)];
    return random.nextBoolean() ? DiscountRate.effective(annual.effectiveRate(period), period)
        : DiscountRate.continuous(annual.continuousRate(period), period);
  }
}
