package io.retentionkit.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class BfgsTest {
  private static final DifferentiableFunction ROSENBROCK = (p, g) -> {
    double a = 1 - p[0];
    double b = p[1] - p[0] * p[0];
    g[0] = -2 * a - 400 * p[0] * b;
    g[1] = 200 * b;
    return a * a + 100 * b * b;
  };

  @Test
  void findsTheRosenbrockMinimum() {
    Minimum m = new Bfgs(200, 1e-10).minimize(ROSENBROCK, new double[] {-1.2, 1});
    assertAll(
        () -> assertTrue(m.converged(), m.toString()),
        () -> assertArrayEquals(new double[] {1, 1}, m.point(), 1e-8),
        () -> assertTrue(m.iterations() < 60, m.toString()));
  }

  @Test
  void backtracksFromValuesOutsideTheDomain() {
    // log-barrier: infinite for x <= 0, minimum at x = 1
    DifferentiableFunction barrier = (p, g) -> {
      if (p[0] <= 0) {
        return Double.POSITIVE_INFINITY;
      }
      g[0] = 1 - 1 / p[0];
      return p[0] - Math.log(p[0]);
    };
    Minimum m = new Bfgs(100, 1e-12).minimize(barrier, new double[] {40});
    assertTrue(m.converged(), m.toString());
    assertEquals(1, m.point()[0], 1e-9);
  }

  @Test
  void reportsAnUnusableStart() {
    Minimum m = new Bfgs(10, 1e-8).minimize((p, g) -> Double.NaN, new double[] {0});
    assertFalse(m.converged());
    assertEquals("the objective is not finite at the starting point", m.status());
  }
}
