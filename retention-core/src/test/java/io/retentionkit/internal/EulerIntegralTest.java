package io.retentionkit.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.apache.commons.numbers.gamma.LogBeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class EulerIntegralTest {

  /**
   * ln J = ln B(mu, nu + kappa - mu) + ln 2F1(kappa, mu; nu + kappa; 1 - e^ell), from mpmath 1.3.0 at 40
   * significant digits with the exact binary values of the doubles: the Pareto/NBD tail integrals
   * (mu = 1) of heavy buyers and of the limit of large s and beta, slowly decaying tails on either side, a
   * peaked integrand and a positive ell.
   */
  @ParameterizedTest(name = "ln J({0}, {1}, {2}, {3}) = {4}")
  @CsvSource({
    "1.0, 3.5, 1000.0, -6.907755278982137, -1.33751292615707814653",
    "1.0, 50.5, 1000000.0, -13.815510557964274, -3.92237296345471530636",
    "1.0, 0.6, 1000000.0, -13.815510557964274, -0.327978908740835346239",
    "1.0, 0.55, 1.6, -6.907755278982137, 3.78051163613132885005",
    "1.0, 2.5, 3.0, -0.6931471805599453, -1.16730415532140642791",
    "0.001, 0.55, 1.6, -6.907755278982137, 6.90882375192251212617",
    "1.0, 0.001, 1.01, -6.907755278982137, 11.4107254060010355103",
    "250.5, 400.0, 120.0, -4.605170185988091, -267.704849143932458194",
    "2.0, 10000.0, 10000.0, 3.0, -24.5175825353691497226",
  })
  void matchesHighPrecisionValues(double mu, double nu, double kappa, double ell, double expected) {
    assertEquals(expected, EulerIntegral.log(mu, nu, kappa, ell), 2e-14 * Math.max(1, Math.abs(expected)));
  }

  static Stream<Arguments> closedForms() {
    double rho = 1e-9;
    return Stream.of(
        // integral of dv / ((1 + v)(1 + rho v)) = ln(1/rho) / (1 - rho)
        Arguments.of(1.0, 1.0, 1.0, Math.log(rho), Math.log(-Math.log(rho) / (1 - rho))),
        Arguments.of(1.0, 1.0, 1.0, Math.log(0.5), Math.log(Math.log(2) / 0.5)),
        // kappa = 0: the beta integral of v^(mu-1) (1 + v)^-nu = B(mu, nu - mu)
        Arguments.of(0.75, 40.0, 0.0, -3.0, LogBeta.value(0.75, 39.25)),
        // nu = 0: v = w / rho turns it into rho^-mu B(mu, kappa - mu)
        Arguments.of(3.5, 0.0, 1e5, Math.log(rho), -3.5 * Math.log(rho) + LogBeta.value(3.5, 1e5 - 3.5)));
  }

  @ParameterizedTest(name = "ln J({0}, {1}, {2}, {3}) = {4}")
  @MethodSource("closedForms")
  void matchesClosedForms(double mu, double nu, double kappa, double ell, double expected) {
    assertEquals(expected, EulerIntegral.log(mu, nu, kappa, ell), 1e-14 * Math.max(1, Math.abs(expected)));
  }

  @Test
  void approachesTheScaledExponentialIntegralAsKappaGrows() {
    // (1 + rho v)^-kappa tends to e^(-lambda v) as kappa grows with kappa rho = lambda fixed, so the integral
    // of (1 + v)^-e (1 + rho v)^-kappa dv tends to e^lambda E_e(lambda), with an error of order lambda^2/kappa.
    for (double e : new double[] {0.55, 2.5, 50.5}) {
      for (double lambda : new double[] {0.01, 1, 30}) {
        double kappa = 1e12;
        assertEquals(ExponentialIntegral.logScaled(e, lambda), EulerIntegral.log(1, e, kappa, Math.log(lambda / kappa)),
            1e-11 + 10 * lambda * lambda / kappa, () -> e + " " + lambda);
      }
    }
  }

  @Test
  void meansAreTheDerivativesOfTheLogarithm() {
    double[][] cases = {{1, 3.5, 1000, Math.log(1e-3)}, {1, 0.6, 1e6, Math.log(1e-6)}, {0.5, 2, 7, 1.5}};
    for (double[] c : cases) {
      double[] means = new double[EulerIntegral.MEANS];
      double value = EulerIntegral.logWithMeans(c[0], c[1], c[2], c[3], means);
      double hNu = 1e-5 * c[1];
      double hKappa = 1e-5 * c[2];
      double hEll = 1e-5;
      double byNu = (EulerIntegral.log(c[0], c[1] + hNu, c[2], c[3]) - EulerIntegral.log(c[0], c[1] - hNu, c[2], c[3]))
          / (2 * hNu);
      double byKappa = (EulerIntegral.log(c[0], c[1], c[2] + hKappa, c[3])
          - EulerIntegral.log(c[0], c[1], c[2] - hKappa, c[3])) / (2 * hKappa);
      double byEll = (EulerIntegral.log(c[0], c[1], c[2], c[3] + hEll) - EulerIntegral.log(c[0], c[1], c[2], c[3] - hEll))
          / (2 * hEll);
      assertAll(
          () -> assertEquals(EulerIntegral.log(c[0], c[1], c[2], c[3]), value, 1e-14 * Math.max(1, Math.abs(value))),
          () -> assertEquals(-byNu, means[0], 1e-6 * Math.max(1, Math.abs(byNu))),
          () -> assertEquals(-byKappa, means[1], 1e-6 * Math.max(1, Math.abs(byKappa))),
          () -> assertEquals(-byEll / c[2], means[2], 1e-6 * Math.max(1, Math.abs(byEll / c[2]))),
          () -> assertEquals(1, means[2] + means[3], 1e-14));
    }
  }

  @Test
  void rejectsArgumentsOutsideTheDomain() {
    assertAll(
        () -> assertEquals("mu must be positive and finite: 0.0",
            assertThrows(IllegalArgumentException.class, () -> EulerIntegral.log(0, 1, 1, 0)).getMessage()),
        () -> assertEquals("nu must be non-negative and finite: -1.0",
            assertThrows(IllegalArgumentException.class, () -> EulerIntegral.log(1, -1, 3, 0)).getMessage()),
        () -> assertEquals("kappa must be non-negative and finite: NaN",
            assertThrows(IllegalArgumentException.class, () -> EulerIntegral.log(1, 2, Double.NaN, 0)).getMessage()),
        () -> assertEquals("ell must be finite: Infinity",
            assertThrows(IllegalArgumentException.class,
                () -> EulerIntegral.log(1, 2, 2, Double.POSITIVE_INFINITY)).getMessage()),
        () -> assertEquals("nu + kappa must exceed mu: 2.0",
            assertThrows(IllegalArgumentException.class, () -> EulerIntegral.log(2, 1, 1, 0)).getMessage()),
        () -> assertEquals("means must have length at least 4: 3",
            assertThrows(IllegalArgumentException.class,
                () -> EulerIntegral.logWithMeans(1, 2, 2, 0, new double[3])).getMessage()));
  }
}
