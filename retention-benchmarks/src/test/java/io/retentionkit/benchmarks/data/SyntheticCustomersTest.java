package io.retentionkit.benchmarks.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.clv.FitOptions;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.GammaGammaParameters;
import io.retentionkit.clv.TransactionModelFamily;
import io.retentionkit.clv.WeightedSummaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class SyntheticCustomersTest {

  @ParameterizedTest
  @EnumSource(value = TransactionModelFamily.class, names = {"BG_NBD", "PARETO_NBD", "MBG_NBD"})
  void theSameSeedGivesTheSameCustomers(TransactionModelFamily model) {
    SyntheticCustomers a = SyntheticCustomers.generate(model, 1_000, 3);
    SyntheticCustomers b = SyntheticCustomers.generate(model, 1_000, 3);
    assertArrayEquals(a.repeatTransactions, b.repeatTransactions);
    assertArrayEquals(a.lastPurchaseTimes, b.lastPurchaseTimes);
    assertArrayEquals(a.ages, b.ages);
    assertArrayEquals(a.meanRepeatSpends, b.meanRepeatSpends);
  }

  @ParameterizedTest
  @EnumSource(value = TransactionModelFamily.class, names = {"BG_NBD", "PARETO_NBD", "MBG_NBD"})
  void summariesAreValidAndDayGranular(TransactionModelFamily model) {
    SyntheticCustomers c = SyntheticCustomers.generate(model, 20_000, 5);
    assertEquals(20_000, c.size());
    for (int i = 0; i < c.size(); i++) {
      int x = c.repeatTransactions[i];
      double tx = c.lastPurchaseTimes[i];
      double age = c.ages[i];
      assertTrue(tx >= 0 && tx <= age && age <= 52 && (x > 0 || tx == 0), "customer " + i);
      assertEquals(Math.rint(age * 7), age * 7, 1e-9, "customer " + i);
      assertEquals(Math.rint(tx * 7), tx * 7, 1e-9, "customer " + i);
      assertEquals(x == 0, Double.isNaN(c.meanRepeatSpends[i]), "customer " + i);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"BG_NBD, 0.243, 4.414", "PARETO_NBD, 0.553, 10.578", "MBG_NBD, 0.525, 6.183"})
  void modelsFitBackCloseToTheGeneratingParameters(TransactionModelFamily model, double r, double alpha) {
    SyntheticCustomers c = SyntheticCustomers.generate(model, 50_000, 7);
    double[] fit = model.fit(WeightedSummaries.of(c.repeatTransactions, c.lastPurchaseTimes, c.ages),
        FitOptions.defaults()).model().parameters().values();
    // Rounding t_x up to whole days biases the fit slightly; the point is that the data look like the model.
    assertEquals(r, fit[0], 0.12 * r, "r");
    assertEquals(alpha, fit[1], 0.2 * alpha, "alpha");
  }

  @Test
  void spendFitsBackCloseToTheGeneratingParameters() {
    SyntheticCustomers c = SyntheticCustomers.generate(TransactionModelFamily.BG_NBD, 50_000, 7);
    GammaGammaParameters spend = GammaGammaModel.fit(c.repeatTransactions, c.meanRepeatSpends,
        FitOptions.defaults()).model().parameters();
    assertEquals(6.25, spend.p(), 0.6);
    assertEquals(3.74, spend.q(), 0.4);
  }

  @Test
  void rejectsNegativeCountsAndDiscreteModels() {
    assertEquals("customers must not be negative: -1", assertThrows(IllegalArgumentException.class,
        () -> SyntheticCustomers.generate(TransactionModelFamily.BG_NBD, -1, 1)).getMessage());
    assertEquals("model must be a continuous-time model: BG_BB", assertThrows(IllegalArgumentException.class,
        () -> SyntheticCustomers.generate(TransactionModelFamily.BG_BB, 1, 1)).getMessage());
  }
}
