package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

final class ClvPredictorTest {
  private static final BgNbdModel BG_NBD =
      BgNbdModel.of(new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881));
  private static final GammaGammaModel SPEND = GammaGammaModel.of(new GammaGammaParameters(6.25, 3.74, 15.44));

  @Test
  void undiscountedPredictionsOfCdnowCustomers() {
    CustomerSummaries s = Cdnow.summaries();
    CustomerPredictions p = predictor(39, 0).predict(s);
    assertEquals(s.size(), p.size());
    for (int k = 0; k < s.size(); k += 97) {
      int i = k;
      int x = s.repeatTransactions(i);
      double tx = s.lastPurchaseTime(i);
      double age = s.age(i);
      double expected = BG_NBD.expectedTransactions(39, x, tx, age);
      double spend = SPEND.expectedSpend(x, s.meanRepeatSpend(i).orElse(0));
      CustomerPrediction one = p.prediction(i);
      assertAll("customer " + s.customerId(i),
          () -> assertEquals(Optional.of(s.customerId(i)), one.customerId()),
          () -> assertEquals(BG_NBD.probabilityAlive(x, tx, age), one.probabilityAlive(), 1e-15),
          () -> assertEquals(expected, one.expectedTransactions(), 1e-12),
          () -> assertEquals(spend, one.expectedSpend().getAsDouble(), 1e-12),
          () -> assertEquals(expected * spend, one.predictedClv().getAsDouble(), 1e-9));
    }
    assertEquals(1.226, p.expectedTransactions(0), 1e-3);
  }

  @Test
  void discountingIsDiscreteAtTheEndOfEachUnitWithAnAnnualRate() {
    CustomerPredictions p = predictor(52, 0.15).predict(Cdnow.summaries());
    int x = 2;
    double tx = 213.0 / 7;
    double age = 272.0 / 7;
    double clv = 0;
    double previous = 0;
    for (int k = 1; k <= 52; k++) {
      double cumulative = BG_NBD.expectedTransactions(k, x, tx, age);
      clv += (cumulative - previous) * Math.pow(1.15, -k * 7 / 365.25);
      previous = cumulative;
    }
    clv *= SPEND.expectedSpend(2, 22.345);
    assertEquals(clv, p.predictedClv(0).getAsDouble(), 1e-9);
    assertTrue(p.predictedClv(0).getAsDouble() < predictor(52, 0).predict(Cdnow.summaries()).predictedClv(0)
        .getAsDouble());
  }

  @Test
  void fractionalHorizonsDiscountTheLastPartialUnitAtTheHorizon() {
    CustomerPredictions p = predictor(2.5, 0.1).predict(new int[] {3}, new double[] {20}, new double[] {30},
        new double[] {40});
    double e1 = BG_NBD.expectedTransactions(1, 3, 20, 30);
    double e2 = BG_NBD.expectedTransactions(2, 3, 20, 30);
    double e25 = BG_NBD.expectedTransactions(2.5, 3, 20, 30);
    double v = Math.log(1.1) * 7 / 365.25;
    double expected = (e1 * Math.exp(-v) + (e2 - e1) * Math.exp(-2 * v) + (e25 - e2) * Math.exp(-2.5 * v))
        * SPEND.expectedSpend(3, 40);
    assertEquals(expected, p.predictedClv(0).getAsDouble(), 1e-12);
    assertEquals(e25, p.expectedTransactions(0), 1e-15);
  }

  @Test
  void clvFallsWithTheDiscountRate() {
    double previous = Double.POSITIVE_INFINITY;
    for (double d : new double[] {0, 0.05, 0.15, 0.5, 2}) {
      double total = predictor(52, d).predict(Cdnow.summaries()).totalPredictedClv();
      assertTrue(total < previous, "d " + d + ": " + total);
      previous = total;
    }
  }

  @Test
  void nextTransactionDateIsTheMedianWaitAfterTheCalibrationEnd() {
    CustomerPredictions p = predictor(39, 0).predict(Cdnow.summaries());
    double median = BG_NBD.medianTimeToNextTransaction(2, 272.0 / 7);
    assertAll(
        () -> assertEquals(median, p.timeToNextTransaction(0), 1e-12),
        () -> assertEquals(Optional.of(LocalDate.of(1997, 9, 30).plusDays(Math.round(median * 7))),
            p.expectedNextTransactionDate(0)),
        () -> assertEquals(Optional.of(Currency.getInstance("USD")), p.currency()),
        () -> assertEquals(Optional.of(LocalDate.of(1997, 9, 30)), p.calibrationEnd()));
  }

  @Test
  void churnRiskBandsProbabilityAlive() {
    CustomerPredictions p = predictor(39, 0).predict(Cdnow.summaries());
    ChurnRiskBands bands = ChurnRiskBands.defaults();
    for (int i = 0; i < p.size(); i++) {
      assertEquals(bands.classify(p.probabilityAlive(i)), p.churnRisk(i));
    }
    assertEquals(ChurnRisk.HIGH, bands.classify(0.29));
    assertEquals(ChurnRisk.MEDIUM, bands.classify(0.3));
    assertEquals(ChurnRisk.LOW, bands.classify(0.7));
    assertEquals("churn risk thresholds must satisfy 0 <= highBelow <= mediumBelow <= 1: 0.8, 0.5",
        assertThrows(IllegalArgumentException.class, () -> new ChurnRiskBands(0.8, 0.5)).getMessage());
  }

  @Test
  void withoutSpendModelThereIsNoSpendOrClv() {
    ClvPredictor predictor = ClvPredictor.newBuilder().model(BG_NBD).timeUnit(DurationUnit.WEEK).horizon(39).build();
    CustomerPredictions p = predictor.predict(Cdnow.summaries());
    assertAll(
        () -> assertEquals(OptionalDouble.empty(), p.expectedSpend(0)),
        () -> assertEquals(OptionalDouble.empty(), p.predictedClv(0)),
        () -> assertTrue(Double.isNaN(p.predictedClv()[0])),
        () -> assertThrows(IllegalStateException.class, p::totalPredictedClv));
  }

  @Test
  void arraysGiveTheSamePredictionsWithoutIdsOrDates() {
    CustomerSummaries s = Cdnow.summaries();
    CustomerPredictions fromSummaries = predictor(52, 0.15).predict(s);
    CustomerPredictions fromArrays = predictor(52, 0.15).predict(s.repeatTransactions(), s.lastPurchaseTimes(),
        s.ages(), s.meanRepeatSpends());
    assertAll(
        () -> assertTrue(Arrays.equals(fromSummaries.predictedClv(), fromArrays.predictedClv())),
        () -> assertTrue(Arrays.equals(fromSummaries.probabilityAlive(), fromArrays.probabilityAlive())),
        () -> assertEquals(0, fromArrays.customerIds().size()),
        () -> assertEquals(Optional.empty(), fromArrays.expectedNextTransactionDate(0)),
        () -> assertEquals(Optional.empty(), fromArrays.prediction(0).customerId()));
  }

  @Test
  void largeInputsGiveTheSameResultAsOneCustomerAtATime() {
    CustomerSummaries s = Cdnow.summaries();
    int copies = 30; // 70k customers: several parallel chunks
    int n = s.size() * copies;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] spend = new double[n];
    for (int c = 0; c < copies; c++) {
      for (int i = 0; i < s.size(); i++) {
        int k = c * s.size() + i;
        x[k] = s.repeatTransactions(i);
        tx[k] = s.lastPurchaseTime(i);
        age[k] = s.age(i) + c; // different ages, so that groups differ between copies
        spend[k] = s.meanRepeatSpend(i).orElse(Double.NaN);
      }
    }
    CustomerPredictions all = predictor(13, 0.1).predict(x, tx, age, spend);
    assertEquals(all, predictor(13, 0.1).predict(x, tx, age, spend), "deterministic");
    for (int k = 0; k < n; k += 1013) {
      CustomerPredictions one = predictor(13, 0.1).predict(new int[] {x[k]}, new double[] {tx[k]},
          new double[] {age[k]}, new double[] {spend[k]});
      assertEquals(one.predictedClv(0), all.predictedClv(k), "customer " + k);
      assertEquals(one.expectedTransactions(0), all.expectedTransactions(k), 0, "customer " + k);
    }
  }

  @Test
  void validatesItsSettings() {
    assertAll(
        () -> assertEquals("summaries must be in the predictor's time unit DAY: WEEK",
            assertThrows(IllegalArgumentException.class, () -> ClvPredictor.newBuilder().model(BG_NBD)
                .timeUnit(DurationUnit.DAY).horizon(30).build().predict(Cdnow.summaries())).getMessage()),
        () -> assertEquals("horizon must be a whole number of opportunities: 2.5",
            assertThrows(IllegalArgumentException.class, () -> ClvPredictor.newBuilder()
                .model(BgBbModel.of(new BgBbParameters(1, 1, 1, 1))).timeUnit(DurationUnit.YEAR).horizon(2.5)
                .build()).getMessage()),
        () -> assertEquals("spend model must have a finite mean spend (q > 1): q = 0.9",
            assertThrows(IllegalArgumentException.class, () -> ClvPredictor.newBuilder()
                .spendModel(GammaGammaModel.of(new GammaGammaParameters(1, 0.9, 1)))).getMessage()),
        () -> assertEquals("horizon must be set",
            assertThrows(IllegalStateException.class, () -> ClvPredictor.newBuilder().model(BG_NBD)
                .timeUnit(DurationUnit.WEEK).build()).getMessage()),
        () -> assertEquals("mean repeat spend must be finite and not negative where x > 0: NaN (index 0)",
            assertThrows(IllegalArgumentException.class, () -> predictor(5, 0).predict(new int[] {1},
                new double[] {1}, new double[] {2}, new double[] {Double.NaN})).getMessage()));
  }

  @Test
  void worksForBgBbInWholeOpportunities() {
    BgBbModel model = BgBbModel.of(new BgBbParameters(1.203528, 0.7497260, 0.6567808, 2.783796));
    CustomerPredictions p = ClvPredictor.newBuilder().model(model).timeUnit(DurationUnit.YEAR).horizon(5).build()
        .predict(new int[] {2}, new double[] {4}, new double[] {6}, new double[] {Double.NaN});
    assertEquals(1.0575740475569178, p.expectedTransactions(0), 1e-12);
  }

  private static ClvPredictor predictor(double horizon, double discount) {
    return ClvPredictor.newBuilder().model(BG_NBD).spendModel(SPEND).timeUnit(DurationUnit.WEEK).horizon(horizon)
        .discountRate(DiscountRate.annualEffective(discount)).build();
  }
}
