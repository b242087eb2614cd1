package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class HistogramTest {

  @Test
  void binsUniformValuesInNiceBinsFromZero() {
    double[] values = new double[100];
    for (int i = 0; i < values.length; i++) {
      values[i] = i + 0.5;
    }
    Histogram histogram = Histogram.of(values, 10);
    assertEquals(10, histogram.bins().size());
    assertEquals(new HistogramBin(0, 10, false, 10), histogram.bins().get(0));
    assertEquals(new HistogramBin(90, 100, false, 10), histogram.bins().get(9));
    assertEquals(100, histogram.count());
  }

  @Test
  void aLongTailGoesToOneOpenEndedTopBin() {
    double[] values = new double[1000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 100;
    }
    values[999] = 1_000_000;
    Histogram histogram = Histogram.of(values, 10);
    HistogramBin top = histogram.bins().get(histogram.bins().size() - 1);
    assertTrue(top.openEnded());
    assertEquals(100, top.lower());
    assertEquals(1, top.count());
    assertEquals(1000, histogram.count());
  }

  @Test
  void aMaximumCloseToThe99thPercentileGetsNoOpenBin() {
    double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    Histogram histogram = Histogram.of(values, 5);
    assertFalse(histogram.bins().stream().anyMatch(HistogramBin::openEnded));
    HistogramBin last = histogram.bins().get(histogram.bins().size() - 1);
    assertEquals(10, last.upper());
    assertEquals(3, last.count(), "8, 9 and the maximum 10: the last bin includes its upper bound");
  }

  @Test
  void valuesOnAnEdgeBelongToTheBinThatStartsThere() {
    Histogram histogram = Histogram.of(new double[] {0.1, 0.2, 0.3, 0.7}, 8);
    List<HistogramBin> bins = histogram.bins();
    assertEquals(0.1, bins.get(1).lower(), 1e-12);
    assertEquals(1, bins.get(1).count());
    assertEquals(0.3, bins.get(3).lower(), 1e-12);
    assertEquals(1, bins.get(3).count(), "0.3 must not fall into [0.2, 0.3) by rounding");
  }

  @Test
  void countsNonFiniteValuesApartAndHandlesEmptyAndConstantInput() {
    Histogram histogram = Histogram.of(new double[] {Double.NaN, 1, Double.POSITIVE_INFINITY}, 4);
    assertEquals(2, histogram.nonFinite());
    assertEquals(1, histogram.count());
    assertEquals(List.of(new HistogramBin(0, 1, false, 0)), Histogram.of(new double[0], 4).bins());
    Histogram zeros = Histogram.of(new double[] {0, 0, 0}, 4);
    assertEquals(3, zeros.bins().get(0).count());
  }

  @Test
  void negativeValuesExtendTheRangeBelowZero() {
    Histogram histogram = Histogram.of(new double[] {-15, 5, 25}, 4);
    assertEquals(-20, histogram.bins().get(0).lower());
    assertEquals(3, histogram.count());
  }

  @Test
  void rejectsBrokenBins() {
    assertThrows(IllegalArgumentException.class, () -> new Histogram(List.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> new Histogram(
        List.of(new HistogramBin(0, 1, false, 1), new HistogramBin(2, 3, false, 1)), 0));
    assertThrows(IllegalArgumentException.class, () -> new Histogram(
        List.of(new HistogramBin(0, 0, true, 1), new HistogramBin(0, 1, false, 1)), 0));
    assertThrows(IllegalArgumentException.class, () -> new HistogramBin(1, 0, false, 0));
    assertThrows(IllegalArgumentException.class, () -> new HistogramBin(0, 1, false, -1));
    assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[] {1}, 1));
  }
}
