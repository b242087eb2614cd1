package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
