package io.retentionkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class MoneyProperties {
  private static final Currency EUR = Currency.getInstance("EUR");

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void additionIsAssociativeCommutativeAndExact(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 200; i++) {
      Money a = Money.ofMinor(random.nextLong(-1L << 50, 1L << 50), EUR);
      Money b = Money.ofMinor(random.nextLong(-1L << 50, 1L << 50), EUR);
      Money c = Money.ofMinor(random.nextLong(-1L << 50, 1L << 50), EUR);
      assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
      assertEquals(a.plus(b), b.plus(a));
      assertEquals(a, a.plus(b).minus(b));
      assertEquals(a.toBigDecimal().add(b.toBigDecimal()), a.plus(b).toBigDecimal());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void majorUnitsRoundTrip(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 200; i++) {
      Money money = Money.ofMinor(random.nextLong(), EUR);
      BigDecimal major = money.toBigDecimal();
      assertEquals(money, Money.of(major, EUR));
      assertEquals(money, Money.parse(major.toPlainString(), "EUR"));
    }
  }
}
