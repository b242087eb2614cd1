package io.retentionkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class HypergeometricProperties {

  /** A log-uniform draw from [10^lo, 10^hi]. */
  private static double logUniform(SplittableRandom random, double lo, double hi) {
    return Math.pow(10, lo + (hi - lo) * random.nextDouble());
  }

  /** A z from the whole tested range: negative, moderate, and within 1e-12 of 1. */
  private static double argument(SplittableRandom random) {
    switch (random.nextInt(3)) {
      case 0:
        return -logUniform(random, -3, 6);
      case 1:
        return 0.999 * random.nextDouble();
      default:
        return 1 - logUniform(random, -12, -3);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void satisfiesGaussContiguousRelation(long seed) {
    // c(c-1)(z-1) F(c-1) + c[c-1-(2c-a-b-1)z] F(c) + (c-a)(c-b) z F(c+1) = 0 (DLMF 15.5.18), with
    // c - 1 >= max(a, b) so all three values are in the tested range.
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 40; i++) {
      double a = logUniform(random, -2, 3.5);
      double b = logUniform(random, -2, 3.5);
      double c = 1 + Math.max(a, b) * (1 + logUniform(random, -6, 0.5));
      double z = argument(random);
      double lower = Hypergeometric.log2F1(a, b, c - 1, z);
      double middle = Hypergeometric.log2F1(a, b, c, z);
      double upper = Hypergeometric.log2F1(a, b, c + 1, z);
      // Scale by the middle value so the three terms stay representable.
      double t1 = c * (c - 1) * (z - 1) * Math.exp(lower - middle);
      double t2 = c * (c - 1 - (2 * c - a - b - 1) * z);
      double t3 = (c - a) * (c - b) * z * Math.exp(upper - middle);
      double residual = Math.abs(t1 + t2 + t3) / (Math.abs(t1) + Math.abs(t2) + Math.abs(t3));
      String where = String.format("seed %d: 2F1(%s, %s; %s; %s)", seed, a, b, c, z);
      assertTrue(residual < 1e-9, () -> where + " residual " + residual);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void isSymmetricInItsNumeratorParameters(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 40; i++) {
      double a = logUniform(random, -2, 3.5);
      double b = logUniform(random, -2, 3.5);
      double c = Math.max(a, b) * (1 + logUniform(random, -6, 0.5));
      double z = argument(random);
      double ab = Hypergeometric.log2F1(a, b, c, z);
      double ba = Hypergeometric.log2F1(b, a, c, z);
      assertEquals(ab, ba, 1e-11 * Math.max(1, Math.abs(ab)), "seed " + seed);
    }
  }
}
