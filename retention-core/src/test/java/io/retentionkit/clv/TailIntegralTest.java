package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.numbers.gamma.Digamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

final class TailIntegralTest {

  /**
   * ln I and its three derivatives against mpmath (see the CSV's header): every regime of the three methods,
   * rho from 1e-7 (alpha and beta ten million times apart, or s and beta a million) to 0.9, e on and next to
   * the poles of the connection formula, heavy buyers (e in the thousands) and b up to a million. The value
   * to 3e-13 relative (observed: 1.5e-13, where b rho is about 4 and the connection formula's parts cancel
   * to a hundredth); the derivatives to 1e-10 of their size or of 1/e, 1/b and 1 (the scale at which the
   * log-parameterised fit sees them), observed 1.2e-11.
   */
  @ParameterizedTest(name = "ln I({0}, {1}, {2}) = {3}")
  @CsvFileSource(resources = "/io/retentionkit/clv/tail-integral-references.csv")
  void matchesHighPrecisionReferences(double e, double b, double rho, double expected, double byE, double byB,
      double byLogRho) {
    double[] derivatives = new double[3];
    double value = TailIntegral.logWithGradient(e, b, null, rho, 1, derivatives, 0);
    assertEquals(expected, value, 3e-13 * Math.max(1, Math.abs(expected)), "ln I");
    assertEquals(expected, TailIntegral.log(e, b, rho, 1), 3e-13 * Math.max(1, Math.abs(expected)),
        "value-only ln I");
    assertEquals(byE, derivatives[0], 1e-10 * Math.max(Math.abs(byE), 1 / e), "d/de");
    assertEquals(byB, derivatives[1], 1e-10 * Math.max(Math.abs(byB), 1 / b), "d/db");
    assertEquals(byLogRho, derivatives[2], 1e-10 * Math.max(Math.abs(byLogRho), 1), "d/d ln rho");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void sharedConstantsGiveTheSameResultAsOneOffOnes(long seed) {
    // The fit passes each x's connection constants in; single customers compute them on the spot.
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 40; i++) {
      double e = Math.pow(10, random.nextDouble(-0.5, 3));
      double b = Math.pow(10, random.nextDouble(-0.3, 6));
      double smaller = Math.pow(10, random.nextDouble(-1, 2));
      double larger = smaller * Math.pow(10, random.nextDouble(0, 7));
      String where = String.format("seed %d: e %s b %s rho %s / %s", seed, e, b, smaller, larger);
      double[] shared = new double[3];
      double[] oneOff = new double[3];
      double value = TailIntegral.logWithGradient(e, b, new TailIntegral.Shape(e, b), smaller, larger, shared, 0);
      assertEquals(value, TailIntegral.logWithGradient(e, b, null, smaller, larger, oneOff, 0), where);
      for (int j = 0; j < 3; j++) {
        assertEquals(shared[j], oneOff[j], where);
      }
      assertEquals(value, TailIntegral.log(e, b, smaller, larger), 1e-15 * Math.max(1, Math.abs(value)), where);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void fastLog1pMatchesTheLibrary(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 1000; i++) {
      // from -1/2 (ln(1 - rho)) to 10^8 (ln(1 + t/alpha) with t far beyond alpha), and tiny arguments
      double y = switch (i % 3) {
        case 0 -> random.nextDouble(-0.5, 1);
        case 1 -> Math.pow(10, random.nextDouble(-300, 8));
        default -> -Math.pow(10, random.nextDouble(-300, -0.31));
      };
      double expected = Math.log1p(y);
      assertEquals(expected, TailIntegral.log1p(y), 4 * Math.ulp(expected), "seed " + seed + ": y " + y);
    }
  }

  @Test
  void digammaShiftIsTheDifferenceOfDigammas() {
    for (double x : new double[] {0.5, 3, 19.9, 20, 57.5, 1e3}) {
      for (double eps : new double[] {-0.99, -0.5, -1e-9, 0.3, 0.999}) {
        assertEquals(Digamma.value(x + eps) - Digamma.value(x), TailIntegral.digammaShift(x, eps),
            4e-16 * Math.max(1, Math.abs(Digamma.value(x))), "x " + x + " eps " + eps);
      }
    }
    // psi(x + 1) - psi(x) = 1/x and the recurrence, where the two digamma values share up to 13 digits: the
    // shifts, of size 1/x, to a few ulps.
    for (double x : new double[] {20, 1e3, 1e6, 3e9}) {
      double eps = 0.75;
      double shift = TailIntegral.digammaShift(x, eps);
      assertEquals(eps / (x * (x + eps)), shift - TailIntegral.digammaShift(x + 1, eps), 8 * Math.ulp(shift),
          "x " + x);
      assertEquals(1 / x, TailIntegral.digammaShift(x, eps) + TailIntegral.digammaShift(x + eps, 1 - eps),
          1e-15 / x, "x " + x);
    }
  }
}
