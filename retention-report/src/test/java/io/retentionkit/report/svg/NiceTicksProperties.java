package io.retentionkit.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class NiceTicksProperties {

  static LongStream seeds() {
    return new SplittableRandom(0x71C5).longs(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ticksEncloseTheRangeWithANiceStepAndFewEnoughTicks(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double scale = Math.pow(10, random.nextInt(-6, 10));
    double low = random.nextBoolean() ? 0 : (random.nextDouble() - 0.5) * scale;
    double high = low + random.nextDouble() * scale;
    int maxTicks = random.nextInt(3, 15);

    NiceTicks ticks = NiceTicks.of(low, high, maxTicks);
    List<Double> values = ticks.values();

    assertTrue(ticks.min() <= low && ticks.max() >= high, () -> ticks + " must enclose " + low + ".." + high);
    assertTrue(values.size() <= maxTicks, () -> values.size() + " ticks for at most " + maxTicks);
    double mantissa = ticks.step() / Math.pow(10, Math.floor(Math.log10(ticks.step()) + 1e-12));
    assertTrue(List.of(1.0, 2.0, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-9),
        () -> "step " + ticks.step() + " must be 1, 2 or 5 times a power of ten");
    for (int i = 1; i < values.size(); i++) {
      assertEquals(ticks.step(), values.get(i) - values.get(i - 1), ticks.step() * 1e-6);
    }
    assertEquals(Math.round(ticks.min() / ticks.step()), ticks.min() / ticks.step(), 1e-6);
  }
}
