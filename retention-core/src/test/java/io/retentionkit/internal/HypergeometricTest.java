package io.retentionkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class HypergeometricTest {
  /** Relative tolerance on ln 2F1, scaled by max(1, |ln 2F1|). */
  private static final double TOLERANCE = 2e-14;

  private static final MathContext FIFTY_DIGITS = new MathContext(60);

  static Stream<Arguments> modelShapes() {
    List<Arguments> cases = new ArrayList<>();
    // Pareto/NBD: 2F1(r+s+x, b; r+s+x+1; z) with b in {s+1, s, r+x, r+x+1}, CDNOW-like r and s and
    // heavy buyers; z = |alpha - beta| / (max(alpha, beta) + t).
    double r = 0.5534;
    double s = 0.6061;
    for (int x : new int[] {0, 1, 26, 200, 1000}) {
      double big = r + s + x;
      for (double b : new double[] {s + 1, s, r + x, r + x + 1}) {
        for (double z : new double[] {1e-3, 0.1, 0.5, 0.9}) {
          cases.add(Arguments.of(big, b, big + 1, z));
        }
      }
    }
    // BG/NBD: 2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t)) at the CDNOW estimates and at a < 1 < r.
    for (double[] p : new double[][] {{0.243, 0.793, 2.426}, {3.5, 0.4, 0.7}}) {
      for (int x : new int[] {0, 2, 50, 500}) {
        double c = p[1] + p[2] + x - 1;
        if (c > 0) {
          for (double z : new double[] {0.05, 0.5, 0.9}) {
            cases.add(Arguments.of(p[0] + x, p[2] + x, c, z));
          }
        }
      }
    }
    // Large beta and negative arguments (Pfaff), where the plain series alternates.
    cases.add(Arguments.of(1.1595, 1.6061, 2.1595, -0.9));
    cases.add(Arguments.of(27.16, 1.6061, 28.16, -0.5));
    cases.add(Arguments.of(400.5, 3.25, 401.5, -0.99));
    cases.add(Arguments.of(2.5, 2.5, 7.25, -0.75));
    return cases.stream();
  }

  @ParameterizedTest(name = "2F1({0}, {1}; {2}; {3})")
  @MethodSource("modelShapes")
  void matchesAFiftyDigitSeries(double a, double b, double c, double z) {
    assertClose(logSeriesReference(a, b, c, z), Hypergeometric.log2F1(a, b, c, z));
  }

  @ParameterizedTest(name = "2F1(1, 1; 2; {0}) = -ln(1 - z) / z")
  @CsvSource({"0.5", "0.999999", "0.999999999999", "-3", "-1e6"})
  void matchesTheLogarithmicCase(double z) {
    // c - a - b = 0: the logarithmic case of the 1 - z transformation.
    assertClose(Math.log(-Math.log1p(-z) / z), Hypergeometric.log2F1(1, 1, 2, z));
  }

  @ParameterizedTest(name = "2F1(1, 1; 3; {0})")
  @CsvSource({"0.9", "0.999999", "0.999999999999"})
  void matchesTheFirstIntegerCase(double z) {
    // c - a - b = 1: 2F1(1, 1; 3; z) = 2 ((1 - z) ln(1 - z) + z) / z^2.
    double expected = 2 * ((1 - z) * Math.log1p(-z) + z) / (z * z);
    assertClose(Math.log(expected), Hypergeometric.log2F1(1, 1, 3, z));
  }

  @ParameterizedTest(name = "2F1(1/2, 1; 3/2; -{0}^2) = atan(x)/x")
  @CsvSource({"0.5", "10", "1000"})
  void matchesTheArctangent(double x) {
    assertClose(Math.log(Math.atan(x) / x), Hypergeometric.log2F1(0.5, 1, 1.5, -x * x));
  }

  @ParameterizedTest(name = "2F1(1/2, 1/2; 3/2; {0}) = asin(sqrt z)/sqrt z")
  @CsvSource({"0.25", "0.9999", "0.9999999999"})
  void matchesTheArcsine(double z) {
    // c - a - b = 1/2: the farthest point from an integer, where the two halves of the pairing are largest.
    double x = Math.sqrt(z);
    assertClose(Math.log(Math.asin(x) / x), Hypergeometric.log2F1(0.5, 0.5, 1.5, z));
  }

  @ParameterizedTest(name = "2F1({0}, {1}; {1}; {2}) = (1 - z)^-a")
  @CsvSource({"300.5, 2.5, 0.999999999", "0.25, 40, 0.5", "2000, 2000.5, 0.9"})
  void matchesAPowerWhenAParameterCancels(double a, double b, double z) {
    assertClose(-a * Math.log1p(-z), Hypergeometric.log2F1(a, b, b, z));
  }

  /**
   * Points close to 1 that no series in z reaches, including integer and near-integer c - a - b, from
   * mpmath 1.3.0 {@code log(hyp2f1(a, b, c, z))} at 40 significant digits.
   */
  @ParameterizedTest(name = "ln 2F1({0}, {1}; {2}; {3}) = {4}")
  @CsvSource({
    "1000.6, 1.6, 1001.6, 0.999999, 15.6752563397581096054",
    "1000.6, 2.0, 1001.6, 0.9999999999, 29.9342043927963379038",
    "1000.6, 1.0000001, 1001.6, 0.9999999999, 9.65182425395324160318",
    "20000.3, 1.05, 20001.3, 0.9999999999, 13.2844220073849685082",
    "20000.3, 0.05, 20001.3, 0.999999, 0.521257997400925060102",
    "1.1595, 1.6061, 2.1595, 0.9999999999, 14.6046662329722610242",
    "1.1595, 0.6061, 2.1595, 0.999999999999, 1.00531711758235623141",
    "2.3, 3.1, 6.4, 0.99999999, 2.57823007621496572023",
    "2.3, 3.1, 6.400000000001, 0.99999999, 2.57823007621384662269",
    "40.1, 0.7, 40.8, 0.999, 3.54555368022594453121",
    "3.25, 2.5, 6.75, 0.999999999, 2.80048521423851012338",
  })
  void matchesHighPrecisionValuesNearOne(double a, double b, double c, double z, double expected) {
    assertEquals(expected, Hypergeometric.log2F1(a, b, c, z), 1e-11 * Math.max(1, Math.abs(expected)));
  }

  /**
   * The Pareto/NBD likelihood's 2F1(A, e; A + 1; z) as s and beta grow together (A = r + s + x, e = r + x,
   * z = 1 - (alpha + t)/(beta + t)), and large parameters next to 1 in general, where the series would need
   * millions of terms and the 1 - z transformation cancels (Euler's integral by quadrature takes over):
   * mpmath 1.3.0 {@code log(hyp2f1(a, b, c, z))} at 40 significant digits of the exact doubles.
   */
  @ParameterizedTest(name = "ln 2F1({0}, {1}; {2}; {3}) = {4}")
  @CsvSource({
    "15000.6, 3.5, 15001.6, 0.9999, 31.162981501560072769",
    "749079.5, 2.5, 749080.5, 0.9999975, 31.5136127037437071416",
    "749126.5, 50.5, 749127.5, 0.9999964, 630.032185064816969008",
    "10000000.0, 1.25, 10000001.0, 0.9999999, 19.5229995943355432609",
    "10000000.0, 20000.5, 10000001.0, 0.9999999, 322360.068565064005101",
    "2000.5, 1999.5, 4100.0, 0.999999999, 2439.83958626433983523",
    "300000.0, 7.25, 300001.0, 0.99999, 82.30716744085895247",
  })
  void matchesHighPrecisionValuesForLargeParametersNearOne(double a, double b, double c, double z, double expected) {
    assertEquals(expected, Hypergeometric.log2F1(a, b, c, z), 1e-13 * Math.max(1, Math.abs(expected)));
  }

  @Test
  void isContinuousAcrossAnIntegerGap() {
    // c - a - b crosses 0, 1 and 2 (s = 1 in the Pareto/NBD terms): no 1/e cancellation may show.
    double z = 1 - 1e-9;
    for (double base : new double[] {0.5, 1, 2}) {
      double exact = Hypergeometric.log2F1(3.25, 2.5, 5.75 + base - 0.5, z);
      for (double delta : new double[] {1e-15, 1e-12, 1e-9, 1e-6}) {
        double above = Hypergeometric.log2F1(3.25, 2.5, 5.75 + base - 0.5 + delta, z);
        double below = Hypergeometric.log2F1(3.25, 2.5, 5.75 + base - 0.5 - delta, z);
        double slope = 50; // |d ln 2F1 / dc| is below 50 here
        assertTrue(Math.abs(above - exact) <= 1e-13 + slope * delta, () -> "above " + delta);
        assertTrue(Math.abs(below - exact) <= 1e-13 + slope * delta, () -> "below " + delta);
      }
    }
  }

  @Test
  void staysFiniteForHeavyBuyers() {
    for (double x : new double[] {1e3, 1e4, 1e5}) {
      for (double z : new double[] {0.5, 0.99, 1 - 1e-6, 1 - 1e-12}) {
        double big = 0.55 + 0.61 + x;
        for (double b : new double[] {1.61, 0.61, 0.55 + x, 1.55 + x}) {
          double value = Hypergeometric.log2F1(big, b, big + 1, z);
          assertTrue(Double.isFinite(value) && value >= 0, () -> x + " " + z + " " + b + ": " + value);
        }
      }
    }
  }

  @Test
  void isZeroWhereTheSeriesIsOne() {
    assertEquals(0, Hypergeometric.log2F1(2, 3, 4, 0));
    assertEquals(0, Hypergeometric.log2F1(0, 3, 4, 0.9));
    assertEquals(0, Hypergeometric.log2F1(2, 0, 4, -5));
  }

  static Stream<Arguments> invalidArguments() {
    double nan = Double.NaN;
    double inf = Double.POSITIVE_INFINITY;
    return Stream.of(
        Arguments.of(-1, 1, 1, 0.5, "a must be non-negative and finite: -1.0"),
        Arguments.of(nan, 1, 1, 0.5, "a must be non-negative and finite: NaN"),
        Arguments.of(1, inf, 1, 0.5, "b must be non-negative and finite: Infinity"),
        Arguments.of(1, 1, 0, 0.5, "c must be positive and finite: 0.0"),
        Arguments.of(1, 1, 1, 1, "z must be finite and below 1: 1.0"),
        Arguments.of(1, 1, 1, Double.NEGATIVE_INFINITY, "z must be finite and below 1: -Infinity"),
        Arguments.of(3, 1, 2, -0.5, "c must be at least max(a, b) when z < 0: 2.0"));
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("invalidArguments")
  void rejectsArgumentsOutsideTheDomain(double a, double b, double c, double z, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.log2F1(a, b, c, z));
    assertEquals(message, e.getMessage());
  }

  @Test
  void shiftsLogGammaWithoutCancellation() {
    // (ln Gamma(x + e) - ln Gamma(x)) / e tends to the digamma function; psi(1) = -Euler's constant.
    assertEquals(-0.5772156649015329, Hypergeometric.logGammaShift(1, 0), 1e-15);
    assertEquals(-0.5772156649015329, Hypergeometric.logGammaShift(1, 1e-300), 1e-15);
    // ln Gamma(1.5) - ln Gamma(1) = ln(sqrt(pi) / 2)
    assertEquals(Math.log(Math.sqrt(Math.PI) / 2) / 0.5, Hypergeometric.logGammaShift(1, 0.5), 1e-15);
    // psi(100.25) from the asymptotic series, and a tiny shift of it
    double psi = 4.602671243274712559;
    assertEquals(psi, Hypergeometric.logGammaShift(100.25, 0), 1e-14);
    assertEquals(psi, Hypergeometric.logGammaShift(100.25, -1e-12), 1e-12);
  }

  static void assertClose(double expected, double actual) {
    double tolerance = TOLERANCE * Math.max(1, Math.abs(expected));
    assertEquals(expected, actual, tolerance);
  }

  /**
   * ln 2F1 from its Maclaurin series in 60-digit decimal arithmetic (the parameters are the exact
   * binary values of the doubles), for |z| &lt; 1.
   */
  static double logSeriesReference(double a, double b, double c, double z) {
    BigDecimal bigA = new BigDecimal(a);
    BigDecimal bigB = new BigDecimal(b);
    BigDecimal bigC = new BigDecimal(c);
    BigDecimal bigZ = new BigDecimal(z);
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    double p = Math.max(0, a + b - c - 1);
    double q = Math.max(0, a * b - c);
    for (int k = 0; k < 2_000_000; k++) {
      BigDecimal bigK = BigDecimal.valueOf(k);
      BigDecimal numerator = bigA.add(bigK).multiply(bigB.add(bigK)).multiply(bigZ);
      BigDecimal denominator = bigC.add(bigK).multiply(bigK.add(BigDecimal.ONE));
      term = term.multiply(numerator, FIFTY_DIGITS).divide(denominator, FIFTY_DIGITS);
      sum = sum.add(term, FIFTY_DIGITS);
      double ratio = Math.abs((a + k) * (b + k) / ((c + k) * (k + 1)) * z);
      double rho = Math.max(ratio, Math.abs(z) * (1 + p / (k + 2) + q / ((c + k + 1) * (k + 2))));
      if (ratio < 1 && rho < 1 && term.abs().compareTo(sum.abs().multiply(
          BigDecimal.valueOf(1e-45 * (1 - rho)))) < 0) {
        return log(sum);
      }
    }
    throw new AssertionError("reference series did not converge");
  }

  private static double log(BigDecimal positive) {
    int exponent = positive.precision() - positive.scale() - 1;
    return Math.log(positive.movePointLeft(exponent).doubleValue()) + exponent * Math.log(10);
  }
}
