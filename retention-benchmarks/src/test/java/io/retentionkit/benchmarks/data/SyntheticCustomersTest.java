package io.retentionkit.benchmarks.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.clv.BgNbdModel;
import io.retentionkit.clv.BgNbdParameters;
import io.retentionkit.clv.FitOptions;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.GammaGammaParameters;
import io.retentionkit.clv.WeightedSummaries;
import org.junit.jupiter.api.Test;

final class SyntheticCustomersTest {

  @Test
  void theSameSeedGivesTheSameCustomers() {
    SyntheticCustomers a = SyntheticCustomers.generate(1_000, 3);
    SyntheticCustomers b = SyntheticCustomers.generate(1_000, 3);
    assertArrayEquals(a.repeatTransactions, b.repeatTransactions);
    assertArrayEquals(a.lastPurchaseTimes, b.lastPurchaseTimes);
    assertArrayEquals(a.ages, b.ages);
    assertArrayEquals(a.meanRepeatSpends, b.meanRepeatSpends);
  }

  @Test
  void summariesAreValidAndDayGranular() {
    SyntheticCustomers c = SyntheticCustomers.generate(20_000, 5);
    assertEquals(20_000, c.size());
    for (int i = 0; i < c.size(); i++) {
      int x = c.repeatTransactions[i];
      double tx = c.lastPurchaseTimes[i];
      double age = c.ages[i];
      assertTrue(tx >= 0 && tx <= age && age <= 52 && (x > 0 || tx == 0), "customer " + i);
      assertEquals(Math.rint(age * 7), age * 7, 1e-9, "customer " + i);
      assertEquals(x == 0, Double.isNaN(c.meanRepeatSpends[i]), "customer " + i);
    }
  }

  @Test
  void modelsFitBackCloseToTheGeneratingParameters() {
    SyntheticCustomers c = SyntheticCustomers.generate(50_000, 7);
    BgNbdParameters bgNbd = BgNbdModel.fit(WeightedSummaries.of(c.repeatTransactions, c.lastPurchaseTimes,
        c.ages)).model().parameters();
    GammaGammaParameters spend = GammaGammaModel.fit(c.repeatTransactions, c.meanRepeatSpends,
        FitOptions.defaults()).model().parameters();
    // Rounding t_x up to whole days biases the fit slightly; the point is that the data look like the model.
    assertEquals(0.243, bgNbd.r(), 0.03);
    assertEquals(4.414, bgNbd.alpha(), 0.8);
    assertEquals(6.25, spend.p(), 0.6);
    assertEquals(3.74, spend.q(), 0.4);
  }

  @Test
  void rejectsNegativeCounts() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticCustomers.generate(-1, 1));
  }
}
