package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the repeat-transaction models over random parameters and customers. */
final class TransactionModelProperties {

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void probabilitiesAndExpectationsAreInRange(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (TransactionModel model : models(random)) {
      for (int k = 0; k < 40; k++) {
        boolean discrete = model instanceof BgBbModel;
        int x = random.nextInt(discrete ? 30 : 2000);
        double age = discrete ? x + random.nextInt(30) : random.nextDouble(0, 500);
        double tx = x == 0 ? 0 : discrete ? x + random.nextInt((int) age - x + 1) : random.nextDouble(0, age);
        double horizon = discrete ? random.nextInt(60) : random.nextDouble(0, 200);
        double alive = model.probabilityAlive(x, tx, age);
        double expected = model.expectedTransactions(horizon, x, tx, age);
        String where = model + " x=" + x + " tx=" + tx + " T=" + age + " t=" + horizon + " seed " + seed;
        assertTrue(alive >= 0 && alive <= 1, "P(alive) " + alive + " " + where);
        assertTrue(expected >= 0 && Double.isFinite(expected), "E " + expected + " " + where);
        assertTrue(Double.isFinite(model.logLikelihood(x, tx, age)), where);
        assertTrue(model.expectedTransactions(horizon) >= 0, where);
        assertTrue(model.medianTimeToNextTransaction(x, age) > 0, where);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void rescalingTimeAndTheRateParametersTogetherLeavesProbabilityAliveUnchanged(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double c = random.nextDouble(0.1, 10);
    double r = random.nextDouble(0.1, 3);
    double alpha = random.nextDouble(0.5, 20);
    double a = random.nextDouble(0.2, 3);
    double b = random.nextDouble(0.2, 5);
    int x = 1 + random.nextInt(50);
    double age = random.nextDouble(1, 100);
    double tx = random.nextDouble(0, age);
    assertEquals(BgNbdModel.of(new BgNbdParameters(r, alpha, a, b)).probabilityAlive(x, tx, age),
        BgNbdModel.of(new BgNbdParameters(r, c * alpha, a, b)).probabilityAlive(x, c * tx, c * age), 1e-12,
        "seed " + seed);
    assertEquals(MbgNbdModel.of(new MbgNbdParameters(r, alpha, a, b)).probabilityAlive(x, tx, age),
        MbgNbdModel.of(new MbgNbdParameters(r, c * alpha, a, b)).probabilityAlive(x, c * tx, c * age), 1e-12,
        "seed " + seed);
    double beta = random.nextDouble(0.5, 20);
    assertEquals(ParetoNbdModel.of(new ParetoNbdParameters(r, alpha, a, beta)).probabilityAlive(x, tx, age),
        ParetoNbdModel.of(new ParetoNbdParameters(r, c * alpha, a, c * beta)).probabilityAlive(x, c * tx, c * age),
        1e-12, "seed " + seed);
    assertEquals(BgNbdModel.of(new BgNbdParameters(r, alpha, a, b)).expectedTransactions(7, x, tx, age),
        BgNbdModel.of(new BgNbdParameters(r, c * alpha, a, b)).expectedTransactions(7 * c, x, c * tx, c * age),
        1e-9, "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void weightedLikelihoodIsTheSumOverCustomers(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 50;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextInt(4);
      age[i] = 1 + random.nextInt(5);
      tx[i] = x[i] == 0 ? 0 : random.nextInt((int) age[i] + 1);
    }
    WeightedSummaries folded = WeightedSummaries.of(x, tx, age);
    assertTrue(folded.rows() < n, "duplicates fold");
    for (TransactionModel model : models(random)) {
      if (model instanceof BgBbModel) {
        continue; // x may exceed t_x in these rows
      }
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += model.logLikelihood(x[i], tx[i], age[i]);
      }
      assertEquals(sum, model.logLikelihood(folded), 1e-9 * Math.abs(sum), model + " seed " + seed);
    }
  }

  private static List<TransactionModel> models(SplittableRandom random) {
    return List.of(
        BgNbdModel.of(new BgNbdParameters(random.nextDouble(0.05, 5), random.nextDouble(0.1, 50),
            random.nextDouble(0.05, 5), random.nextDouble(0.05, 10))),
        MbgNbdModel.of(new MbgNbdParameters(random.nextDouble(0.05, 5), random.nextDouble(0.1, 50),
            random.nextDouble(0.05, 5), random.nextDouble(0.05, 10))),
        ParetoNbdModel.of(new ParetoNbdParameters(random.nextDouble(0.05, 5), random.nextDouble(0.1, 50),
            random.nextDouble(0.05, 5), random.nextDouble(0.1, 50))),
        BgBbModel.of(new BgBbParameters(random.nextDouble(0.05, 5), random.nextDouble(0.05, 5),
            random.nextDouble(0.05, 5), random.nextDouble(0.05, 5))));
  }
}
