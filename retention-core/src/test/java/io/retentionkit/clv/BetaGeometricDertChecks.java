package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks of the DERT that the BG/NBD and MBG/NBD models integrate over the dropout probability. */
final class BetaGeometricDertChecks {
  private BetaGeometricDertChecks() {}

  /**
   * Asserts the DERT at 15 % a year (effective, in weeks) of each case {x, t_x, T, expected} to 11 digits,
   * and that it falls strictly as a continuous rate rises while staying finite for a heavy buyer.
   */
  static void assertDert(TransactionModel model, double[][] cases) {
    BetaGeometricNbdModel betaGeometric = (BetaGeometricNbdModel) model;
    DiscountRate rate = DiscountRate.annualEffective(0.15);
    for (double[] c : cases) {
      double dert = betaGeometric.discountedExpectedResidualTransactions(rate, DurationUnit.WEEK, (int) c[0], c[1],
          c[2]);
      assertEquals(c[3], dert, 1e-11 * c[3], "x = " + c[0]);
    }
    double previous = Double.POSITIVE_INFINITY;
    for (double delta = 1e-5; delta < 100; delta *= 3) {
      double dert = betaGeometric.discountedExpectedResidualTransactions(
          DiscountRate.continuous(delta, DurationUnit.WEEK), DurationUnit.WEEK, 1000, 99.9, 100);
      assertTrue(dert > 0 && dert < previous, "delta " + delta + ": " + dert);
      previous = dert;
    }
  }
}
