package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class HistogramProperties {

  static LongStream seeds() {
    return new SplittableRandom(0x4157).longs(100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyValueIsCountedOnceInTheBinThatHoldsIt(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(1, 3000);
    double scale = Math.pow(10, random.nextInt(-3, 7));
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      // Skewed like predicted CLV, sometimes with negative values and values on round numbers.
      double u = random.nextDouble();
      values[i] = random.nextInt(10) == 0 ? Math.round(u * 10) * scale / 10
          : scale * Math.pow(u, 4) * (random.nextInt(20) == 0 ? -1 : 1);
    }
    int target = random.nextInt(2, 40);

    Histogram histogram = Histogram.of(values, target);
    List<HistogramBin> bins = histogram.bins();

    assertEquals(n, histogram.count());
    long closed = bins.stream().filter(bin -> !bin.openEnded()).count();
    assertTrue(closed <= target, () -> closed + " closed bins for a target of " + target);
    for (double value : values) {
      long holding = bins.stream().filter(bin -> holds(bin, value, bins)).count();
      assertEquals(1, holding, () -> value + " must be in exactly one bin of " + bins);
    }
    for (int b = 0; b < bins.size(); b++) {
      HistogramBin bin = bins.get(b);
      long inside = java.util.Arrays.stream(values).filter(v -> holds(bin, v, bins)).count();
      assertEquals(inside, bin.count(), "bin " + b);
    }
  }

  /** The documented membership: [lower, upper), the last closed bin also holding its upper bound. */
  private static boolean holds(HistogramBin bin, double value, List<HistogramBin> bins) {
    if (bin.openEnded()) {
      return value >= bin.lower();
    }
    boolean lastClosed = bin == bins.get(bins.size() - 1);
    return value >= bin.lower() && (value < bin.upper() || lastClosed && value == bin.upper());
  }
}
