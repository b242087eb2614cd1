package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

final class HoldoutReportTest {
  private static final BgNbdModel BG_NBD =
      BgNbdModel.of(new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881));

  @Test
  void cdnowReportAddsUpToThePublishedHoldout() {
    HoldoutReport report = HoldoutReport.of(BG_NBD, Cdnow.summaries());
    List<FrequencyBin> bins = report.bins();
    assertAll(
        () -> assertEquals(8, bins.size()),
        () -> assertEquals(1411, bins.get(0).customers()),
        () -> assertTrue(bins.get(7).orMore() && !bins.get(6).orMore()),
        () -> assertEquals(2357, bins.stream().mapToLong(FrequencyBin::customers).sum()),
        () -> assertEquals(1882.0, report.actualTotal()),
        () -> assertEquals(39.0, report.holdoutLength()),
        () -> assertEquals(2357, report.customers()),
        () -> assertEquals("bgnbd", report.model()));
  }

  @Test
  void errorsAreComputedPerCustomer() {
    CustomerSummaries s = Cdnow.summaries();
    HoldoutReport report = HoldoutReport.of(BG_NBD, s);
    double absolute = 0;
    double squared = 0;
    double signed = 0;
    double expectedTotal = 0;
    double[] binExpected = new double[8];
    double[] binActual = new double[8];
    for (int i = 0; i < s.size(); i++) {
      double expected = BG_NBD.expectedTransactions(39, s.repeatTransactions(i), s.lastPurchaseTime(i), s.age(i));
      double error = expected - s.holdoutTransactions(i);
      absolute += Math.abs(error);
      squared += error * error;
      signed += error;
      expectedTotal += expected;
      binExpected[Math.min(7, s.repeatTransactions(i))] += expected;
      binActual[Math.min(7, s.repeatTransactions(i))] += s.holdoutTransactions(i);
    }
    assertEquals(absolute / s.size(), report.meanAbsoluteError(), 1e-12);
    assertEquals(Math.sqrt(squared / s.size()), report.rootMeanSquaredError(), 1e-12);
    assertEquals(signed / s.size(), report.bias(), 1e-12);
    assertEquals(expectedTotal, report.expectedTotal(), 1e-9);
    for (int b = 0; b < 8; b++) {
      assertEquals(binExpected[b], report.bins().get(b).expectedTransactions(), 1e-9, "bin " + b);
      assertEquals(binActual[b], report.bins().get(b).actualTransactions(), "bin " + b);
    }
  }

  @Test
  void trackingCurveMatchesBtydsActualsAndAddsUpTheExpectations() throws IOException {
    CustomerSummaries s = Cdnow.summaries();
    TrackingCurve curve = HoldoutReport.of(BG_NBD, s).tracking().orElseThrow();
    List<String> lines = Files.readAllLines(SharedData.file("cdnowSummary_cu_tracking.csv"));
    double[] actual = curve.actualCumulative();
    double[] expected = curve.expectedCumulative();
    assertEquals(78, curve.periods());
    for (int week = 1; week <= 78; week++) {
      assertEquals(Double.parseDouble(lines.get(week).split(",")[1]), actual[week - 1], "week " + week);
      assertTrue(week == 1 || expected[week - 1] > expected[week - 2], "week " + week);
    }
    // At the calibration end (week 39) every customer's time since the first purchase is exactly T.
    double atCalibrationEnd = 0;
    for (int i = 0; i < s.size(); i++) {
      atCalibrationEnd += BG_NBD.expectedTransactions(s.age(i));
    }
    assertEquals(atCalibrationEnd, expected[38], 1e-9);
    assertEquals(actual[77] - actual[76], curve.actualIncremental()[77]);
  }

  @Test
  void arraysGiveTheSameReportWithoutTracking() {
    CustomerSummaries s = Cdnow.summaries();
    HoldoutReport fromSummaries = HoldoutReport.of(BG_NBD, s, 3);
    HoldoutReport fromArrays = HoldoutReport.of(BG_NBD, s.repeatTransactions(), s.lastPurchaseTimes(), s.ages(),
        s.holdoutTransactions(), 39, 3);
    assertEquals(fromSummaries.bins(), fromArrays.bins());
    assertEquals(fromSummaries.meanAbsoluteError(), fromArrays.meanAbsoluteError());
    assertTrue(fromArrays.tracking().isEmpty());
  }

  @Test
  void requiresAHoldout() {
    CustomerSummaries noHoldout = CustomerSummarizer.newBuilder().policy(Cdnow.POLICY).timeUnit(DurationUnit.WEEK)
        .calibrationEnd(Cdnow.CALIBRATION_END).build().summarize(Cdnow.orders());
    assertThrows(IllegalStateException.class, () -> HoldoutReport.of(BG_NBD, noHoldout));
    assertEquals("holdout length must be positive and finite: 0.0",
        assertThrows(IllegalArgumentException.class, () -> HoldoutReport.of(BG_NBD, new int[] {0},
            new double[] {0}, new double[] {1}, new int[] {0}, 0, 7)).getMessage());
  }
}
