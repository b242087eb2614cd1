package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class BgNbdModelTest {
  private static final BgNbdModel PUBLISHED = BgNbdModel.of(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
  private static final BgNbdModel NOTE_027 = BgNbdModel.of(new BgNbdParameters(0.25, 4, 0.8, 2.5));

  @Test
  void fitsCdnowAsPublished() {
    ModelFit<BgNbdModel> fit = BgNbdModel.fit(Cdnow.weighted());
    BgNbdParameters p = fit.model().parameters();
    assertAll(
        () -> assertTrue(fit.diagnostics().converged(), fit.diagnostics().toString()),
        () -> assertEquals(0.2425945, p.r(), 0.2425945e-3),
        () -> assertEquals(4.4136019, p.alpha(), 4.4136019e-3),
        () -> assertEquals(0.7929199, p.a(), 0.7929199e-3),
        () -> assertEquals(2.4258881, p.b(), 2.4258881e-3),
        () -> assertEquals(-9582.429, fit.diagnostics().logLikelihood(), 1e-2),
        () -> assertEquals(2357.0, fit.diagnostics().observations()),
        () -> assertEquals(List.of("r", "alpha", "a", "b"),
            List.copyOf(fit.diagnostics().standardErrors().keySet())),
        () -> assertTrue(fit.diagnostics().gradientNorm() <= 1e-5));
  }

  @Test
  void conditionalExpectationOfCustomerOne() {
    BgNbdModel model = BgNbdModel.fit(Cdnow.weighted()).model();
    assertEquals(1.226, model.expectedTransactions(39, 2, 30.43, 38.86), 1e-3);
  }

  @Test
  void unconditionalExpectations() {
    BgNbdModel model = BgNbdModel.fit(Cdnow.weighted()).model();
    double[] times = {0.1429, 1, 3, 31.8571, 32, 78};
    double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
    for (int i = 0; i < times.length; i++) {
      assertEquals(expected[i], model.expectedTransactions(times[i]), 5e-4, "t " + times[i]);
    }
    assertEquals(0, model.expectedTransactions(0));
  }

  @Test
  void probabilitiesOfTransactionCounts() {
    // Published to 6 significant digits: within half a unit of the last one.
    assertEquals(1.07869e-07, PUBLISHED.probabilityOfTransactions(10, 2), 0.000005e-07);
    assertEquals(0.5737864, PUBLISHED.probabilityOfTransactions(0, 39), 1e-7);
    double[] expected = {0.0019995214, 0.0015170236, 0.0011633150, 0.0009003148, 0.0007023638, 0.0005517902,
        0.0004361913, 0.0003467171, 0.0002769613, 0.0002222260};
    for (int n = 11; n <= 20; n++) {
      assertEquals(expected[n - 11], PUBLISHED.probabilityOfTransactions(n, 30), 1e-10, "n " + n);
    }
  }

  @Test
  void probabilitiesSumToOneAndMatchTheExpectation() {
    for (double t : new double[] {1, 39, 200}) {
      double sum = 0;
      double mean = 0;
      for (int n = 0; n < 20_000; n++) {
        double p = PUBLISHED.probabilityOfTransactions(n, t);
        sum += p;
        mean += n * p;
      }
      assertEquals(1, sum, 1e-9, "t " + t);
      assertEquals(PUBLISHED.expectedTransactions(t), mean, 1e-6, "t " + t);
    }
    double sum = 0;
    double mean = 0;
    for (int n = 0; n < 5_000; n++) {
      double p = PUBLISHED.probabilityOfTransactions(n, 39, 2, 30.43, 38.86);
      sum += p;
      mean += n * p;
    }
    assertEquals(1, sum, 1e-9);
    assertEquals(PUBLISHED.expectedTransactions(39, 2, 30.43, 38.86), mean, 1e-8);
  }

  @Test
  void hardieNote027LikelihoodsStayFinite() {
    assertEquals(-0.59947382, NOTE_027.logLikelihood(0, 0, 40), 1e-8);
    assertEquals(100.7957, NOTE_027.logLikelihood(200, 38, 40), 1e-4);
  }

  @Test
  void customersWithoutRepeatsAreCertainlyAlive() {
    assertEquals(1.0, PUBLISHED.probabilityAlive(0, 0, 39));
    assertEquals(1.0, PUBLISHED.probabilityAlive(0, 0, 1e9));
  }

  @Test
  void heavyBuyerWhoStoppedLongAgoIsDeadWithoutOverflow() {
    assertEquals(0.0, PUBLISHED.probabilityAlive(1000, 10, 100));
    double expected = PUBLISHED.expectedTransactions(52, 1000, 10, 100);
    assertTrue(Double.isFinite(expected) && expected >= 0 && expected < 1e-100, "E " + expected);
  }

  @Test
  void heavyActiveBuyerHasFinitePredictions() {
    // 40-digit mpmath values of eq. 10; ((α+T)/(α+t_x))^(r+x) and the 2F1 terms are far beyond a double.
    assertEquals(0.99793939844361808, PUBLISHED.probabilityAlive(1000, 99.9, 100), 1e-15);
    assertEquals(420.88057442562838, PUBLISHED.expectedTransactions(52, 1000, 99.9, 100), 1e-9);
  }

  @Test
  void expectationIsContinuousAcrossTheRemovableSingularities() {
    for (double b : new double[] {0.05, 0.5, 2}) {
      double below = BgNbdModel.of(new BgNbdParameters(0.5, 3, 1 - 1e-4, b)).expectedTransactions(10);
      double at = BgNbdModel.of(new BgNbdParameters(0.5, 3, 1, b)).expectedTransactions(10);
      double above = BgNbdModel.of(new BgNbdParameters(0.5, 3, 1 + 1e-4, b)).expectedTransactions(10);
      assertTrue(Math.abs(at - below) < 1e-4 && Math.abs(at - above) < 1e-4, b + ": " + below + " " + at + " " + above);
    }
    // a + b < 1: 30-digit quadrature of E_p[(1 − (α/(α+pt))^r)/p], p ~ beta(0.3, 0.5).
    assertEquals(1.08287781830909, BgNbdModel.of(new BgNbdParameters(0.5, 3, 0.3, 0.5)).expectedTransactions(10),
        1e-11);
  }

  @Test
  void medianWaitIsThatOfTheLomaxDistribution() {
    double r = 0.243 + 2;
    double alpha = 4.414 + 38.86;
    double median = PUBLISHED.medianTimeToNextTransaction(2, 38.86);
    assertEquals(0.5, Math.pow(alpha / (alpha + median), r), 1e-12);
  }

  @Test
  void refusesDataWithoutRepeatTransactions() {
    WeightedSummaries none = WeightedSummaries.of(new int[] {0, 0}, new double[] {0, 0}, new double[] {5, 6});
    assertEquals("data must contain at least one repeat transaction to fit BG/NBD: 2.0 customers without any",
        assertThrows(IllegalArgumentException.class, () -> BgNbdModel.fit(none)).getMessage());
  }

  @Test
  void rejectsInvalidCustomers() {
    assertEquals("last purchase time must be between 0 and the age 3.0: 4.0",
        assertThrows(IllegalArgumentException.class, () -> PUBLISHED.probabilityAlive(1, 4, 3)).getMessage());
    assertEquals("last purchase time must be 0 when there are no repeat transactions: 1.0",
        assertThrows(IllegalArgumentException.class, () -> PUBLISHED.probabilityAlive(0, 1, 3)).getMessage());
    assertEquals("horizon must be finite and not negative: -1.0",
        assertThrows(IllegalArgumentException.class, () -> PUBLISHED.expectedTransactions(-1)).getMessage());
    assertEquals("initial values must have the parameters [r, alpha, a, b] of the model being fitted: [p, q, gamma]",
        assertThrows(IllegalArgumentException.class, () -> BgNbdModel.fit(Cdnow.weighted(),
            FitOptions.defaults().withInitialValues(new GammaGammaParameters(1, 2, 3)))).getMessage());
  }

  @Test
  void dertEqualsTheLaplaceTransformOfTheExpectation() {
    // delta ∫ e^(-delta t) E[Y(t) | x, t_x, T] dt of the closed-form (2F1) expectation, and the one-dimensional
    // integral over the dropout probability that the model evaluates, agree to 17 digits in mpmath at 30
    // digits; delta = ln(1.15) / (365.25 / 7), 15 % a year in weeks.
    TransactionModel model = BgNbdModel.of(new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881));
    double[][] cases = {{0, 0, 272.0 / 7, 1.0195892706071717}, {2, 213.0 / 7, 272.0 / 7, 5.1797360868193035}, {26, 30.86, 31, 71.191539999281046},
        {100, 38, 39, 228.63725580436261}};
    // It also falls strictly as the rate rises, and stays finite for a heavy buyer.
    BetaGeometricDertChecks.assertDert(model, cases);
  }
}
