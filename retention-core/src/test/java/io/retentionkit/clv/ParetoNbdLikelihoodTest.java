package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ParetoNbdLikelihoodTest {

  /**
   * One customer's log-likelihood where alpha and beta are 10^4 to 10^6 apart and s is large, so that the
   * tail integrals are not taken by their series in z (but by the connection formula's series in rho, or
   * by quadrature; see TailIntegral), from mpmath 1.3.0 (the 2F1 form of the likelihood at 40
   * significant digits, with the exact doubles). In the first two the terms r ln alpha and s ln beta, of the
   * order of 10 and 200, cancel to a log-likelihood near 0.
   */
  @ParameterizedTest(name = "ln L({0}, {1}, {2}, {3} | {4}, {5}, {6}) = {7}")
  @CsvSource({
    "1.0064945561940524, 104826.14340964449, 32.15179200248213, 0.7261222813596335, 0, 0.0, 6.1382013646242175, "
        + "-2.2380428608044475557e-7",
    "0.11116243127424812, 31710.527347924322, 982.5845591504134, 1.2370637643839626, 0, 0.0, 78.78401229776686, "
        + "-4.4179309313739432692e-9",
    "0.17008533486198074, 3060314.6029087794, 0.8530062626656844, 5.447250441534654, 1, 7.047765632029558, "
        + "7.526365678456865, -17.413668053018321071",
    "0.1509657069386724, 3.783414488923224, 0.19910354893735696, 353415.2412227118, 118, 28.54657402948165, "
        + "40.97306648549896, 16.205489289739739749",
  })
  void matchesHighPrecisionValuesTowardsTheLimits(double r, double alpha, double s, double beta, int x, double tx,
      double age, double expected) {
    double value = ParetoNbdLikelihood.valueAndGradient(r, alpha, s, beta, x, ParetoNbdLikelihood.logPochhammer(r, x),
        ParetoNbdLikelihood.digammaDifference(r, x), tx, age, new double[4], new double[10]);
    double scale = Math.abs(r * Math.log(alpha)) + Math.abs(s * Math.log(beta)) + Math.abs(expected);
    assertEquals(expected, value, 1e-14 * scale);
  }

  /**
   * Customers of the benchmark populations (ParetoNbdBenchmark) at their true parameters and where their fits
   * end, and of the first start: alpha and beta 3,000 to 3e7 apart, and s and beta large together, where the
   * tail integrals are summed as the connection formula's series in rho (and the first start, r = s = 1, is
   * on its poles). From mpmath 1.3.0 at 30 digits: each integral by tanh-sinh quadrature in ln v, as in
   * tail-integral-references.py, with the exact doubles.
   */
  @ParameterizedTest(name = "ln L({0}, {1}, {2}, {3} | {4}, {5}, {6}) = {7}")
  @CsvSource({
    "0.55, 1.0, 0.61, 3000.0, 0, 0.0, 30.0, -1.8838013214866655588",
    "0.55, 1.0, 0.61, 3000.0, 3, 10.5, 35.25, -11.926883062276723494",
    "0.55, 1.0, 0.61, 3000.0, 40, 30.0, 38.5, -39.537228625167274005",
    "0.5496, 1.004, 5578.0, 29200000.0, 7, 20.125, 33.0, -19.456033115373033227",
    "0.5377, 10.374, 43.57, 866.3, 0, 0.0, 22.5, -0.39129239168455449934",
    "0.5377, 10.374, 43.57, 866.3, 2, 5.5, 39.0, -7.4332354648309237407",
    "0.55, 10.6, 1000000.0, 20000000.0, 5, 31.0, 37.75, -18.064178801856124269",
    "1.0, 1.8341567159461643, 1.0, 29.245060247179648, 1, 3.0, 24.0, -4.7951691093656669607",
  })
  void matchesHighPrecisionValuesOfTheBenchmarkPopulations(double r, double alpha, double s, double beta, int x,
      double tx, double age, double expected) {
    double value = ParetoNbdLikelihood.valueAndGradient(r, alpha, s, beta, x, ParetoNbdLikelihood.logPochhammer(r, x),
        ParetoNbdLikelihood.digammaDifference(r, x), tx, age, new double[4], new double[10]);
    // No term as large as s ln beta is left to cancel (see ParetoNbdLikelihood), so the error is relative to
    // the log-likelihood itself.
    double tolerance = 1e-14 * Math.max(1, Math.abs(expected));
    assertEquals(expected, value, tolerance, "with the gradient");
    assertEquals(expected, ParetoNbdLikelihood.logLikelihood(r, alpha, s, beta, x, tx, age), tolerance,
        "value only");
  }
}
