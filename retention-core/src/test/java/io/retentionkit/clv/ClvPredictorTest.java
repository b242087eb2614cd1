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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class ClvPredictorTest {
  private static final BgNbdModel BG_NBD =
      BgNbdModel.of(new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881));
  private static final ParetoNbdModel PARETO_NBD =
      ParetoNbdModel.of(ParetoNbdParameters.of(0.55315, 10.57633, 0.60625, 11.67150));
  private static final MbgNbdModel MBG_NBD = MbgNbdModel.of(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614));
  private static final BgBbModel BG_BB = BgBbModel.of(new BgBbParameters(1.203528, 0.7497260, 0.6567808, 2.783796));
  private static final GammaGammaModel SPEND = GammaGammaModel.of(new GammaGammaParameters(6.25, 3.74, 15.44));
  private static final DiscountRate FIFTEEN_PERCENT = DiscountRate.annualEffective(0.15);

  /** The continuous-time models at their published CDNOW estimates. */
  static Stream<TransactionModel> continuousModels() {
    return Stream.of(BG_NBD, PARETO_NBD, MBG_NBD);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("continuousModels")
  void everyPredictionIsTheModelsOwnQuantity(TransactionModel model) {
    CustomerSummaries s = Cdnow.summaries();
    CustomerPredictions p = ClvPredictor.newBuilder().model(model).spendModel(SPEND).timeUnit(DurationUnit.WEEK)
        .horizon(52).discountRate(FIFTEEN_PERCENT).build().predict(s);
    assertEquals(model.name(), p.model());
    assertEquals(FIFTEEN_PERCENT, p.discountRate());
    for (int k = 0; k < s.size(); k += 89) {
      int i = k;
      int x = s.repeatTransactions(i);
      double tx = s.lastPurchaseTime(i);
      double age = s.age(i);
      double alive = model.probabilityAlive(x, tx, age);
      double expected = model.expectedTransactions(52, x, tx, age);
      double spend = SPEND.expectedSpend(x, s.meanRepeatSpend(i).orElse(0));
      double discounted = 0;
      double previous = 0;
      for (int week = 1; week <= 52; week++) {
        double cumulative = model.expectedTransactions(week, x, tx, age);
        discounted += (cumulative - previous) * FIFTEEN_PERCENT.discountFactor(week, DurationUnit.WEEK);
        previous = cumulative;
      }
      double clv = discounted * spend;
      double median = model.medianTimeToNextTransaction(x, age);
      CustomerPrediction one = p.prediction(i);
      assertAll(model + ", customer " + s.customerId(i),
          () -> assertEquals(alive, one.probabilityAlive(), 1e-15),
          () -> assertEquals(expected, one.expectedTransactions(), 1e-12 * (1 + expected)),
          () -> assertEquals(spend, one.expectedSpend().getAsDouble(), 1e-12),
          () -> assertEquals(clv, one.predictedClv().getAsDouble(), 1e-9 * (1 + clv)),
          () -> assertTrue(clv < expected * spend || expected == 0),
          () -> assertEquals(median, one.timeToNextTransaction(), 1e-12),
          () -> assertEquals(Optional.of(Cdnow.CALIBRATION_END.plusDays(Math.round(median * 7))),
              one.expectedNextTransactionDate()),
          () -> assertEquals(ChurnRiskBands.defaults().classify(alive), one.churnRisk()));
    }
  }

  @Test
  void paretoNbdClvOverAnUnlimitedHorizonApproachesDertFromBelow() {
    // DERT discounts each transaction when it happens; the predictor from the end of its week. Over
    // 10,000 weeks the discount factor at 15 % a year falls below 1e-11, so the horizon is unlimited in
    // effect, and v(1 week) DERT <= CLV / E[M] <= DERT.
    double delta = FIFTEEN_PERCENT.continuousRate(DurationUnit.WEEK);
    int[] x = {0, 2, 26, 300};
    double[] tx = {0, 213.0 / 7, 30.86, 38};
    double[] age = {272.0 / 7, 272.0 / 7, 31, 39};
    double[] meanSpend = {Double.NaN, 22.345, 40, 15};
    CustomerPredictions p = ClvPredictor.newBuilder().model(PARETO_NBD).spendModel(SPEND)
        .timeUnit(DurationUnit.WEEK).horizon(10_000).discountRate(FIFTEEN_PERCENT).build()
        .predict(x, tx, age, meanSpend);
    for (int i = 0; i < x.length; i++) {
      double dert = PARETO_NBD.discountedExpectedResidualTransactions(FIFTEEN_PERCENT, DurationUnit.WEEK, x[i],
          tx[i], age[i]);
      double value = dert * SPEND.expectedSpend(x[i], meanSpend[i]);
      double clv = p.predictedClv(i).getAsDouble();
      String where = "x = " + x[i] + ": CLV " + clv + ", E[M] DERT " + value;
      assertTrue(clv < value && clv >= Math.exp(-delta) * value, where);
      // Expected purchases spread almost evenly over each week: the gap is close to delta / 2.
      assertEquals(1 - delta / 2, clv / value, 1e-5, where);
      // The predictions' own DERT is the model's, whatever the horizon.
      assertEquals(dert, p.dert(i).getAsDouble(), 1e-13 * dert, where);
    }
  }

  @Test
  void paretoNbdPredictionsCarryTheModelsDert() {
    CustomerSummaries s = Cdnow.summaries();
    for (double horizon : new double[] {13, 52}) {
      CustomerPredictions p = ClvPredictor.newBuilder().model(PARETO_NBD).spendModel(SPEND)
          .timeUnit(DurationUnit.WEEK).horizon(horizon).discountRate(FIFTEEN_PERCENT).build().predict(s);
      assertTrue(p.hasDert());
      assertEquals(Optional.empty(), p.dertUnavailableReason());
      double[] all = p.dert();
      for (int i = 0; i < s.size(); i += 37) {
        double dert = PARETO_NBD.discountedExpectedResidualTransactions(FIFTEEN_PERCENT, DurationUnit.WEEK,
            s.repeatTransactions(i), s.lastPurchaseTime(i), s.age(i));
        String where = "customer " + s.customerId(i) + ", horizon " + horizon;
        assertEquals(dert, p.dert(i).getAsDouble(), 1e-13 * dert, where);
        assertEquals(dert, all[i], 1e-13 * dert, where);
        assertEquals(p.dert(i), p.prediction(i).dert(), where);
        // DERT counts every future transaction, discounted: more than the discounted ones of a year.
        assertTrue(dert * SPEND.expectedSpend(s.repeatTransactions(i), s.meanRepeatSpend(i).orElse(0))
            > p.predictedClv(i).getAsDouble(), where);
      }
    }
    // The same rate stated as a continuous weekly rate gives the same DERT.
    DiscountRate weekly = DiscountRate.continuous(FIFTEEN_PERCENT.continuousRate(DurationUnit.WEEK),
        DurationUnit.WEEK);
    CustomerPredictions continuous = ClvPredictor.newBuilder().model(PARETO_NBD).timeUnit(DurationUnit.WEEK)
        .horizon(52).discountRate(weekly).build().predict(s);
    CustomerPredictions annual = ClvPredictor.newBuilder().model(PARETO_NBD).timeUnit(DurationUnit.WEEK)
        .horizon(52).discountRate(FIFTEEN_PERCENT).build().predict(s);
    for (int i = 0; i < s.size(); i += 101) {
      assertEquals(annual.dert(i).getAsDouble(), continuous.dert(i).getAsDouble(),
          1e-12 * annual.dert(i).getAsDouble());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("continuousModels")
  void everyContinuousModelsPredictionsCarryItsDert(TransactionModel model) {
    CustomerSummaries s = Cdnow.summaries();
    CustomerPredictions p = ClvPredictor.newBuilder().model(model).timeUnit(DurationUnit.WEEK).horizon(52)
        .discountRate(FIFTEEN_PERCENT).dertByQuadrature(true).build().predict(s);
    assertTrue(p.hasDert());
    for (int i = 0; i < s.size(); i += 53) {
      int x = s.repeatTransactions(i);
      double tx = s.lastPurchaseTime(i);
      double age = s.age(i);
      double dert = model instanceof ParetoNbdModel pareto
          ? pareto.discountedExpectedResidualTransactions(FIFTEEN_PERCENT, DurationUnit.WEEK, x, tx, age)
          : ((BetaGeometricNbdModel) model).discountedExpectedResidualTransactions(FIFTEEN_PERCENT,
              DurationUnit.WEEK, x, tx, age);
      assertEquals(dert, p.dert(i).getAsDouble(), 1e-13 * dert, model + ", customer " + s.customerId(i));
    }
  }

  @Test
  void bgNbdsDertIsComputedOnlyOnRequest() {
    for (TransactionModel model : new TransactionModel[] {BG_NBD, MBG_NBD}) {
      ClvPredictor predictor = ClvPredictor.newBuilder().model(model).timeUnit(DurationUnit.WEEK).horizon(52)
          .discountRate(FIFTEEN_PERCENT).build();
      CustomerPredictions p = predictor.predict(new int[] {2}, new double[] {30}, new double[] {39},
          new double[] {Double.NaN});
      String name = model == BG_NBD ? "BG/NBD" : "MBG/NBD";
      String reason = name + "'s DERT (discounted expected residual transactions) has no closed form: it is "
          + "computed by quadrature only on request (ClvPredictor.Builder.dertByQuadrature), which about triples "
          + "the time of the predictions";
      assertAll(name,
          () -> assertEquals(Optional.of(reason), predictor.dertUnavailableReason()),
          () -> assertEquals(Optional.of(reason), p.dertUnavailableReason()),
          () -> assertEquals(OptionalDouble.empty(), p.dert(0)),
          () -> assertTrue(Double.isNaN(p.dert()[0])));
    }
    // Pareto/NBD's closed form needs no request, and asking changes nothing.
    CustomerSummaries s = Cdnow.summaries();
    assertEquals(ClvPredictor.newBuilder().model(PARETO_NBD).timeUnit(DurationUnit.WEEK).horizon(52)
            .discountRate(FIFTEEN_PERCENT).build().predict(s),
        ClvPredictor.newBuilder().model(PARETO_NBD).timeUnit(DurationUnit.WEEK).horizon(52)
            .discountRate(FIFTEEN_PERCENT).dertByQuadrature(true).build().predict(s));
  }

  @Test
  void dertIsUnavailableWithAReasonAtAZeroRate() {
    CustomerSummaries s = Cdnow.summaries();
    for (TransactionModel model : new TransactionModel[] {BG_NBD, PARETO_NBD}) {
      ClvPredictor predictor = ClvPredictor.newBuilder().model(model).timeUnit(DurationUnit.WEEK).horizon(52)
          .dertByQuadrature(true).build();
      CustomerPredictions undiscounted = predictor.predict(s);
      String reason = "DERT needs a positive discount rate: undiscounted, the expected transactions over an "
          + "unlimited horizon can be infinite";
      assertAll(model.name(),
          () -> assertEquals(Optional.of(reason), predictor.dertUnavailableReason()),
          () -> assertEquals(Optional.of(reason), undiscounted.dertUnavailableReason()),
          () -> assertEquals(false, undiscounted.hasDert()),
          () -> assertEquals(OptionalDouble.empty(), undiscounted.dert(5)),
          () -> assertEquals(OptionalDouble.empty(), undiscounted.prediction(5).dert()),
          () -> assertTrue(Arrays.stream(undiscounted.dert()).allMatch(Double::isNaN)));
    }
    DiscountRate tenPercent = DiscountRate.annualEffective(0.1);
    CustomerPredictions bgbb = ClvPredictor.newBuilder().model(BG_BB).timeUnit(DurationUnit.YEAR).horizon(5)
        .discountRate(tenPercent).build().predict(new int[] {2, 0}, new double[] {4, 0},
            new double[] {6, 6}, new double[] {Double.NaN, Double.NaN});
    assertTrue(bgbb.hasDert());
    for (int i = 0; i < 2; i++) {
      double dert = BG_BB.discountedExpectedResidualTransactions(tenPercent, DurationUnit.YEAR, 2 * (1 - i),
          4 * (1 - i), 6);
      assertEquals(dert, bgbb.dert(i).getAsDouble(), 1e-13 * dert);
    }
  }

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
        () -> assertEquals(DiscountRate.none(), predictor.discountRate()),
        () -> assertEquals(DiscountRate.none(), p.discountRate()),
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

  static Stream<TransactionModel> allModels() {
    return Stream.of(BG_NBD, PARETO_NBD, MBG_NBD, BG_BB);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allModels")
  void largeInputsGiveTheSameResultAsOneCustomerAtATime(TransactionModel model) {
    // CDNOW's customers (or the donors, in whole opportunities, for BG/BB) many times over: several
    // parallel chunks.
    WeightedSummaries rows = model instanceof BgBbModel ? Donations.calibration() : Cdnow.weighted();
    int copies = (int) Math.ceil(70_000 / rows.totalWeight());
    int n = (int) rows.totalWeight() * copies;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] spend = new double[n];
    int k = 0;
    for (int c = 0; c < copies; c++) {
      for (int row = 0; row < rows.rows(); row++) {
        for (int w = 0; w < rows.weight(row); w++, k++) {
          x[k] = rows.repeatTransactions(row);
          tx[k] = rows.lastPurchaseTime(row);
          age[k] = rows.age(row) + c; // different ages, so that groups differ between copies
          spend[k] = 10 + x[k];
        }
      }
    }
    ClvPredictor predictor = ClvPredictor.newBuilder().model(model).spendModel(SPEND).timeUnit(DurationUnit.WEEK)
        .horizon(13).discountRate(DiscountRate.annualEffective(0.1)).build();
    CustomerPredictions all = predictor.predict(x, tx, age, spend);
    assertEquals(all, predictor.predict(x, tx, age, spend), "deterministic");
    for (int i = 0; i < n; i += 1013) {
      CustomerPredictions one = predictor.predict(new int[] {x[i]}, new double[] {tx[i]}, new double[] {age[i]},
          new double[] {spend[i]});
      assertEquals(one.prediction(0), all.prediction(i), "customer " + i);
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
        () -> assertEquals("discountRate must be set only once",
            assertThrows(IllegalStateException.class, () -> ClvPredictor.newBuilder()
                .discountRate(DiscountRate.none()).discountRate(FIFTEEN_PERCENT)).getMessage()),
        () -> assertEquals("horizon must be set",
            assertThrows(IllegalStateException.class, () -> ClvPredictor.newBuilder().model(BG_NBD)
                .timeUnit(DurationUnit.WEEK).build()).getMessage()),
        () -> assertEquals("mean repeat spend must be finite and not negative where x > 0: NaN (index 0)",
            assertThrows(IllegalArgumentException.class, () -> predictor(5, 0).predict(new int[] {1},
                new double[] {1}, new double[] {2}, new double[] {Double.NaN})).getMessage()));
  }

  @Test
  void worksForBgBbInWholeOpportunities() {
    CustomerPredictions p = ClvPredictor.newBuilder().model(BG_BB).timeUnit(DurationUnit.YEAR).horizon(5).build()
        .predict(new int[] {2}, new double[] {4}, new double[] {6}, new double[] {Double.NaN});
    assertEquals(1.0575740475569178, p.expectedTransactions(0), 1e-12);
  }

  private static ClvPredictor predictor(double horizon, double discount) {
    return ClvPredictor.newBuilder().model(BG_NBD).spendModel(SPEND).timeUnit(DurationUnit.WEEK).horizon(horizon)
        .discountRate(DiscountRate.annualEffective(discount)).build();
  }
}
