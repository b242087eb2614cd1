package io.retentionkit.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class NiceTicksTest {

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(0, 0.87, 11, 0, 0.9, 0.1),
        Arguments.of(3, 97, 6, 0, 100, 20),
        Arguments.of(0, 1, 6, 0, 1, 0.2),
        Arguments.of(0, 2357, 7, 0, 2500, 500),
        Arguments.of(-12, 47, 7, -20, 60, 20),
        Arguments.of(0.0012, 0.0049, 5, 0.001, 0.005, 0.001),
        Arguments.of(1e9, 3.2e9, 6, 1e9, 3.5e9, 5e8),
        Arguments.of(0, 0, 7, 0, 1, 0.2),
        Arguments.of(5, 5, 7, 0, 5, 1),
        Arguments.of(-3, -3, 7, -3, 0, 0.5));
  }

  @ParameterizedTest(name = "[{0}, {1}] in {2} ticks")
  @MethodSource("examples")
  void picksTheFinestNiceStepThatFits(double low, double high, int maxTicks, double min, double max, double step) {
    NiceTicks ticks = NiceTicks.of(low, high, maxTicks);
    assertEquals(min, ticks.min(), 1e-9 * Math.max(1, Math.abs(min)));
    assertEquals(max, ticks.max(), 1e-9 * Math.max(1, Math.abs(max)));
    assertEquals(step, ticks.step(), 1e-12 * Math.max(1, step));
  }

  @Test
  void valuesAreRoundedToTheStepsDecimals() {
    assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9), NiceTicks.of(0, 0.87, 11).values());
    assertEquals(List.of(-0.2, 0.0, 0.2), NiceTicks.of(-0.15, 0.15, 3).values());
  }

  @Test
  void labelsUseThousandsSeparatorsAndOnlyTheNeededDecimals() {
    NiceTicks money = NiceTicks.of(0, 2357, 7);
    assertEquals("1,500", money.label(1500));
    assertEquals(0, money.decimals());
    NiceTicks shares = NiceTicks.of(0, 0.87, 11);
    assertEquals("0.3", shares.label(0.30000000000000004));
    assertEquals("0.005", NiceTicks.of(0.0012, 0.0049, 5).label(0.005));
    assertEquals("0", NiceTicks.of(-1, 1, 3).label(-0.0));
  }

  @Test
  void percentFormatScalesTheDecimals() {
    NiceTicks ticks = NiceTicks.of(0, 0.4, 6);
    assertEquals("30%", TickFormat.PERCENT.label(ticks, 0.3));
    assertEquals("2.5%", TickFormat.PERCENT.label(NiceTicks.of(0, 0.025, 6), 0.025));
  }

  @Test
  void rejectsInvalidRanges() {
    assertEquals("range must be finite with high >= low: [1.0, 0.0]",
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.of(1, 0, 5)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> NiceTicks.of(0, Double.NaN, 5));
    assertThrows(IllegalArgumentException.class, () -> NiceTicks.of(0, Double.POSITIVE_INFINITY, 5));
    assertEquals("maxTicks must be at least 3: 2",
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.of(0, 1, 2)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new NiceTicks(1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new NiceTicks(0, 1, 0));
  }
}
