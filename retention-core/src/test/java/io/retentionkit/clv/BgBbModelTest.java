package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class BgBbModelTest {
  private static final BgBbModel BTYD =
      BgBbModel.of(new BgBbParameters(1.203528, 0.7497260, 0.6567808, 2.783796));

  @Test
  void fitsTheDonationsAsPublished() {
    ModelFit<BgBbModel> fit = BgBbModel.fit(Donations.calibration());
    BgBbParameters p = fit.model().parameters();
    assertAll(
        () -> assertTrue(fit.diagnostics().converged(), fit.diagnostics().toString()),
        () -> assertEquals(11104.0, fit.diagnostics().observations()),
        () -> assertEquals(1.204, p.alpha(), 1e-3),
        () -> assertEquals(0.750, p.beta(), 1e-3),
        () -> assertEquals(0.657, p.gamma(), 1e-3),
        () -> assertEquals(2.783, p.delta(), 1.5e-3),
        () -> assertEquals(-33225.58, fit.diagnostics().logLikelihood(), 1e-2),
        () -> assertEquals(4, fit.diagnostics().standardErrors().size()));
  }

  @Test
  void probabilityAliveIn2002() {
    assertAll(
        () -> assertEquals(0.11, BTYD.probabilityAlive(0, 0, 6), 0.005),
        () -> assertEquals(0.59, BTYD.probabilityAlive(2, 4, 6), 0.005),
        () -> assertEquals(0.93, BTYD.probabilityAlive(6, 6, 6), 0.005));
  }

  @Test
  void unconditionalExpectedTransactions() {
    BgBbModel model = BgBbModel.of(new BgBbParameters(1.2035, 0.7497, 0.6567, 2.7834));
    double[] expected = {0.4985, 0.9233, 1.2969, 1.6323, 1.9381, 2.2202, 2.4826, 2.7285, 2.9603, 3.1798, 3.3887};
    assertEquals(0, model.expectedTransactions(0));
    for (int n = 1; n <= 11; n++) {
      assertEquals(expected[n - 1], model.expectedTransactions(n), 1e-4, "n " + n); // published truncated
    }
  }

  @Test
  void conditionalExpectationsEqualThePapersEquation13() {
    // Eq. 13 of Fader, Hardie & Shang (2010) evaluated directly with SciPy at BTYD's estimates.
    assertAll(
        () -> assertEquals(0.07286317363009648, BTYD.expectedTransactions(5, 0, 0, 6), 1e-12),
        () -> assertEquals(1.0575740475569178, BTYD.expectedTransactions(5, 2, 4, 6), 1e-12),
        () -> assertEquals(3.7525001941566387, BTYD.expectedTransactions(5, 6, 6, 6), 1e-12),
        () -> assertEquals(3.2251975901326424, BTYD.expectedTransactions(10, 3, 5, 6), 1e-12));
  }

  @Test
  void expectedHoldoutTransactionsOfAllDonorsEqualEquation13() {
    double total = 0;
    long actual = 0;
    for (String[] cell : Donations.recencyFrequencyMatrix()) {
      int x = (int) Double.parseDouble(cell[0]);
      double tx = Double.parseDouble(cell[1]);
      double n = Double.parseDouble(cell[2]);
      total += Double.parseDouble(cell[3]) * BTYD.expectedTransactions(5, x, tx, n);
      actual += (long) Double.parseDouble(cell[4]);
    }
    assertEquals(12883.96495628322, total, 1e-6);
    assertEquals(13260, actual);
  }

  @Test
  void probabilitiesOfTransactionCountsSumToOneAndMatchTheMean() {
    for (int n : new int[] {0, 1, 6, 11}) {
      double sum = 0;
      double mean = 0;
      for (int x = 0; x <= n; x++) {
        double p = BTYD.probabilityOfTransactions(x, n);
        sum += p;
        mean += x * p;
      }
      assertEquals(1, sum, 1e-12, "n " + n);
      assertEquals(BTYD.expectedTransactions(n), mean, 1e-12, "n " + n);
    }
    assertEquals(0, BTYD.probabilityOfTransactions(3, 2));
  }

  @ParameterizedTest(name = "DERT(d = {3}) at x = {0}, t_x = {1}, n = {2}")
  @CsvSource({
    // The paper's closed form B(α+x+1, β+n−x)/B(α,β) B(γ, δ+n+1)/((1+d) B(γ,δ)) 2F1(1, δ+n+1; γ+δ+n+1;
    // 1/(1+d)) / L, in mpmath at 40 digits, at BTYD's estimate.
    "0, 0, 6, 0.1, 0.11475077632460028",
    "0, 0, 6, 0.01, 0.51741586248146596",
    "2, 4, 6, 0.1, 1.665552527179236",
    "6, 6, 6, 0.1, 5.9097386098459304",
    "6, 6, 6, 0.01, 26.647248914497513",
    "3, 5, 6, 0.1, 2.8421350736574217",
    "1, 1, 6, 0.01, 0.60852927864886447",
  })
  void dertMatchesThePapersClosedForm(int x, int tx, int n, double rate, double expected) {
    double dert = BTYD.discountedExpectedResidualTransactions(DiscountRate.annualEffective(rate),
        DurationUnit.YEAR, x, tx, n);
    assertEquals(expected, dert, 1e-12 * expected);
  }

  @Test
  void dertNeedsAPositiveRate() {
    assertEquals("discount rate must be positive for DERT: " + DiscountRate.none(),
        assertThrows(IllegalArgumentException.class, () -> BTYD.discountedExpectedResidualTransactions(
            DiscountRate.none(), DurationUnit.YEAR, 1, 1, 6)).getMessage());
  }

  @Test
  void medianOpportunitiesToTheNextTransaction() {
    // P(K > k) = B(α+x, β+n−x+k) / B(α+x, β+n−x): for x = 0, P(K > 5) = 0.51 and P(K > 6) = 0.47.
    assertEquals(1, BTYD.medianTimeToNextTransaction(6, 6));
    assertEquals(6, BTYD.medianTimeToNextTransaction(0, 6));
  }

  @Test
  void rejectsContinuousTimes() {
    assertEquals("opportunities must be whole numbers: t_x 1.5, n 6.0",
        assertThrows(IllegalArgumentException.class, () -> BTYD.probabilityAlive(1, 1.5, 6)).getMessage());
    assertEquals("horizon must be a whole number of opportunities: 2.5",
        assertThrows(IllegalArgumentException.class, () -> BTYD.expectedTransactions(2.5)).getMessage());
    assertEquals("repeat transactions must not exceed t_x: x 3, t_x 2.0",
        assertThrows(IllegalArgumentException.class, () -> BTYD.probabilityAlive(3, 2, 6)).getMessage());
  }

  @Test
  void refusesDataWithoutRepeatTransactions() {
    WeightedSummaries none = WeightedSummaries.of(new int[] {0, 0}, new double[] {0, 0}, new double[] {6, 6});
    assertEquals("data must contain at least one repeat transaction to fit BG/BB: 2.0 customers without any",
        assertThrows(IllegalArgumentException.class, () -> BgBbModel.fit(none)).getMessage());
  }
}
