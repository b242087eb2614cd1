package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ParetoNbdLikelihoodTest {

  /**
   * One customer's log-likelihood where alpha and beta are 10^4 to 10^6 apart and s is large, so that the
   * tail integrals are taken by quadrature, from mpmath 1.3.0 (the 2F1 form of the likelihood at 40
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
}
