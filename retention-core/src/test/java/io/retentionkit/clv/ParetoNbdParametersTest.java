package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class ParetoNbdParametersTest {
  /** CLVTools' maximum-likelihood estimate on the CDNOW sample (REFERENCE-VALUES.md). */
  private static final ParetoNbdParameters CLVTOOLS = ParetoNbdParameters.of(0.55315, 10.57633, 0.60625, 11.67150);

  private static CdnowSample cdnow;

  @BeforeAll
  static void loadCdnow() {
    cdnow = CdnowSample.load();
  }

  @Test
  void readsTheCdnowCalibrationSample() {
    assertEquals(2357, cdnow.customers);
    double repeat = 0;
    for (int i = 0; i < cdnow.x.length; i++) {
      repeat += cdnow.weight[i] * cdnow.x[i];
    }
    assertEquals(2457, repeat);
  }

  @Test
  void logLikelihoodAtTheClvToolsEstimateIsThePublishedValue() {
    assertEquals(-9594.976, cdnow.logLikelihood(CLVTOOLS), 1e-2);
  }

  @Test
  void maximumLikelihoodReproducesThePublishedFitAndStandardErrors() {
    // Nelder-Mead on log-parameters from (1, 1, 1, 1), restarted once at its own optimum.
    double[] start = {0, 0, 0, 0};
    for (int round = 0; round < 2; round++) {
      start = NelderMead.minimise(p -> -cdnow.logLikelihood(fromLog(p)), start, 0.5, 4000);
    }
    ParetoNbdParameters fit = fromLog(start);
    double[] se = standardErrors(fit);
    assertAll(
        () -> assertEquals(0.55315, fit.r(), 1e-3 * 0.55315, "r"),
        () -> assertEquals(10.57633, fit.alpha(), 1e-3 * 10.57633, "alpha"),
        () -> assertEquals(0.60625, fit.s(), 1e-3 * 0.60625, "s"),
        // beta is weakly identified: published fits range over 11.656 to 11.672.
        () -> assertEquals(11.664, fit.beta(), 0.012, "beta"),
        () -> assertEquals(-9594.976, cdnow.logLikelihood(fit), 1e-2, "log-likelihood"),
        () -> assertEquals(0.0476264, se[0], 1e-2 * 0.0476264, "se(r)"),
        () -> assertEquals(0.8427222, se[1], 1e-2 * 0.8427222, "se(alpha)"),
        () -> assertEquals(0.1872594, se[2], 1e-2 * 0.1872594, "se(s)"),
        () -> assertEquals(6.2105448, se[3], 1e-2 * 6.2105448, "se(beta)"));
  }

  @ParameterizedTest(name = "E[X({0})] = {1}")
  @CsvSource({
    "0, 0", "1, 0.05077821", "2, 0.09916088", "3, 0.14542507", "4, 0.18979930", "5, 0.23247466",
    "6, 0.27361274", "7, 0.31335159", "8, 0.35181024", "9, 0.38909211"
  })
  void unconditionalExpectationMatchesThePublishedTable(double t, double expected) {
    assertEquals(expected, CLVTOOLS.expectedTransactions(t), 0.01);
  }

  @Test
  void predictsTheHeavyBuyerOfTheBtydVignette() {
    // x = 26, t_x = 30.86, T = 31. REFERENCE-VALUES.md lists 25.45647 and 0.997874, which no exact
    // evaluation reproduces at the stated parameters: mpmath quadrature of the likelihood integral at
    // 30 digits gives 25.4549135115 and 0.997917766552 there. The published checks (lifetimes: 25.46
    // within 0.01; BTYD: 0.9979) hold; the exact values are asserted to 1e-9.
    ParetoNbdParameters btyd = ParetoNbdParameters.of(0.5534, 10.5802, 0.6061, 11.6562);
    double expected = btyd.conditionalExpectedTransactions(52, 26, 30.86, 31);
    double alive = btyd.probabilityAlive(26, 30.86, 31);
    assertAll(
        () -> assertEquals(25.46, expected, 0.01),
        () -> assertEquals(0.9979, alive, 0.00005),
        () -> assertEquals(25.4549135115, expected, 1e-9),
        () -> assertEquals(0.997917766552, alive, 1e-11));
  }

  @Test
  void overflowFixtureStaysFinite() {
    ParetoNbdParameters p = ParetoNbdParameters.of(10.465, 0.00798565181, 3.0516, 2.820);
    int[] x = {400, 500, 500};
    double[] tx = {5, 1, 4};
    double[] age = {6, 37, 37};
    for (int i = 0; i < 3; i++) {
      double ll = p.logLikelihood(x[i], tx[i], age[i]);
      double alive = p.probabilityAlive(x[i] / 10, tx[i], age[i]);
      int row = i;
      assertTrue(Double.isFinite(ll), () -> "log-likelihood " + row);
      assertTrue(alive >= 0 && alive <= 1, () -> "P(alive) " + row + ": " + alive);
    }
  }

  @Test
  void underflowFixtureKeepsNeighbouringCountsApart() {
    ParetoNbdParameters p = ParetoNbdParameters.of(0.55, 10.58, 0.61, 11.67);
    double at132 = p.conditionalExpectedTransactions(10, 132, 200, 200);
    double at133 = p.conditionalExpectedTransactions(10, 133, 200, 200);
    assertEquals(6.2061, at132, 1e-4);
    assertEquals(6.2529, at133, 1e-4);
    assertTrue(at133 - at132 < 0.05 && at133 > at132);
  }

  @Test
  void nanGuardFixtureGivesFiniteProbabilities() {
    ParetoNbdParameters p = ParetoNbdParameters.of(0.5143, 2.8845, 0.2856, 14.1087);
    int[] x = {221, 254, 161, 204};
    double[] tx = {103.42857, 97.14286, 94.71429, 98.57143};
    double[] age = {103.57143, 97.28571, 98.00000, 99.42857};
    for (int i = 0; i < 4; i++) {
      double alive = p.probabilityAlive(x[i], tx[i], age[i]);
      assertTrue(alive >= 0 && alive <= 1, "P(alive) " + alive);
    }
  }

  @ParameterizedTest(name = "DERT(delta = {3}) for x = {0}")
  @CsvSource({
    // Fader, Hardie and Lee (2005) in its Tricomi-U form, with the likelihood by quadrature, in mpmath
    // at 30 digits, at the CLVTools estimate.
    "26, 30.86, 31, 0.0027, 86.0316269038558",
    "26, 30.86, 31, 0.1, 5.68978810152794",
    "0, 0, 38.857142857142854, 0.0027, 0.476960052769343",
    "2, 30.428571428571427, 38.857142857142854, 0.0027, 6.4823539291699",
  })
  void dertMatchesTheTricomiFormula(int x, double tx, double age, double delta, double expected) {
    assertEquals(expected, CLVTOOLS.discountedExpectedResidualTransactions(delta, x, tx, age), 1e-12 * expected);
  }

  @ParameterizedTest(name = "P(X({1}) = {0})")
  @CsvSource({
    // The defining integral over the dropout time by mpmath quadrature at 30 digits.
    "0, 39, 0.5935565956612597",
    "5, 39, 0.02149044963045966",
    "1, 78, 0.1535512386987481",
    "12, 0.5, 1.382970531473252e-17",
  })
  void countDistributionMatchesTheDefiningIntegral(int n, double t, double expected) {
    assertEquals(expected, CLVTOOLS.probabilityOfTransactions(n, t), 1e-13 * expected);
  }

  @Test
  void countDistributionStaysAccurateForHeavyBuyers() {
    ParetoNbdParameters p = ParetoNbdParameters.of(10.465, 0.00798565181, 3.0516, 2.820);
    // ln Gamma(r + 500) and friends bound the relative accuracy to about 1e-13 here.
    assertEquals(0.0004996757024633714, p.probabilityOfTransactions(500, 37), 1e-12 * 0.0005);
  }

  @Test
  void countDistributionSumsToOneWithTheUnconditionalMean() {
    for (double t : new double[] {0.5, 39}) {
      double total = 0;
      double mean = 0;
      for (int n = 0; n < 400; n++) {
        double probability = CLVTOOLS.probabilityOfTransactions(n, t);
        total += probability;
        mean += n * probability;
      }
      assertEquals(1, total, 1e-13, "t = " + t);
      assertEquals(CLVTOOLS.expectedTransactions(t), mean, 1e-12 * (1 + mean), "t = " + t);
    }
    assertEquals(1, CLVTOOLS.probabilityOfTransactions(0, 0));
    assertEquals(0, CLVTOOLS.probabilityOfTransactions(3, 0));
  }

  @Test
  void dertDecreasesStrictlyInTheDiscountRate() {
    int[][] histories = {{0, 0, 39}, {2, 30, 39}, {26, 30, 31}, {500, 38, 39}};
    for (int[] h : histories) {
      double previous = Double.POSITIVE_INFINITY;
      for (double delta = 1e-5; delta < 100; delta *= 1.5) {
        double dert = CLVTOOLS.discountedExpectedResidualTransactions(delta, h[0], h[1], h[2]);
        assertTrue(dert < previous && dert > 0, "x = " + h[0] + ", delta = " + delta);
        previous = dert;
      }
    }
  }

  @Test
  void aCustomerSeenAtTheEndIsAlive() {
    assertEquals(1, CLVTOOLS.probabilityAlive(3, 20, 20));
    assertEquals(1, CLVTOOLS.probabilityAlive(0, 0, 0));
    assertEquals(0, CLVTOOLS.conditionalExpectedTransactions(0, 3, 10, 20));
  }

  @Test
  void probabilityAliveDoesNotDependOnTheTimeUnit() {
    // Weeks to days: t_x and T times 7, alpha and beta times 7.
    ParetoNbdParameters days = ParetoNbdParameters.of(CLVTOOLS.r(), 7 * CLVTOOLS.alpha(), CLVTOOLS.s(),
        7 * CLVTOOLS.beta());
    for (int i = 0; i < cdnow.x.length; i += 7) {
      double weeks = CLVTOOLS.probabilityAlive(cdnow.x[i], cdnow.tx[i], cdnow.age[i]);
      double scaled = days.probabilityAlive(cdnow.x[i], 7 * cdnow.tx[i], 7 * cdnow.age[i]);
      assertEquals(weeks, scaled, 1e-12);
    }
  }

  @Test
  void handlesSEqualToOneByItsLimit() {
    ParetoNbdParameters one = ParetoNbdParameters.of(0.5, 10, 1, 12);
    ParetoNbdParameters near = ParetoNbdParameters.of(0.5, 10, 1 + 1e-9, 12);
    assertEquals(near.expectedTransactions(52), one.expectedTransactions(52), 1e-8);
    assertEquals(0.5 / 10 * 12 * Math.log1p(52.0 / 12), one.expectedTransactions(52), 1e-14);
    assertEquals(near.conditionalExpectedTransactions(52, 3, 20, 30),
        one.conditionalExpectedTransactions(52, 3, 20, 30), 1e-8);
  }

  static Stream<Arguments> invalidHistories() {
    return Stream.of(
        Arguments.of(-1, 0, 1, "x must not be negative: -1"),
        Arguments.of(1, 2, 1, "t_x must be in [0, T]: 2.0 (T = 1.0)"),
        Arguments.of(1, -1, 1, "t_x must be in [0, T]: -1.0 (T = 1.0)"),
        Arguments.of(0, 0.5, 1, "t_x must be 0 when x is 0: 0.5"),
        Arguments.of(1, 0, Double.POSITIVE_INFINITY, "T must be non-negative and finite: Infinity"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("invalidHistories")
  void rejectsInvalidHistories(int x, double tx, double age, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CLVTOOLS.probabilityAlive(x, tx, age));
    assertEquals(message, e.getMessage());
  }

  @Test
  void rejectsInvalidParametersAndRates() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ParetoNbdParameters.of(1, 0, 1, 1));
    assertEquals("alpha must be positive and finite: 0.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> CLVTOOLS.discountedExpectedResidualTransactions(0, 1, 1, 2));
    assertEquals("delta must be positive and finite: 0.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CLVTOOLS.expectedTransactions(-1));
    assertEquals("t must be non-negative and finite: -1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CLVTOOLS.probabilityOfTransactions(-1, 1));
    assertEquals("n must not be negative: -1", e.getMessage());
  }

  private static ParetoNbdParameters fromLog(double[] p) {
    return ParetoNbdParameters.of(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]));
  }

  /** Standard errors from the inverse of the observed information (central-difference Hessian). */
  private static double[] standardErrors(ParetoNbdParameters fit) {
    double[] theta = {fit.r(), fit.alpha(), fit.s(), fit.beta()};
    int n = theta.length;
    double[][] hessian = new double[n][n];
    double[] h = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = 1e-4 * theta[i];
    }
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double value = (ll(theta, i, h[i], j, h[j]) - ll(theta, i, h[i], j, -h[j])
            - ll(theta, i, -h[i], j, h[j]) + ll(theta, i, -h[i], j, -h[j])) / (4 * h[i] * h[j]);
        hessian[i][j] = -value;
        hessian[j][i] = -value;
      }
    }
    double[][] inverse = invert(hessian);
    double[] se = new double[n];
    for (int i = 0; i < n; i++) {
      se[i] = Math.sqrt(inverse[i][i]);
    }
    return se;
  }

  private static double ll(double[] theta, int i, double di, int j, double dj) {
    double[] t = theta.clone();
    t[i] += di;
    t[j] += dj;
    return cdnow.logLikelihood(ParetoNbdParameters.of(t[0], t[1], t[2], t[3]));
  }

  private static double[][] invert(double[][] m) {
    int n = m.length;
    double[][] a = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], 0, a[i], 0, n);
      a[i][n + i] = 1;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      double diagonal = a[col][col];
      for (int k = 0; k < 2 * n; k++) {
        a[col][k] /= diagonal;
      }
      for (int row = 0; row < n; row++) {
        if (row != col) {
          double factor = a[row][col];
          for (int k = 0; k < 2 * n; k++) {
            a[row][k] -= factor * a[col][k];
          }
        }
      }
    }
    double[][] inverse = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], n, inverse[i], 0, n);
    }
    return inverse;
  }
}
