package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class ParetoNbdLikelihoodProperties {

  private static double logUniform(SplittableRandom random, double lo, double hi) {
    return Math.pow(10, lo + (hi - lo) * random.nextDouble());
  }

  private static double shifted(double[] theta, int j, double h, int x, double tx, double age) {
    double[] t = theta.clone();
    t[j] += h;
    return ParetoNbdLikelihood.logLikelihood(t[0], t[1], t[2], t[3], x, tx, age);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void onePassValueAndGradientMatchTheHypergeometricLikelihood(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] gradient = new double[4];
    double[] scratch = new double[10];
    for (int i = 0; i < 50; i++) {
      double r = logUniform(random, -1.5, 1);
      // alpha and beta from equal to five orders of magnitude apart, either way round
      double alpha = logUniform(random, -1, 2);
      double beta = random.nextInt(4) == 0 ? alpha : alpha * logUniform(random, -2.5, 2.5);
      double s = logUniform(random, -1.5, 1);
      int x = random.nextInt(3) == 0 ? 0 : (int) logUniform(random, 0, 3.5);
      double age = logUniform(random, -1, 2.5);
      double tx = x == 0 ? 0 : age * random.nextDouble();
      String where = String.format("seed %d: r %s alpha %s s %s beta %s x %d t_x %s T %s",
          seed, r, alpha, s, beta, x, tx, age);
      double value = ParetoNbdLikelihood.valueAndGradient(r, alpha, s, beta, x,
          ParetoNbdLikelihood.logPochhammer(r, x), ParetoNbdLikelihood.digammaDifference(r, x), tx, age,
          gradient, scratch);
      double expected = ParetoNbdLikelihood.logLikelihood(r, alpha, s, beta, x, tx, age);
      assertEquals(expected, value, 1e-12 * Math.max(1, Math.abs(expected)), where);
      double[] theta = {r, alpha, s, beta};
      for (int j = 0; j < 4; j++) {
        // Five-point central difference of the 2F1-based likelihood.
        double h = 1e-4 * theta[j];
        double numeric = (8 * (shifted(theta, j, h, x, tx, age) - shifted(theta, j, -h, x, tx, age))
            - (shifted(theta, j, 2 * h, x, tx, age) - shifted(theta, j, -2 * h, x, tx, age))) / (12 * h);
        // ln 2F1 close to 1 is good to about 1e-11 (see Hypergeometric), which bounds the difference quotient.
        double tolerance = 1e-7 * Math.max(1, Math.abs(numeric)) + 1e-10 * Math.max(1, Math.abs(expected)) / h;
        assertEquals(numeric, gradient[j], tolerance, where + " d/d" + j);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void quadratureValueAndGradientMatchTheHypergeometricLikelihoodTowardsTheLimits(long seed) {
    // alpha and beta up to a million apart, and s and beta growing together (the limit without
    // heterogeneity in dropout), where the series in z gives way to the connection formula's series in rho
    // or, where that cancels, to Euler's integral by quadrature (see TailIntegral).
    SplittableRandom random = new SplittableRandom(seed);
    double[] gradient = new double[4];
    double[] scratch = new double[10];
    for (int i = 0; i < 25; i++) {
      double r = logUniform(random, -1, 1);
      double alpha = logUniform(random, -1, 2);
      double s = logUniform(random, -1, 6);
      double beta = random.nextBoolean() ? s / logUniform(random, -3, 0) : alpha * logUniform(random, 2.5, 6);
      boolean swap = random.nextInt(4) == 0; // alpha the larger one
      if (swap) {
        double t = alpha;
        alpha = beta;
        beta = t;
      }
      int x = random.nextInt(3) == 0 ? 0 : (int) logUniform(random, 0, 2.5);
      double age = logUniform(random, 0, 2);
      double tx = x == 0 ? 0 : age * random.nextDouble();
      String where = String.format("seed %d: r %s alpha %s s %s beta %s x %d t_x %s T %s",
          seed, r, alpha, s, beta, x, tx, age);
      double value = ParetoNbdLikelihood.valueAndGradient(r, alpha, s, beta, x,
          ParetoNbdLikelihood.logPochhammer(r, x), ParetoNbdLikelihood.digammaDifference(r, x), tx, age,
          gradient, scratch);
      double expected = ParetoNbdLikelihood.logLikelihood(r, alpha, s, beta, x, tx, age);
      // Both sides add terms as large as s ln beta (1e7 here), and the 2F1 of the reference is good to about
      // 1e-11 next to 1 (see Hypergeometric); ParetoNbdLikelihoodTest checks the one-pass value at 1e-13.
      double scale = Math.max(1, Math.abs(r * Math.log(alpha)) + Math.abs(s * Math.log(beta)) + Math.abs(expected));
      assertEquals(expected, value, 1e-11 * scale, where);
      double[] theta = {r, alpha, s, beta};
      for (int j = 0; j < 4; j++) {
        double h = 1e-4 * theta[j];
        double numeric = (8 * (shifted(theta, j, h, x, tx, age) - shifted(theta, j, -h, x, tx, age))
            - (shifted(theta, j, 2 * h, x, tx, age) - shifted(theta, j, -2 * h, x, tx, age))) / (12 * h);
        double tolerance = 1e-6 * Math.max(1, Math.abs(numeric)) + 1e-10 * scale / h;
        assertEquals(numeric, gradient[j], tolerance, where + " d/d" + j);
      }
    }
  }
}
