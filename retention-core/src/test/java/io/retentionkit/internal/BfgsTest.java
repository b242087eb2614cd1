package io.retentionkit.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        () -> assertArrayEquals(new boolean[] {false, false}, m.atBound()),
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
  void backtracksFromEvaluationsThatThrow() {
    // (x - 1)^2 whose evaluation fails beyond x = 2, as a special function without a value there would:
    // the first trial step from -0.5 (to 2.5) throws, the search backtracks and converges.
    int[] thrown = new int[1];
    DifferentiableFunction fragile = (p, g) -> {
      if (p[0] > 2) {
        thrown[0]++;
        throw new ArithmeticException("no value beyond 2");
      }
      g[0] = 2 * (p[0] - 1);
      return (p[0] - 1) * (p[0] - 1);
    };
    Minimum m = new Bfgs(100, 1e-12).minimize(fragile, new double[] {-0.5});
    assertAll(
        () -> assertTrue(thrown[0] > 0, "the search never stepped beyond 2"),
        () -> assertTrue(m.converged(), m.toString()),
        () -> assertEquals(1, m.point()[0], 1e-12));
  }

  @Test
  void reportsAnUnusableStart() {
    Minimum nan = new Bfgs(10, 1e-8).minimize((p, g) -> Double.NaN, new double[] {0});
    Minimum throwing = new Bfgs(10, 1e-8).minimize((p, g) -> {
      throw new ArithmeticException("no value anywhere");
    }, new double[] {0});
    for (Minimum m : new Minimum[] {nan, throwing}) {
      assertAll(
          () -> assertFalse(m.converged()),
          () -> assertEquals(Minimum.Stop.INFEASIBLE_START, m.stop()),
          () -> assertEquals("the objective cannot be evaluated at the starting point", m.status()),
          () -> assertEquals(1, m.evaluations()));
    }
  }

  @Test
  void holdsACoordinateOnTheBoundItIsPushedAgainst() {
    // Rosenbrock's minimum (1, 1) is outside the box x <= 0.5: the constrained minimum is (0.5, 0.25),
    // where the gradient in x pushes outwards and the gradient in y vanishes.
    double[] lower = {-5, -5};
    double[] upper = {0.5, 5};
    Minimum m = new Bfgs(200, 1e-10).minimize(ROSENBROCK, new double[] {-1.2, 1}, lower, upper);
    assertAll(
        () -> assertTrue(m.converged(), m.toString()),
        () -> assertArrayEquals(new double[] {0.5, 0.25}, m.point(), 1e-9),
        () -> assertArrayEquals(new boolean[] {true, false}, m.atBound()),
        () -> assertTrue(m.gradient()[0] < -0.5, m.toString()),
        () -> assertTrue(m.gradientNorm() <= 1e-10, m.toString()));
  }

  @Test
  void followsADivergingDirectionToTheBox() {
    // e^-x decreases for ever: the minimum in [0, 20] is at the bound, reached in steps of about 1 (the
    // quasi-Newton step of e^-x), as the log-likelihood of a model running to its limit does.
    DifferentiableFunction falling = (p, g) -> {
      g[0] = -Math.exp(-p[0]);
      return Math.exp(-p[0]);
    };
    Minimum m = new Bfgs(100, 1e-12).minimize(falling, new double[] {0}, new double[] {0}, new double[] {20});
    assertAll(
        () -> assertTrue(m.converged(), m.toString()),
        () -> assertEquals(20, m.point()[0]),
        () -> assertArrayEquals(new boolean[] {true}, m.atBound()),
        () -> assertTrue(m.iterations() < 40, m.toString()));
  }

  @Test
  void stepsAlongTheFaceWhenAValleyRunsIntoTheBox() {
    // A narrow valley x = 0.9 y falling slowly towards y's bound, like a log-likelihood running to a limit
    // of its model along a ridge of two parameters. When y reaches the bound, the quasi-Newton step still
    // points along the valley; cut to its x component it would leave the valley, and the line search would
    // backtrack for most of its evaluations (39 in all before the face's own Newton step was taken).
    DifferentiableFunction valley = (p, g) -> {
      double d = p[0] - 0.9 * p[1];
      double pull = Math.exp(-(p[0] + p[1]) / 2);
      g[0] = 200 * d - pull / 2;
      g[1] = -180 * d - pull / 2;
      return 100 * d * d + pull;
    };
    Minimum m = new Bfgs(200, 1e-8).minimize(valley, new double[] {0, 0}, new double[] {-40, -40},
        new double[] {40, 12});
    assertAll(
        () -> assertTrue(m.converged(), m.toString()),
        () -> assertArrayEquals(new double[] {10.8, 12}, m.point(), 1e-7),
        () -> assertArrayEquals(new boolean[] {false, true}, m.atBound()),
        () -> assertTrue(m.evaluations() <= 25, m.toString()));
  }

  @Test
  void movesAStartOutsideTheBoxOntoIt() {
    Minimum m = new Bfgs(100, 1e-10).minimize(ROSENBROCK, new double[] {9, 9}, new double[] {-2, -2},
        new double[] {2, 2});
    assertTrue(m.converged(), m.toString());
    assertArrayEquals(new double[] {1, 1}, m.point(), 1e-8);
  }

  @Test
  void rejectsInconsistentBounds() {
    Bfgs bfgs = new Bfgs(10, 1e-8);
    assertEquals("lower bound must not exceed upper bound: 1.0 > 0.0",
        assertThrows(IllegalArgumentException.class,
            () -> bfgs.minimize(ROSENBROCK, new double[] {0, 0}, new double[] {1, 0}, new double[] {0, 1}))
            .getMessage());
  }
}
