package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class MbgNbdModelTest {
  private static final MbgNbdModel NOTE_027 = MbgNbdModel.of(new MbgNbdParameters(0.25, 4, 0.8, 2.5));
  private static final MbgNbdModel CDNOW = MbgNbdModel.of(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614));

  @Test
  void fitsCdnowAsLifetimesAndBtydplus() {
    ModelFit<MbgNbdModel> fit = MbgNbdModel.fit(Cdnow.weighted());
    MbgNbdParameters p = fit.model().parameters();
    assertAll(
        () -> assertTrue(fit.diagnostics().converged(), fit.diagnostics().toString()),
        () -> assertEquals(0.525, p.r(), 5e-4),
        () -> assertEquals(6.183, p.alpha(), 5e-4),
        () -> assertEquals(0.891, p.a(), 5e-4),
        () -> assertEquals(1.614, p.b(), 5e-4));
  }

  @Test
  void hardieNote027LikelihoodsStayFinite() {
    assertEquals(-0.41792826, NOTE_027.logLikelihood(0, 0, 40), 1e-8);
    assertEquals(100.7869, NOTE_027.logLikelihood(200, 38, 40), 1e-4);
  }

  @Test
  void customersWithoutRepeatsMayHaveDroppedOut() {
    // REFERENCE-VALUES.md states the property at x = 0, t_x = 1, T = 1. This library defines t_x as the time
    // of the last repeat purchase, which is 0 when there is none (as BTYD, CLVTools and the papers do), and
    // rejects t_x != 0 with x = 0 rather than guess what it means; MBG/NBD's P(alive) does not depend on
    // t_x when x = 0 anyway, so the property is checked at t_x = 0, T = 1.
    assertEquals("last purchase time must be 0 when there are no repeat transactions: 1.0",
        assertThrows(IllegalArgumentException.class, () -> CDNOW.probabilityAlive(0, 1, 1)).getMessage());
    double alive = CDNOW.probabilityAlive(0, 0, 1);
    assertTrue(alive < 1, "P(alive) " + alive);
    assertEquals(1 / (1 + 0.891 / 1.614 * Math.pow((6.183 + 1) / 6.183, 0.525)), alive, 1e-15);
  }

  @Test
  void probabilitiesSumToOneAndMatchTheExpectations() {
    for (double t : new double[] {1, 39, 200}) {
      double sum = 0;
      double mean = 0;
      for (int n = 0; n < 20_000; n++) {
        double p = CDNOW.probabilityOfTransactions(n, t);
        sum += p;
        mean += n * p;
      }
      assertEquals(1, sum, 1e-9, "t " + t);
      assertEquals(CDNOW.expectedTransactions(t), mean, 1e-6, "t " + t);
    }
    double sum = 0;
    double mean = 0;
    for (int n = 0; n < 5_000; n++) {
      double p = CDNOW.probabilityOfTransactions(n, 39, 2, 30.43, 38.86);
      sum += p;
      mean += n * p;
    }
    assertEquals(1, sum, 1e-9);
    assertEquals(CDNOW.expectedTransactions(39, 2, 30.43, 38.86), mean, 1e-8);
  }

  @Test
  void expectationsMatchBatislamsFormulas() {
    // b/(a−1) [1 − (α/(α+t))^r 2F1(r, b+1; a+b; t/(α+t))] and the conditional form, with 30-digit mpmath.
    assertEquals(1.1829536655971731, CDNOW.expectedTransactions(39), 1e-12);
    assertEquals(1.2629606232673536, CDNOW.expectedTransactions(39, 2, 30.43, 38.86), 1e-12);
  }

  @Test
  void heavyBuyerWhoStoppedLongAgoIsDeadWithoutOverflow() {
    assertEquals(0.0, CDNOW.probabilityAlive(1000, 10, 100));
  }

  @Test
  void refusesDataWithoutRepeatTransactions() {
    WeightedSummaries none = WeightedSummaries.of(new int[] {0, 0}, new double[] {0, 0}, new double[] {5, 6});
    assertEquals("data must contain at least one repeat transaction to fit MBG/NBD: 2.0 customers without any",
        assertThrows(IllegalArgumentException.class, () -> MbgNbdModel.fit(none)).getMessage());
  }

  @Test
  void dertEqualsTheLaplaceTransformOfTheExpectation() {
    // delta ∫ e^(-delta t) E[Y(t) | x, t_x, T] dt of the closed-form (2F1) expectation, and the one-dimensional
    // integral over the dropout probability that the model evaluates, agree to 17 digits in mpmath at 30
    // digits; delta = ln(1.15) / (365.25 / 7), 15 % a year in weeks.
    TransactionModel model = CDNOW;
    double[][] cases = {{0, 0, 272.0 / 7, 0.72636368053277852}, {2, 213.0 / 7, 272.0 / 7, 4.9337056902631744}, {26, 30.86, 31, 61.636120301153266}};
    // It also falls strictly as the rate rises, and stays finite for a heavy buyer.
    BetaGeometricDertChecks.assertDert(model, cases);
  }
}
